"""练习：对同一个 x 做一万次训练模式的 dropout，再取平均，结果接近 x 本身。"""

import torch
from torch import nn

torch.manual_seed(0)
p, trials = 0.2, 10_000
x = torch.tensor([1.0, -2.0, 3.0, 0.5])
dropout = nn.Dropout(p)  # 训练模式

ys = dropout(x.expand(trials, -1))  # 每一行是一次独立的调用（掩码在 CPU 上生成）
print("x            :", x)
print("一次调用     :", ys[0])
print("一万次的平均 :", ys.mean(dim=0).round(decimals=2))

# 检查：E[y] = x，平均值与 x 的差很小
assert torch.allclose(ys.mean(dim=0), x, atol=0.05)
