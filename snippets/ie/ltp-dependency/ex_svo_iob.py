"""练习：双宾语句“我送她一束花”，按 LTP 标签表手写的分析；抽出主谓宾，并把间接宾语 IOB 也带上。"""

words = ["ROOT", "我", "送", "她", "一", "束", "花"]
heads = [None, 2, 0, 2, 5, 6, 2]
labels = [None, "SBV", "HED", "IOB", "ATT", "ATT", "VOB"]


def dependents(head, label):
    return [i for i in range(1, len(words)) if heads[i] == head and labels[i] == label]


def subtree_text(node):
    """宾语连同修饰它的 ATT 一起取出：从某个词往上走能到 node，它就在 node 的子树里。"""
    inside = []
    for i in range(1, len(words)):
        j = i
        while j not in (0, node):
            j = heads[j]
        if j == node:
            inside.append(i)
    return "".join(words[i] for i in inside)


triples = []
for v in range(1, len(words)):
    for s in dependents(v, "SBV"):
        for o in dependents(v, "VOB"):
            iob = [words[i] for i in dependents(v, "IOB")]
            triples.append((words[s], words[v], subtree_text(o), iob))
print("(主语, 谓语, 宾语短语, 间接宾语):", triples)

# 检查
assert triples == [("我", "送", "一束花", ["她"])]
