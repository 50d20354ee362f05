"""练习：只改一个词的中心词，哪一种改法会让树不再投射？"""

words = ["ROOT", "他", "叫", "汤姆", "(", "TOM", ")", "去", "拿", "外衣", "。"]
heads = [None, 2, 0, 2, 5, 3, 5, 8, 2, 8, 2]


def crossing_arcs(heads):
    arcs = sorted(tuple(sorted((i, heads[i]))) for i in range(1, len(heads)))
    return [(x, y) for x in arcs for y in arcs if x[0] < y[0] < x[1] < y[1]]


for word, new_head in [("外衣", "叫"), ("(", "拿"), ("去", "叫")]:
    changed = heads.copy()
    changed[words.index(word)] = words.index(new_head)
    print(f"{word} 改挂到 {new_head}: 交叉的弧 {crossing_arcs(changed)}")

# 检查
assert crossing_arcs(heads) == []
