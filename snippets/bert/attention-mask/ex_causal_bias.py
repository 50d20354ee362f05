"""解码器的做法：causal mask 与 padding mask 取“且”，再变成加性偏置。"""

import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=3)
length, d = 5, 4
q, k, v = torch.randn(3, length, d).unbind(0)
attention_mask = torch.tensor([1, 1, 1, 0, 0])  # 后 2 个位置是 pad

causal = torch.ones(length, length).tril().bool()  # query i 只看 key j <= i
allowed = causal & attention_mask.bool()  # (5, 5)：两个条件都满足才能看
bias = torch.where(allowed, 0.0, torch.finfo(torch.float32).min)
weights = torch.softmax(q @ k.T / d**0.5 + bias, dim=-1)

print("允许注意的 (query, key):")
print(allowed.int())
print("注意力权重:")
print(weights)

# 检查
assert torch.equal(weights == 0, ~allowed)  # 权重为 0 的格子正好是被屏蔽的格子
assert weights[0, 0] == 1  # query 0 只能看自己
sdpa = F.scaled_dot_product_attention(q[None], k[None], v[None], attn_mask=allowed)[0]
assert torch.allclose(weights @ v, sdpa, atol=1e-6)
