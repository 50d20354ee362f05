"""画图：BatchNorm 与 LayerNorm 各把哪些元素放在一起求均值和方差。"""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

N, C = 4, 5  # 二维输入 (batch, features)
B, L, H = 2, 3, 4  # 三维输入 (batch, seq_len, hidden)，为了画得清楚只取 2 个样本
BLUE, ORANGE, GREY = "#4C72B0", "#DD8452", "#E6E6E6"

# True 的格子共用一组统计量（均值和方差）
bn_2d = np.zeros((N, C), bool)
bn_2d[:, 2] = True  # BN：第 3 个特征，所有样本 → 一列
ln_2d = np.zeros((N, C), bool)
ln_2d[1, :] = True  # LN：第 2 个样本，所有特征 → 一行
bn_3d = np.zeros((B, L, H), bool)
bn_3d[:, :, 1] = True  # BN（先转置成 (N, H, L)）：第 2 个 hidden 维度，所有样本的所有 token
ln_3d = np.zeros((B, L, H), bool)
ln_3d[1, 2, :] = True  # LayerNorm(H)：第 2 个样本的第 3 个 token，所有 hidden 维度


def cell(ax, x, y, on, color):
    ax.add_patch(Rectangle((x, y), 1, 1, facecolor=color if on else GREY, edgecolor="white", lw=1.5))


def setup(ax, title, width, height):
    ax.set_xlim(-0.1, width + 0.1)
    ax.set_ylim(-0.9, height + 0.1)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(title, fontsize=12)


fig, axes = plt.subplots(2, 2, figsize=(7, 4.5), gridspec_kw={"height_ratios": [4, 3.2]})
for ax, mask, color, title in (
    (axes[0, 0], bn_2d, BLUE, "BN：一个特征跨所有样本"),
    (axes[0, 1], ln_2d, ORANGE, "LN：一个样本跨所有特征"),
):
    for i in range(N):
        for j in range(C):
            cell(ax, j, N - 1 - i, mask[i, j], color)
    setup(ax, title, C, N)
    ax.text(0, -0.3, "横向：特征；纵向：样本", fontsize=10, va="top")
for ax, mask, color, title in (
    (axes[1, 0], bn_3d, BLUE, "BN：一个 hidden 维度跨样本和 token"),
    (axes[1, 1], ln_3d, ORANGE, "LN(H)：一个 token 的所有 hidden 维度"),
):
    for n in range(B):  # 样本从左到右排开；每个样本内横向为 hidden、纵向为 token
        for t in range(L):
            for h in range(H):
                cell(ax, n * (H + 1) + h, L - 1 - t, mask[n, t, h], color)
    setup(ax, title, B * (H + 1) - 1, L)
    ax.text(0, -0.5, "每块一个样本：横向 hidden，纵向 token", fontsize=10, va="top")
fig.text(0.01, 0.74, f"(N, C)\n= ({N}, {C})", fontsize=11)
fig.text(0.01, 0.27, f"(N, L, H)\n= ({B}, {L}, {H})", fontsize=11)
fig.suptitle("同色的格子共用一组均值和方差", fontsize=13)
fig.tight_layout(rect=(0.08, 0, 1, 1))
plt.savefig("norm_axes.svg")

# 上色的格子数 = 一组统计量覆盖的元素个数；组数 = 统计量的个数
facts = {
    "BN 二维": (bn_2d.sum(), C),
    "LN 二维": (ln_2d.sum(), N),
    "BN 三维": (bn_3d.sum(), H),
    "LN 三维": (ln_3d.sum(), B * L),
}
for name, (cells, groups) in facts.items():
    print(f"{name}: 每组 {cells} 个元素，共 {groups} 组")

# 检查
assert facts["BN 二维"] == (N, C) and facts["LN 二维"] == (C, N)
assert facts["BN 三维"] == (B * L, H) and facts["LN 三维"] == (H, B * L)
