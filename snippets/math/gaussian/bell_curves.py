"""画几条正态分布密度曲线：μ 决定位置，σ 决定宽窄（峰高随之变化）。"""

import math

import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False
plt.rcParams["font.size"] = 12


def gaussian_pdf(x, mu, sigma):
    return np.exp(-((x - mu) ** 2) / (2 * sigma**2)) / (sigma * math.sqrt(2 * math.pi))


params = [(0.0, 1.0), (0.0, 0.5), (0.0, 2.0), (-2.0, 1.0)]
x = np.linspace(-6, 6, 1201)

fig, ax = plt.subplots(figsize=(6.4, 3.8))
for mu, sigma in params:
    ax.plot(x, gaussian_pdf(x, mu, sigma), label=rf"$\mu={mu:g},\ \sigma={sigma:g}$")
ax.set_title("正态分布的概率密度函数")
ax.set_xlabel("$x$")
ax.set_ylabel("概率密度 $f(x)$")
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
plt.savefig("bell_curves.svg")

# 图中每条曲线的峰：位置在 x = μ，高度 = 1/(σ√(2π))
peaks = []
for line, (mu, sigma) in zip(ax.get_lines(), params, strict=True):
    xs, ys = line.get_data()
    i = int(np.argmax(ys))
    height = 1 / (sigma * math.sqrt(2 * math.pi))
    print(f"μ = {mu:4.1f}, σ = {sigma}: 峰在 x = {xs[i]:.2f}，峰高 {ys[i]:.4f}（1/(σ√(2π)) = {height:.4f}）")
    peaks.append((xs[i] - mu, ys[i] - height))

# 检查：峰的位置和高度与公式一致；σ 翻倍，峰高减半（曲线变宽变矮，面积仍为 1）
assert all(abs(dx) < 1e-9 and abs(dy) < 1e-12 for dx, dy in peaks)
assert math.isclose(gaussian_pdf(0, 0, 2.0), gaussian_pdf(0, 0, 1.0) / 2)
