"""p 是“每个元素被置 0 的概率”，不是“恰好置 0 的比例”：调用一万次，数每次置 0 了几个。"""

from math import comb

import matplotlib.pyplot as plt
import torch
from torch import nn

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

# 只在 CPU 上生成随机掩码：同一种子在任何机器上得到同样的计数
torch.manual_seed(0)
p, n, trials = 0.2, 10, 10_000
dropout = nn.Dropout(p)
x = torch.ones(trials, n)  # 每一行当作一次调用，输入 10 个元素

zeros_per_call = (dropout(x) == 0).sum(dim=1)
counts = torch.bincount(zeros_per_call, minlength=n + 1)
pmf = [comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(n + 1)]

for k in range(7):
    print(f"置 0 {k} 个：实测 {counts[k].item():>4} 次，二项分布期望 {trials * pmf[k]:6.1f} 次")
print("恰好置 0 两个（20%）的比例:", counts[2].item() / trials)
print("整体被置 0 的比例:", round(zeros_per_call.sum().item() / (trials * n), 3))

fig, ax = plt.subplots(figsize=(6.4, 3.8))
ks = range(n + 1)
ax.bar(ks, (counts / trials).tolist(), color="tab:blue", alpha=0.6, label="实测频率")
ax.plot(ks, pmf, "o-", color="tab:red", label=f"Binomial({n}, {p})")
ax.set_xlabel("一次调用中被置 0 的个数", fontsize=13)
ax.set_ylabel("频率 / 概率", fontsize=13)
ax.set_xticks(list(ks))
ax.legend(fontsize=12)
fig.tight_layout()
plt.savefig("keep_fraction.svg")

# 检查：每次调用置 0 的个数服从 Binomial(10, 0.2)，各个 k 的频率与理论值相差不到 0.02
for k in ks:
    assert abs(counts[k].item() / trials - pmf[k]) < 0.02
assert counts[2].item() / trials < 0.35  # 大多数调用置 0 的个数都不是恰好 2 个
