"""练习：momentum=None 时，running_mean 是所有 batch 均值的简单平均（累积平均），而不是指数滑动平均。"""

import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

# 三个 batch，均值恰好是 1、2、6（每个 batch 两个值：均值 ± 1）
batches = [torch.tensor([[m - 1.0], [m + 1.0]]).to(device) for m in (1.0, 2.0, 6.0)]

result = {}
for momentum in (0.1, None):
    bn = nn.BatchNorm1d(1, momentum=momentum).to(device)
    for x in batches:
        bn(x)
    result[momentum] = bn.running_mean.item()
    print(f"momentum={momentum}: running_mean = {result[momentum]:.4f}")

# 检查：0.1 → ((0.9·0 + 0.1·1)·0.9 + 0.1·2)·0.9 + 0.1·6 = 0.861；None → (1 + 2 + 6) / 3 = 3
assert abs(result[0.1] - 0.861) < 1e-5 and abs(result[None] - 3.0) < 1e-5
