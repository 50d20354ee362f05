"""练习：Dropout(p=0.2) 的掩码放大 1/(1 − p) 之后，均值为 1，方差为 p/(1 − p)。"""

import torch
from torch import nn

p, n = 0.2, 100_000
torch.manual_seed(0)  # nn.Dropout 用全局生成器；输入在 CPU 上，掩码也在 CPU 上抽
scaled_mask = nn.Dropout(p)(torch.ones(n, dtype=torch.float64))  # 每个元素是 0 或 1/(1 − p)

print("出现的值:", sorted(set(scaled_mask[:1000].tolist())))
print(f"样本均值 {scaled_mask.mean().item():.4f}，样本方差 {scaled_mask.var().item():.4f}")
print(f"理论：Var(1 − D)/(1 − p)² = {(1 - p) * p:.2f}/{(1 - p) ** 2:.2f} = {p / (1 - p):.4f}")

# 检查
assert abs(scaled_mask.mean().item() - 1) < 0.01 and abs(scaled_mask.var().item() - p / (1 - p)) < 0.01
