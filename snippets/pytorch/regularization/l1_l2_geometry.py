"""画图：L1 约束区域是菱形，L2 是圆；损失的等高线最先碰到菱形的往往是顶点，那里有一个坐标恰好为 0。"""

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

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

w_star = np.array([2.0, 0.4])  # 不加正则时损失 C0 的最小值点
A = np.array([[1.0, 0.4], [0.4, 1.5]])  # C0(w) = (w − w*)ᵀ A (w − w*)，等高线是倾斜的椭圆
t = 1.0  # 约束 ||w||₁ ≤ t 或 ||w||₂ ≤ t


def loss(w):
    diff = w - w_star
    return np.einsum("...i,ij,...j->...", diff, A, diff)


# L1：在菱形边界上密集取点（包含 4 个顶点），取损失最小的点
s = np.linspace(0, 1, 2001)
edges = [((t, 0), (0, t)), ((0, t), (-t, 0)), ((-t, 0), (0, -t)), ((0, -t), (t, 0))]
diamond = np.concatenate([np.outer(1 - s, a) + np.outer(s, b) for a, b in edges])
w_l1 = diamond[np.argmin(loss(diamond))]

# L2：约束最优解满足 (A + μI) w = A w*，对 μ 二分使 ||w||₂ = t
lo, hi = 0.0, 1e3
for _ in range(200):
    mu = (lo + hi) / 2
    w = np.linalg.solve(A + mu * np.eye(2), A @ w_star)
    lo, hi = (mu, hi) if np.linalg.norm(w) > t else (lo, mu)
w_l2 = w

grid = np.linspace(-1.6, 2.6, 400)
gx, gy = np.meshgrid(grid, grid)
z = loss(np.stack([gx, gy], axis=-1))

fig, axes = plt.subplots(1, 2, figsize=(10, 4.8))
panels = [
    (axes[0], r"L1 正则：约束区域 $|w_1|+|w_2| \leq t$（菱形）", w_l1, "#DD8452"),
    (axes[1], r"L2 正则：约束区域 $w_1^2+w_2^2 \leq t^2$（圆）", w_l2, "#4C72B0"),
]
for ax, title, sol, color in panels:
    levels = sorted({loss(sol)} | set(loss(sol) * np.array([0.25, 2.0, 3.5, 5.5])))
    ax.contour(gx, gy, z, levels=levels, colors="#888888", linewidths=1)
    if ax is axes[0]:
        ax.fill(*np.array([(t, 0), (0, t), (-t, 0), (0, -t)]).T, color=color, alpha=0.3)
    else:
        ax.add_patch(plt.Circle((0, 0), t, color=color, alpha=0.3))
    ax.plot(*w_star, "k*", markersize=12, label="不加正则的最优解 $w^*$")
    ax.plot(*sol, "o", color=color, markersize=9, label=f"加正则后的最优解 ({sol[0]:.2f}, {sol[1]:.2f})")
    ax.axhline(0, color="black", lw=0.6)
    ax.axvline(0, color="black", lw=0.6)
    ax.set_xlim(-1.6, 2.6)
    ax.set_ylim(-1.6, 2.6)
    ax.set_aspect("equal")
    ax.set_xlabel("$w_1$")
    ax.set_ylabel("$w_2$")
    ax.set_title(title, fontsize=11)
    ax.legend(loc="upper left", fontsize=8)
fig.suptitle("灰线：损失 $C_0$ 的等高线；约束最优解是等高线与约束区域的切点", fontsize=11)
fig.tight_layout()
plt.savefig("l1_l2_geometry.svg")

print("L1 约束下的最优解:", [round(float(v), 3) + 0.0 for v in w_l1])
print("L2 约束下的最优解:", [round(float(v), 3) + 0.0 for v in w_l2])
print("L1 解在菱形顶点上（w₂ 恰好为 0）:", bool(w_l1[1] == 0 and w_l1[0] == t))
print("L2 解两个坐标都不为 0:", bool((np.abs(w_l2) > 0.05).all()))
print("图已保存:", Path("l1_l2_geometry.svg").exists())

assert np.abs(w_star).sum() > t and np.linalg.norm(w_star) > t  # w* 在两个约束区域之外，约束起作用
assert w_l1[0] == t and w_l1[1] == 0  # L1：解落在顶点 (t, 0)，稀疏
assert (np.abs(w_l2) > 0.05).all() and abs(np.linalg.norm(w_l2) - t) < 1e-9  # L2：解在圆周上，两个坐标都不为 0
assert Path("l1_l2_geometry.svg").exists()
