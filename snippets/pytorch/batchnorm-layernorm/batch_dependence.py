"""同一个样本放进不同的 batch：训练模式的 BatchNorm 输出跟着 batch 变，LayerNorm 的输出不变。"""

import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

sample = torch.tensor([1.0, 2.0, 3.0, 4.0])
batch_a = torch.stack([sample, torch.tensor([0.0, 0.0, 0.0, 0.0]), torch.tensor([2.0, 2.0, 2.0, 2.0])]).to(device)
batch_b = torch.stack([sample, torch.tensor([9.0, 8.0, 7.0, 6.0]), torch.tensor([5.0, 5.0, 5.0, 5.0])]).to(device)

bn, ln = nn.BatchNorm1d(4).to(device), nn.LayerNorm(4).to(device)
torch.set_printoptions(precision=4, sci_mode=False)
for name, batch in (("batch A", batch_a), ("batch B", batch_b)):
    print(f"{name} 中第 0 个样本  BN:", bn(batch)[0].detach().cpu(), " LN:", ln(batch)[0].detach().cpu())

# 检查：LN 对同一样本给出同一输出，与 batch 里的其他样本无关；BN 不是
assert torch.allclose(ln(batch_a)[0], ln(batch_b)[0])
assert not torch.allclose(bn(batch_a)[0], bn(batch_b)[0], atol=1e-2)
