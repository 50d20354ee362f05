"""投射性：把弧画在句子上方时没有两条弧交叉；等价地，每个词的子树在句中占连续的一段。"""

words = ["ROOT", "他", "叫", "汤姆", "(", "TOM", ")", "去", "拿", "外衣", "。"]
heads = [None, 2, 0, 2, 5, 3, 5, 8, 2, 8, 2]


def crossing_arcs(heads):
    """弧 (a, b) 与 (c, d)（端点排好序）交叉 <=> a < c < b < d。ROOT 在位置 0，它的弧也算。"""
    arcs = sorted(tuple(sorted((i, heads[i]))) for i in range(1, len(heads)))
    return [(x, y) for x in arcs for y in arcs if x[0] < y[0] < x[1] < y[1]]


def subtree(heads, node):
    """node 和它的全部后代（沿 head 往上能走到 node 的词）。"""
    result = []
    for i in range(1, len(heads)):
        j = i
        while j not in (0, node):
            j = heads[j]
        if j == node:
            result.append(i)
    return result


def gaps(heads):
    """子树不连续的词：子树覆盖的位置中间有缺口。"""
    return {words[n]: s for n in range(1, len(heads)) if (s := subtree(heads, n)) != list(range(s[0], s[-1] + 1))}


print("交叉的弧:", crossing_arcs(heads), "| 子树不连续的词:", gaps(heads))
print("“拿”的子树:", [words[i] for i in subtree(heads, 8)])

# 假如“汤姆”挂在“外衣”上：弧 (3, 9) 与 叫→拿 的弧 (2, 8) 交叉
bad = heads.copy()
bad[3] = 9
print("改后交叉的弧:", crossing_arcs(bad))
print("改后子树不连续的词:", {w: [words[i] for i in s] for w, s in gaps(bad).items()})

# 检查：两种判定给出同样的结论
assert crossing_arcs(heads) == [] and gaps(heads) == {}
assert crossing_arcs(bad) == [((2, 8), (3, 9))] and set(gaps(bad)) == {"外衣"}
