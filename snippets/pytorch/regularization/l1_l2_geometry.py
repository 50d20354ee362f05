"""画图：L1 约束区域是菱形，L2 是圆；损失的等高线最先碰到菱形的往往是顶点，那里有一个坐标恰好为 0。"""

import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

w_star = np.array([2.0, 0.4])  # 不加正则时损失 C0 的最小值点
A = np.array([[1.0, 0.4], [0.4, 1.5]])  # C0(w) = (w − w*)ᵀ A (w − w*)，等高线是倾斜的椭圆
r = 1.0  # 约束 ||w||₁ ≤ r 或 ||w||₂ ≤ r


def loss(w):
    diff = w - w_star
    return np.einsum("...i,ij,...j->...", diff, A, diff)


# L1：在菱形边界上密集取点（包含 4 个顶点），取损失最小的点
corners = np.array([(r, 0), (0, r), (-r, 0), (0, -r), (r, 0)])
s = np.linspace(0, 1, 2001)[:, None]
diamond = np.concatenate([(1 - s) * a + s * b for a, b in zip(corners[:-1], corners[1:], strict=True)])
w_l1 = diamond[np.argmin(loss(diamond))]
# L2：约束最优解满足 (A + μI) w = A w*，对 μ 二分使 ||w||₂ = r
lo, hi = 0.0, 1e3
for _ in range(200):
    mu = (lo + hi) / 2
    w_l2 = np.linalg.solve(A + mu * np.eye(2), A @ w_star)
    lo, hi = (mu, hi) if np.linalg.norm(w_l2) > r else (lo, mu)

grid = np.linspace(-1.6, 2.6, 400)
gx, gy = np.meshgrid(grid, grid)
z = loss(np.stack([gx, gy], axis=-1))
fig, axes = plt.subplots(1, 2, figsize=(7, 4))
for ax, title, sol, color in (
    (axes[0], r"L1：$|w_1|+|w_2| \leq r$（菱形）", w_l1, "#DD8452"),
    (axes[1], r"L2：$w_1^2+w_2^2 \leq r^2$（圆）", w_l2, "#4C72B0"),
):
    ax.contour(gx, gy, z, levels=loss(sol) * np.array([0.25, 1.0, 2.0, 3.5, 5.5]), colors="#888888", linewidths=1)
    region = plt.Polygon(corners[:-1]) if ax is axes[0] else plt.Circle((0, 0), r)
    ax.add_patch(region).set(color=color, alpha=0.3)
    ax.plot(*w_star, "k*", markersize=12, label="$w^*$（不加正则）")
    ax.plot(*sol, "o", color=color, markersize=9, label=f"约束最优解 ({sol[0]:.2f}, {sol[1]:.2f})")
    ax.axhline(0, color="black", lw=0.6)
    ax.axvline(0, color="black", lw=0.6)
    ax.set(xlim=(-1.6, 2.6), ylim=(-1.6, 2.6), aspect="equal", xlabel="$w_1$", ylabel="$w_2$")
    ax.set_title(title, fontsize=12)
    ax.legend(loc="lower left", fontsize=11)
fig.suptitle("灰线：损失 $C_0$ 的等高线；切点就是约束最优解", fontsize=12)
fig.tight_layout()
plt.savefig("l1_l2_geometry.svg")

print("L1 约束下的最优解:", [round(float(v), 3) + 0.0 for v in w_l1])
print("L2 约束下的最优解:", [round(float(v), 3) + 0.0 for v in w_l2])

# 检查：w* 在两个约束区域之外；L1 解落在顶点 (r, 0)；L2 解在圆周上，两个坐标都不为 0
assert np.abs(w_star).sum() > r and np.linalg.norm(w_star) > r
assert w_l1[0] == r and w_l1[1] == 0
assert (np.abs(w_l2) > 0.05).all() and abs(np.linalg.norm(w_l2) - r) < 1e-9
