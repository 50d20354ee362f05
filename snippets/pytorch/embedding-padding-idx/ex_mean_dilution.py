"""练习：同一句话补到长度 10，不用 mask 的平均会变成真实平均的 3/10。"""

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, linewidth=120)

embedding = nn.Embedding(100, 4, padding_idx=0)
input_ids = torch.tensor([[5, 6, 7, 0, 0, 0, 0, 0, 0, 0]])  # 3 个真实 token + 7 个 pad
mask = (input_ids != 0).float()
x = embedding(input_ids).detach()

real_mean = x[:, :3].mean(dim=1)
naive_mean = x.mean(dim=1)
masked_mean = (x * mask[..., None]).sum(dim=1) / mask.sum(dim=1, keepdim=True)
print("真实平均        :", real_mean)
print("不用 mask 的平均:", naive_mean)
print("两者之比        :", naive_mean / real_mean)
print("用 mask 的平均  :", masked_mean)

# 检查：pad 越多稀释越厉害；用 mask 的平均与 pad 个数无关
assert torch.allclose(naive_mean, real_mean * 3 / 10)
assert torch.allclose(masked_mean, real_mean)
