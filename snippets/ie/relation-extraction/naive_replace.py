"""用 str.replace 给实体加标记：短实体是长实体的子串时，标记会嵌套、重复。"""

text = "【临床表现】 按病程发展及主要临床表现，可分为急性、慢性及晚期血吸虫病。 （一）急性血吸虫病 多见于夏秋季，以小儿及青壮年为多。"
head, tail = "血吸虫病", "急性血吸虫病"

naive = text.replace(tail, f"<e2>{tail}</e2>").replace(head, f"<e1>{head}</e1>")
print(naive)
print("<e1> 出现次数:", naive.count("<e1>"))

assert naive.count("<e1>") == 2  # 两处“血吸虫病”都被标上了
assert "<e2>急性<e1>血吸虫病</e1></e2>" in naive  # 第二处嵌进了 <e2> 里面
