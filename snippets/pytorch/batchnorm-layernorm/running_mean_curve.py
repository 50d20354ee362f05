"""画图：running_mean 从初值 0 出发，按 momentum 一步步靠近数据的真实均值 5；momentum 越小越慢、越平稳。"""

import matplotlib.pyplot as plt
import torch
from torch import nn

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False
plt.rcParams["font.size"] = 12

torch.manual_seed(0)
steps = 100
batches = [torch.randn(32, 1) * 2 + 5 for _ in range(steps)]  # 均值 5、标准差 2，每个 batch 32 个样本

curves = {}
for momentum in (0.1, 0.01):
    bn = nn.BatchNorm1d(1, momentum=momentum)
    curves[momentum] = []
    for x in batches:
        bn(x)  # 训练模式的前向传播更新 running_mean
        curves[momentum].append(bn.running_mean.item())

# 初值为 0 时，running_mean 的期望是 5·(1 − (1 − momentum)^t)
print("步数 t 时的 running_mean，以及从 0 出发时的期望值")
print("   t  momentum=0.1  5(1-0.9^t)  momentum=0.01  5(1-0.99^t)")
for t in (1, 10, 20, 50, 100):
    print(
        f"{t:>4}  {curves[0.1][t - 1]:12.3f}  {5 * (1 - 0.9**t):10.3f}  {curves[0.01][t - 1]:13.3f}  {5 * (1 - 0.99**t):11.3f}"
    )

fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(range(1, steps + 1), curves[0.1], lw=2, label="momentum = 0.1（默认）")
ax.plot(range(1, steps + 1), curves[0.01], lw=2, label="momentum = 0.01")
ax.axhline(5, color="gray", ls="--", label="数据的真实均值 5")
ax.set_xlabel("训练步数 t（每步一个 batch）")
ax.set_ylabel("running_mean")
ax.set_title("running_mean 从 0 出发，逐步靠近真实均值")
ax.legend(loc="lower right")
fig.tight_layout()
plt.savefig("running_mean_curve.svg")

# 检查：momentum=0.1 时 50 步后已接近 5；momentum=0.01 时 100 步后还不到 5 的三分之二
assert abs(curves[0.1][49] - 5) < 0.2 and curves[0.01][-1] < 5 * 2 / 3
