"""画出 MSE 背后的高斯似然：每个预测值 ŷ 周围是一条 N(ŷ, σ²) 的钟形曲线。"""

import math

import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False
plt.rcParams["font.size"] = 13

rng = np.random.default_rng(0)
sigma = 0.5
x = np.linspace(0, 4, 20)
y = 1.5 * x + 0.5 + sigma * rng.standard_normal(20)
w, b = np.polyfit(x, y, 1)  # 最小二乘拟合 = 最小化 MSE


def density(v, mu):
    return np.exp(-((v - mu) ** 2) / (2 * sigma**2)) / (sigma * math.sqrt(2 * math.pi))


fig, ax = plt.subplots(figsize=(7, 4.5))
ax.scatter(x, y, color="black", s=18, label="数据 $y$", zorder=3)
grid = np.linspace(-0.2, 4.2, 100)
ax.plot(grid, w * grid + b, color="C0", label=r"预测 $\hat{y} = wx + b$")
print(f"拟合: ŷ = {w:.3f}x + {b:.3f}，σ = {sigma}")
print(" x      ŷ       y       残差     密度 p(y|x)")
for i in (2, 9, 16):  # 在三个数据点处画出 N(ŷ, σ²)，钟形曲线横着画
    mu = w * x[i] + b
    v = np.linspace(mu - 3 * sigma, mu + 3 * sigma, 200)
    ax.plot(x[i] + 0.5 * density(v, mu), v, color="C1")
    ax.plot([x[i], x[i] + 0.5 * density(y[i], mu)], [y[i], y[i]], color="C3", lw=2)
    ax.axvline(x[i], color="C1", lw=0.8, ls=":")
    print(f"{x[i]:.2f}  {mu:6.3f}  {y[i]:6.3f}  {y[i] - mu:+.3f}  {density(y[i], mu):.4f}")
ax.plot([], [], color="C1", label=r"$\mathcal{N}(\hat{y}, \sigma^2)$")
ax.plot([], [], color="C3", lw=2, label="该点的似然")
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.legend(loc="upper left")
fig.tight_layout()
plt.savefig("mse_likelihood.svg")

# 检查：所有点的对数似然之和 = −n/(2σ²)·MSE − n/2·ln(2πσ²)
mse = np.mean((y - (w * x + b)) ** 2)
log_lik = np.log(density(y, w * x + b)).sum()
assert math.isclose(log_lik, -len(x) / (2 * sigma**2) * mse - len(x) / 2 * math.log(2 * math.pi * sigma**2))
