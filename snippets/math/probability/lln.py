"""大数定律：掷骰子的累计平均随次数增多逼近期望 3.5，偏差按 1/√n 缩小。"""

import matplotlib.pyplot as plt
import torch

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

n, seeds = 10_000, range(5)
sigma = (35 / 12) ** 0.5  # 一次投掷的标准差
steps = torch.arange(1, n + 1, dtype=torch.float64)
running = {}
for seed in seeds:
    g = torch.Generator().manual_seed(seed)  # 每条曲线一个种子，都在 CPU 上抽样
    rolls = torch.randint(1, 7, (n,), generator=g).double()
    running[seed] = rolls.cumsum(0) / steps  # 前 k 次的平均

checkpoints = [10, 100, 1000, 10_000]
print("种子  " + "".join(f"{'n=' + str(c):>10}" for c in checkpoints))
for seed in seeds:
    print(f"{seed:<5} " + "".join(f"{running[seed][c - 1].item():>10.4f}" for c in checkpoints))
print("2σ/√n " + "".join(f"{2 * sigma / c**0.5:>10.4f}" for c in checkpoints))
band = 2 * sigma / steps.sqrt()  # 虚线的半宽
outside = [int(((running[seed] - 3.5).abs() > band).sum()) for seed in seeds]
print("一万步里落在 3.5 ± 2σ/√n 之外的步数:", outside)

fig, ax = plt.subplots(figsize=(6.4, 3.8))
for seed in seeds:
    ax.plot(steps, running[seed], linewidth=1.2, label=f"种子 {seed}")
ax.plot(steps, 3.5 + band, "k--", linewidth=1, label="3.5 ± 2σ/√n")
ax.plot(steps, 3.5 - band, "k--", linewidth=1)
ax.axhline(3.5, color="gray", linewidth=1)
ax.set_xscale("log")
ax.set_ylim(0.5, 6.5)  # 骰子的点数 1 到 6 都在图内
ax.set_xlabel("投掷次数 n", fontsize=13)
ax.set_ylabel("前 n 次的平均点数", fontsize=13)
ax.tick_params(labelsize=11)
ax.legend(fontsize=11, ncol=2)
fig.tight_layout()
plt.savefig("lln.svg")

# 检查：一万次之后每条曲线离 3.5 都不到 2σ/√n
for seed in seeds:
    assert abs(running[seed][-1].item() - 3.5) < 2 * sigma / n**0.5
