"""p 是“每个元素被置 0 的概率”，不是“恰好置 0 的比例”：数一万次。"""

from math import comb

import torch
from torch import nn

# 只在 CPU 上生成随机掩码：同一种子在任何机器上得到同样的计数
torch.manual_seed(0)
p, n, trials = 0.2, 10, 10_000
dropout = nn.Dropout(p)
x = torch.ones(trials, n)  # 每一行当作一次调用，输入 10 个元素

zeros_per_call = (dropout(x) == 0).sum(dim=1)
counts = torch.bincount(zeros_per_call, minlength=n + 1)

for k in range(7):
    expected = trials * comb(n, k) * p**k * (1 - p) ** (n - k)
    print(f"置 0 {k} 个：实测 {counts[k].item():>4} 次，二项分布期望 {expected:6.1f} 次")
print("恰好置 0 两个（20%）的比例:", counts[2].item() / trials)
print("整体被置 0 的比例:", round(zeros_per_call.sum().item() / (trials * n), 3))

# 每次调用置 0 的个数服从 Binomial(10, 0.2)：各个 k 的频率与理论值相差不到 0.02
for k in range(n + 1):
    assert abs(counts[k].item() / trials - comb(n, k) * p**k * (1 - p) ** (n - k)) < 0.02
assert counts[2].item() / trials < 0.35  # 大多数调用置 0 的个数都不是恰好 2 个
