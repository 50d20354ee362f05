"""稠密因果注意力与 Sparse Transformer 的两种稀疏模式（strided、fixed）：画出掩码，数一数注意的位置对。"""

import math

import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False


def masks(n, stride, c=1):
    """mask[i, j] = True 表示第 i 个位置（query）注意第 j 个位置（key）。"""
    i, j = np.indices((n, n))
    causal = j <= i
    # strided（Child et al. 2019, 第 4.3 节）：A1 = 前 stride 个以内的位置，A2 = 距离是 stride 整数倍的位置
    strided = causal & ((i - j <= stride) | ((i - j) % stride == 0))
    # fixed：A1 = 同一块内的位置，A2 = 每块最后 c 个“汇总”位置
    fixed = causal & ((i // stride == j // stride) | (j % stride >= stride - c))
    return causal, strided, fixed


n, stride = 16, 4  # stride = √n
dense, strided, fixed = masks(n, stride)

# 常见的口头描述：“只看相对距离不超过 s、以及相对距离为 s, 2s, 3s, … 的位置”（s = stride）
i, j = np.indices((n, n))
described = (j <= i) & ((i - j <= stride) | np.isin(i - j, [stride * m for m in range(1, n)]))

fig, axes = plt.subplots(1, 3, figsize=(7, 3.4), layout="constrained")
titles = ["稠密（因果）", "strided", "fixed"]
for ax, mask, title in zip(axes, (dense, strided, fixed), titles, strict=True):
    ax.imshow(mask, cmap="Blues", vmin=0, vmax=1.3)
    ax.set_title(f"{title}\n{mask.sum()} 对", fontsize=14)
    ax.set_xticks(range(0, n, stride))
    ax.set_yticks(range(0, n, stride))
axes[1].set_xlabel("被注意的位置 j", fontsize=13)
axes[0].set_ylabel("当前位置 i", fontsize=13)
plt.savefig("attention_patterns.svg")

print(f"n={n}, s={stride}")
for name, mask in [("dense", dense), ("strided", strided), ("fixed", fixed)]:
    print(f"{name:<8} 注意的位置对 {mask.sum():>4}，每行最多 {mask.sum(axis=1).max()}")
print(f"“距离 ≤ s 或为 s 的倍数”的模式 {described.sum()} 对，与 strided 逐格相同")

# 序列变长时：稠密 ~ n²/2，稀疏（步长 s = √n）~ n√n
print(f"{'n':>6}{'dense':>11}{'strided':>9}{'fixed':>8}{'n√n':>8}")
rows = []
for size in (64, 256, 1024, 4096):
    root = math.isqrt(size)
    rows.append((size, root, *(int(m.sum()) for m in masks(size, root))))
    print("{:>6}{:>11,}{:>9,}{:>8,}{:>8,}".format(*rows[-1][:1], *rows[-1][2:], size * root))

# 检查
assert dense.sum() == n * (n + 1) // 2 == 136
assert strided.sum() == 82 and fixed.sum() == 64
assert (described == strided).all()
assert not (strided & ~dense).any() and not (fixed & ~dense).any()  # 稀疏模式都是因果模式的子集
for size, root, d, s, f in rows:
    assert d == size * (size + 1) // 2
    assert s < 1.5 * size * root < d  # 都是 O(n√n)，远少于稠密的 n(n+1)/2
    assert f == size * root  # c = 1 时 fixed 模式恰好 n√n 对
