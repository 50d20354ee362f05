"""练习：p = 0.5 时，保留下来的元素被放大 1/(1-0.5) = 2 倍。"""

import torch
from torch import nn

torch.manual_seed(0)
p = 0.5
x = torch.arange(1.0, 9.0)
y = nn.Dropout(p)(x)  # 在 CPU 上生成掩码

print("x    :", x)
print("y    :", y)
print("y / x:", y / x)

# 检查：每个元素不是 0 就是 2x
assert torch.all((y == 0) | (y == 2 * x))
