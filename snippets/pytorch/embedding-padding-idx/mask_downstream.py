"""pad 向量为 0 并不够：池化、线性层和注意力仍会“看到”pad，下游必须用 mask。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

embedding = nn.Embedding(100, 4, padding_idx=0).to(device)
linear = nn.Linear(4, 4).to(device)

input_ids = torch.tensor([[5, 6, 7, 0, 0, 0]], device=device)  # 3 个真实 token + 3 个 pad
mask = (input_ids != 0).float()  # [[1, 1, 1, 0, 0, 0]]
x = embedding(input_ids)
real = embedding(input_ids[:, :3])  # 不补 pad 的同一句话

# 1) 平均池化：pad 的 0 向量也算进了分母
naive_mean = x.mean(dim=1)
masked_mean = (x * mask[..., None]).sum(dim=1) / mask.sum(dim=1, keepdim=True)
print("不用 mask 的平均 == 真实平均:", torch.allclose(naive_mean, real.mean(dim=1)))
print("用 mask 的平均 == 真实平均:", torch.allclose(masked_mean, real.mean(dim=1)))

# 2) 线性层：pad 位置的输出等于 bias，不再是 0
h = linear(x)
print("线性层后 pad 位置全 0:", bool((h[0, 3:] == 0).all()))

# 3) 注意力：不加 mask 时，真实 token 会把一部分注意力分给 pad
scores = x @ x.transpose(1, 2)  # (1, 6, 6)
weights = scores.softmax(dim=-1)
masked_weights = scores.masked_fill(mask[:, None, :] == 0, float("-inf")).softmax(dim=-1)
print("不用 mask：第 1 个 token 分给 pad 的注意力 > 0:", bool(weights[0, 0, 3:].sum() > 0))
print("用 mask：第 1 个 token 分给 pad 的注意力 == 0:", bool(masked_weights[0, 0, 3:].sum() == 0))

assert not torch.allclose(naive_mean, real.mean(dim=1))
assert torch.allclose(masked_mean, real.mean(dim=1))
assert torch.allclose(h[0, 3:], linear.bias.expand(3, -1))
assert weights[0, 0, 3:].sum() > 0 and masked_weights[0, 0, 3:].sum() == 0
