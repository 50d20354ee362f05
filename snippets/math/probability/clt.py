"""中心极限定理一瞥：n 次投掷的平均值，n 越大，分布越像均值 3.5、标准差 σ/√n 的正态分布。"""

import math

import matplotlib.pyplot as plt
import torch

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

g = torch.Generator().manual_seed(0)
reps, sigma = 20_000, math.sqrt(35 / 12)
fig, axes = plt.subplots(1, 3, figsize=(6.4, 2.8))
for ax, n in zip(axes, [1, 2, 30], strict=True):
    means = torch.randint(1, 7, (reps, n), generator=g).double().mean(dim=1)  # 每行 n 次投掷的平均
    se = sigma / math.sqrt(n)  # 平均值的标准差 σ/√n
    within = [((means - 3.5).abs() <= k * se).double().mean().item() for k in (1, 2)]
    print(f"n = {n:>2}：平均值的标准差 {means.std().item():.4f}（σ/√n = {se:.4f}），", end="")
    print(f"落在 ±1、±2 个标准差内的比例 {within[0]:.3f}、{within[1]:.3f}")

    width = 1 / n if n <= 2 else 0.1  # 每个柱子恰好装下整数个可能取值
    edges = torch.arange(1 - width / 2, 6 + width, width).tolist()
    ax.hist(means.tolist(), bins=edges, density=True, color="tab:blue", alpha=0.6)
    xs = torch.linspace(1, 6, 200)
    ax.plot(xs, torch.exp(-((xs - 3.5) ** 2) / (2 * se**2)) / (se * math.sqrt(2 * math.pi)), "r-", linewidth=1.5)
    ax.set_xlim((0.5, 6.5) if n <= 2 else (2.3, 4.7))  # n = 30 的横轴放大了
    ax.set_title(f"n = {n}", fontsize=12)
    ax.set_xlabel("平均点数", fontsize=12)
    ax.tick_params(labelsize=11)
axes[0].set_ylabel("密度", fontsize=12)
fig.tight_layout()
plt.savefig("clt.svg")

# 检查：n = 30 时平均值的标准差 ≈ σ/√30，约 95% 落在 ±2 个标准差内
assert abs(means.std().item() - sigma / math.sqrt(30)) < 0.01 and abs(within[1] - 0.95) < 0.01
