"""原笔记记录的 LTP/base2 解析结果：检查它是一棵合法的依存树，并把它读成依存弧。"""

import unicodedata

text = "他叫汤姆(TOM)去拿外衣。"
# 原笔记 2023-07-15 记录的输出
cws = ["他", "叫", "汤姆", "(", "TOM", ")", "去", "拿", "外衣", "。"]
dep_head = [2, 0, 2, 5, 3, 5, 8, 2, 8, 2]
dep_label = ["SBV", "HED", "DBL", "WP", "COO", "WP", "ADV", "VOB", "VOB", "WP"]

LTP_DEP_LABELS = {"SBV", "VOB", "IOB", "FOB", "DBL", "ATT", "ADV", "CMP", "COO", "POB", "LAD", "RAD", "IS", "WP", "HED"}


def has_cycle(heads):
    """沿中心词往上走，回到走过的词就是环。"""
    for start in range(1, len(heads) + 1):
        seen, node = set(), start
        while node != 0:
            if node in seen:
                return True
            seen.add(node)
            node = heads[node - 1]
    return False


def is_projective(heads):
    """没有两条依存弧交叉（ROOT 在位置 0）。"""
    arcs = [tuple(sorted((dep, head))) for dep, head in enumerate(heads, start=1)]
    return not any(a < c < b < d for a, b in arcs for c, d in arcs)


def is_punct(word):
    return all(unicodedata.category(ch).startswith("P") for ch in word)


def print_tree(heads, labels, words, node=0, prefix=""):
    """从 ROOT 往下画出依存树：每个词下面是它的依存词，括号里是依存关系。"""
    children = [i for i, h in enumerate(heads, start=1) if h == node]
    for k, child in enumerate(children):
        last = k == len(children) - 1
        print(f"{prefix}{'└── ' if last else '├── '}{words[child]} ({labels[child - 1]})")
        print_tree(heads, labels, words, child, prefix + ("    " if last else "│   "))


words = ["ROOT", *cws]  # 词的编号从 1 开始，0 留给虚拟根 ROOT
n = len(cws)

# 依存弧：编号:中心词 --标签--> 编号:依存词
for i, (head, label) in enumerate(zip(dep_head, dep_label, strict=True), start=1):
    print(f"{head}:{words[head]} --{label}--> {i}:{cws[i - 1]}")

print("ROOT")
print_tree(dep_head, dep_label, words)

root = dep_head.index(0) + 1
punct_words = [w for w in cws if is_punct(w)]
wp_words = [w for w, lab in zip(cws, dep_label, strict=True) if lab == "WP"]
print("拼回原文:", "".join(cws) == text)
print("恰好一个 ROOT:", dep_head.count(0) == 1, "| 核心词:", words[root], dep_label[root - 1])
print("head 都在 0..词数 之内:", all(0 <= h <= n for h in dep_head))
print("没有环:", not has_cycle(dep_head))
print("投射（弧不交叉）:", is_projective(dep_head))
print("标签都是 LTP 的依存关系:", set(dep_label) <= LTP_DEP_LABELS)
print("标点:", punct_words, "| 标 WP 的词:", wp_words)
print("“叫”的依存词:", [(cws[i], dep_label[i]) for i in range(n) if dep_head[i] == 2])
print("“TOM”的中心词:", words[dep_head[4]], dep_label[4], "| 两个括号的中心词:", words[dep_head[3]], words[dep_head[5]])

assert "".join(cws) == text
assert len(dep_head) == len(dep_label) == n
assert all(0 <= h <= n for h in dep_head)
# 一棵依存树：恰好一个词挂在 ROOT 上，它的标签是 HED，其余没有 HED
assert dep_head.count(0) == 1 and words[root] == "叫"
assert [lab == "HED" for lab in dep_label] == [h == 0 for h in dep_head]
assert not has_cycle(dep_head)
assert is_projective(dep_head)
assert set(dep_label) <= LTP_DEP_LABELS
# 标点（括号、句号）都标 WP，标 WP 的都是标点
assert punct_words == wp_words == ["(", ")", "。"]
# 兼语句：叫 → 他 (SBV)、汤姆 (DBL)、拿 (VOB)
assert {(cws[i], dep_label[i]) for i in range(n) if dep_head[i] == 2} >= {("他", "SBV"), ("汤姆", "DBL"), ("拿", "VOB")}
# 括号里的 TOM 挂在 汤姆 上 (COO)，两个括号挂在 TOM 上
assert (words[dep_head[4]], dep_label[4]) == ("汤姆", "COO")
assert dep_head[3] == dep_head[5] == 5
