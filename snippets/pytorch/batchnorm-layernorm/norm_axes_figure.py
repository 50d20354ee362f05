"""画图：BatchNorm 与 LayerNorm 各把哪些元素放在一起求均值和方差。"""

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle

plt.rcParams["font.sans-serif"] = [
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
    "Arial Unicode MS",
    "DejaVu Sans",
]
plt.rcParams["axes.unicode_minus"] = False

N, C = 4, 6  # 二维输入 (batch, features)
L, H = 3, 5  # 三维输入 (batch, seq_len, hidden)，batch 仍为 N
BLUE, ORANGE, GREY = "#4C72B0", "#DD8452", "#EEEEEE"

# 被“放在一起”归一化的元素（一组统计量）：True 的格子上色
bn_2d = np.zeros((N, C), bool)
bn_2d[:, 2] = True  # BN：第 3 个特征，所有样本 → 一列
ln_2d = np.zeros((N, C), bool)
ln_2d[1, :] = True  # LN：第 2 个样本，所有特征 → 一行
bn_3d = np.zeros((N, L, H), bool)
bn_3d[:, :, 1] = True  # BN（转置成 (N, H, L) 后）：第 2 个 hidden 维度，所有样本的所有 token
ln_3d = np.zeros((N, L, H), bool)
ln_3d[1, 2, :] = True  # LayerNorm(hidden)：第 2 个样本的第 3 个 token，所有 hidden 维度


def draw_2d(ax, mask, color, title):
    for i in range(N):
        for j in range(C):
            ax.add_patch(
                Rectangle((j, N - 1 - i), 1, 1, facecolor=color if mask[i, j] else GREY, edgecolor="white", lw=2)
            )
    ax.set_xlim(0, C)
    ax.set_ylim(0, N)
    ax.set_aspect("equal")
    ax.set_xticks(np.arange(C) + 0.5, [f"特征{j + 1}" for j in range(C)], fontsize=8)
    ax.set_yticks(np.arange(N) + 0.5, [f"样本{N - i}" for i in range(N)], fontsize=8)
    ax.tick_params(length=0)
    ax.set_title(title, fontsize=11)
    for side in ax.spines.values():
        side.set_visible(False)


def draw_3d(ax, mask, color, title):
    gap = 1
    for n in range(N):
        x0 = n * (H + gap)
        for t in range(L):
            for h in range(H):
                ax.add_patch(
                    Rectangle(
                        (x0 + h, L - 1 - t), 1, 1, facecolor=color if mask[n, t, h] else GREY, edgecolor="white", lw=2
                    )
                )
        ax.text(x0 + H / 2, L + 0.3, f"样本{n + 1}", ha="center", fontsize=9)
    ax.set_xlim(-0.2, N * (H + gap) - gap + 0.2)
    ax.set_ylim(-1.0, L + 0.9)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks(np.arange(L) + 0.5, [f"token{L - t}" for t in range(L)], fontsize=8)
    ax.tick_params(length=0)
    ax.text(0, -0.6, "每个样本内：横向为 hidden 维度，纵向为 token", fontsize=8, color="#555555")
    ax.set_title(title, fontsize=11)
    for side in ax.spines.values():
        side.set_visible(False)


fig, axes = plt.subplots(2, 2, figsize=(11, 6.5), gridspec_kw={"height_ratios": [1.1, 1]})
draw_2d(axes[0, 0], bn_2d, BLUE, f"BatchNorm1d：输入 (batch={N}, features={C})\n一个特征跨所有样本（纵向一列）")
draw_2d(axes[0, 1], ln_2d, ORANGE, f"LayerNorm：输入 (batch={N}, features={C})\n一个样本跨所有特征（横向一行）")
draw_3d(
    axes[1, 0],
    bn_3d,
    BLUE,
    f"BatchNorm1d：输入 (N={N}, L={L}, H={H})，先转置成 (N, H, L)\n一个 hidden 维度跨所有样本、所有 token",
)
draw_3d(axes[1, 1], ln_3d, ORANGE, f"LayerNorm(H)：输入 (N={N}, L={L}, H={H})\n一个 token 跨所有 hidden 维度")
fig.suptitle("着色的格子共用一组均值和方差（其余格子各自属于别的组）", fontsize=12)
fig.tight_layout()
plt.savefig("norm_axes.svg")

# 上色的格子数 = 一组统计量覆盖的元素个数；组数 = 统计量的个数
facts = {
    "BN 二维": (bn_2d.sum(), C),
    "LN 二维": (ln_2d.sum(), N),
    "BN 三维": (bn_3d.sum(), H),
    "LN 三维": (ln_3d.sum(), N * L),
}
for name, (cells, groups) in facts.items():
    print(f"{name}: 每组 {cells} 个元素，共 {groups} 组")
print("图已保存:", Path("norm_axes.svg").exists())

assert facts["BN 二维"] == (N, C) and facts["LN 二维"] == (C, N)
assert facts["BN 三维"] == (N * L, H) and facts["LN 三维"] == (H, N * L)
assert bn_2d[:, 2].all() and ln_2d[1, :].all()  # BN 是一列，LN 是一行
assert Path("norm_axes.svg").exists()
