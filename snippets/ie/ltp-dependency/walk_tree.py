"""把 head 列表读成一棵树：每个词的孩子、从一个词走到 ROOT 的路径、缩进画出整棵树。"""

words = ["ROOT", "他", "叫", "汤姆", "(", "TOM", ")", "去", "拿", "外衣", "。"]  # 下标 0 留给 ROOT
heads = [None, 2, 0, 2, 5, 3, 5, 8, 2, 8, 2]
labels = [None, "SBV", "HED", "DBL", "WP", "COO", "WP", "ADV", "VOB", "VOB", "WP"]

# 孩子表：把每条弧 head -> i 反过来存
children = {i: [] for i in range(len(words))}
for i in range(1, len(words)):
    children[heads[i]].append(i)


def path_to_root(i):
    """沿 head 一路往上走，直到 ROOT。"""
    path = [i]
    while path[-1] != 0:
        path.append(heads[path[-1]])
    return path


def show(node=0, indent=""):
    """先序遍历：先打印自己，再依次打印每个孩子的子树。"""
    for child in children[node]:
        print(f"{indent}{words[child]} ({labels[child]})")
        show(child, indent + "    ")


for i in (2, 8):
    print(f"{words[i]} 的孩子:", [(words[c], labels[c]) for c in children[i]])
for i in (9, 4):
    print(
        f"{words[i]} 到 ROOT:", " -> ".join(words[j] for j in path_to_root(i)), f"（深度 {len(path_to_root(i)) - 1}）"
    )
print("叶子（没有孩子的词）:", [words[i] for i in range(1, len(words)) if not children[i]])
print("ROOT")
show()

# 检查：每个词都能走到 ROOT（没有环），共 10 条弧
assert all(path_to_root(i)[-1] == 0 and len(path_to_root(i)) <= len(words) for i in range(1, len(words)))
assert sum(len(c) for c in children.values()) == len(words) - 1
