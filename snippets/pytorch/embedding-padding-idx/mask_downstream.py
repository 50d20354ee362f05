"""pad 向量为 0 并不够：平均池化和线性层照样会把 pad 算进去，下游要自己用 mask。"""

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, linewidth=120)
device = "cuda" if torch.cuda.is_available() else "cpu"

embedding = nn.Embedding(100, 4, padding_idx=0).to(device)
linear = nn.Linear(4, 4).to(device)

input_ids = torch.tensor([[5, 6, 7, 0, 0, 0]], device=device)  # 3 个真实 token + 3 个 pad
mask = (input_ids != 0).float()  # [[1, 1, 1, 0, 0, 0]]
x = embedding(input_ids).detach()
real_mean = x[:, :3].mean(dim=1)  # 不补 pad 的同一句话的平均

# 1) 平均池化：pad 的 0 向量也算进了分母，句向量被“稀释”成 3/6
naive_mean = x.mean(dim=1)
masked_mean = (x * mask[..., None]).sum(dim=1) / mask.sum(dim=1, keepdim=True)
print("真实平均        :", real_mean.cpu())
print("不用 mask 的平均:", naive_mean.cpu())
print("用 mask 的平均  :", masked_mean.cpu())

# 2) 线性层：W·0 + b = b，pad 位置经过一层就不再是 0
h = linear(x).detach()
print("线性层后的 pad 位置:")
print(h[0, 3:].cpu())
print("线性层的 bias:", linear.bias.detach().cpu())

# 检查
assert torch.allclose(naive_mean, real_mean * 3 / 6)
assert torch.allclose(masked_mean, real_mean)
assert torch.allclose(h[0, 3:], linear.bias.detach().expand(3, -1))
