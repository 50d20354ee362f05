"""练习：10 层 ReLU 网络用 Xavier 初始化，预激活的标准差每层乘以多少？"""

import math

import torch
from torch import nn

torch.manual_seed(0)
n, depth = 512, 10
x = torch.randn(1000, n, dtype=torch.float64)

torch.manual_seed(1)
layers = [nn.Linear(n, n, bias=False, dtype=torch.float64) for _ in range(depth)]
for layer in layers:
    nn.init.xavier_normal_(layer.weight)  # 方差 2/(fan_in + fan_out) = 1/512
print(f"Xavier 的权重标准差: {layers[0].weight.std().item():.4f}（1/√512 = {1 / math.sqrt(n):.4f}）")

h, stds = x, []
with torch.no_grad():
    for layer in layers:
        z = layer(h)
        stds.append(z.std().item())
        h = torch.relu(z)
print(" l   实测标准差   预测 (1/√2)^(l−1)")
for i, s in enumerate(stds, 1):
    print(f"{i:2}   {s:.4f}       {(1 / math.sqrt(2)) ** (i - 1):.4f}")

# 检查：ReLU 把二阶矩减半，Xavier 只补偿了线性层，所以每层缩小约 1/√2
assert all(abs(s / (1 / math.sqrt(2)) ** (i - 1) - 1) < 0.15 for i, s in enumerate(stds, 1))
