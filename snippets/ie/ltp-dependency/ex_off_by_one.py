"""练习：找错。下面的 buggy 版本打印每个词的中心词，结果哪里不对？"""

words = ["他", "叫", "汤姆", "(", "TOM", ")", "去", "拿", "外衣", "。"]
heads = [2, 0, 2, 5, 3, 5, 8, 2, 8, 2]  # 编号从 1 开始，0 是 ROOT

buggy = [(w, words[h]) for w, h in zip(words, heads, strict=True)]  # 把编号当成了列表下标
fixed = [(w, "ROOT" if h == 0 else words[h - 1]) for w, h in zip(words, heads, strict=True)]
print("buggy:", buggy[:3])
print("fixed:", fixed[:3])

# 检查：buggy 版本取到的是真正中心词右边的那个词；ROOT 的 0 变成了第一个词，而且不报错
assert buggy[0] == ("他", "汤姆") and buggy[1] == ("叫", "他")
assert fixed[:3] == [("他", "叫"), ("叫", "ROOT"), ("汤姆", "叫")]
