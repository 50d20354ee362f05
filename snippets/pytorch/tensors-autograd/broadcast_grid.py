"""把广播画出来：(3, 1) 的列和 (1, 4) 的行各自被拉伸成 (3, 4)，再逐元素相加。"""

import matplotlib.pyplot as plt
import torch
from matplotlib.patches import Rectangle

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

a = torch.tensor([[0], [10], [20]])  # (3, 1)
b = torch.tensor([[0, 1, 2, 3]])  # (1, 4)
c = a + b  # (3, 4)
a_big, b_big = a.expand(3, 4), b.expand(3, 4)  # 广播时两者“看起来”的样子
print("a 拉伸后 =", a_big, sep="\n")
print("b 拉伸后 =", b_big, sep="\n")
print("a + b =", c, sep="\n")

fig, ax = plt.subplots(figsize=(6.4, 2.4))
panels = [(a_big, a.shape, "tab:blue", "a：(3, 1) → (3, 4)"), (b_big, b.shape, "tab:orange", "b：(1, 4) → (3, 4)")]
panels.append((c, c.shape, "tab:green", "a + b：(3, 4)"))
for k, (values, own_shape, color, title) in enumerate(panels):
    x0 = k * 5.2  # 每个方格图宽 4 格，中间留出放 + 和 = 的空隙
    for i in range(3):
        for j in range(4):
            original = i < own_shape[0] and j < own_shape[1]  # 原有元素；其余是拉伸出的副本
            ax.add_patch(
                Rectangle(
                    (x0 + j, 2 - i),
                    1,
                    1,
                    facecolor=color,
                    alpha=0.85 if original else 0.2,
                    edgecolor="white" if original else color,
                    linewidth=1.5,
                )
            )
            ax.text(
                x0 + j + 0.5,
                2 - i + 0.5,
                str(values[i, j].item()),
                ha="center",
                va="center",
                fontsize=12,
                color="white" if original else "black",
            )
    ax.text(x0 + 2, 3.3, title, ha="center", fontsize=12)
for x, sign in [(4.6, "+"), (9.8, "=")]:
    ax.text(x, 1.5, sign, ha="center", va="center", fontsize=18)
ax.text(7.2, -0.6, "深色：原有的元素　浅色：广播拉伸出的副本（不占新内存）", ha="center", fontsize=11)
ax.set_xlim(-0.2, 14.6)
ax.set_ylim(-0.9, 3.8)
ax.set_aspect("equal")
ax.axis("off")
fig.tight_layout()
plt.savefig("broadcast_grid.svg", bbox_inches="tight")

# 检查
assert c.shape == (3, 4) and torch.equal(c, a_big + b_big)
