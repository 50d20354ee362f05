"""读懂 LTP 的依存输出：每个词一个中心词编号（head）和一个关系标签（label）。"""

# LTP/base2 对这句话的分析（2023 年记录的真实输出）
words = ["他", "叫", "汤姆", "(", "TOM", ")", "去", "拿", "外衣", "。"]
heads = [2, 0, 2, 5, 3, 5, 8, 2, 8, 2]  # 第 i 个词的中心词编号：词从 1 开始编号，0 是虚拟根 ROOT
labels = ["SBV", "HED", "DBL", "WP", "COO", "WP", "ADV", "VOB", "VOB", "WP"]


def head_word(i):
    """第 i 个词（从 1 起）的中心词；编号 0 指向 ROOT。"""
    h = heads[i - 1]
    return "ROOT" if h == 0 else words[h - 1]


print("编号 head 关系  词 <- 中心词")
for i, (word, head, label) in enumerate(zip(words, heads, labels, strict=True), start=1):
    print(f"{i:>4} {head:>4} {label:<4}  {word} <- {head_word(i)}")
print(
    "词数:", len(words), "| 弧数:", len(heads), "| 挂在 ROOT 上的词:", [words[i] for i, h in enumerate(heads) if h == 0]
)

# 检查：每个词恰好一条入弧，只有一个词挂在 ROOT 上，它的标签是 HED
assert len(words) == len(heads) == len(labels)
assert heads.count(0) == 1 and labels[heads.index(0)] == "HED"
assert all(0 <= h <= len(words) for h in heads)
