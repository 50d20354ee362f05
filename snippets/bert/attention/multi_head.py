"""从零写多头注意力：投影成 Q、K、V，用 view/transpose 拆成 h 个头，各自做注意力，拼回去再投影。"""

import math

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
batch, length, d_model, h = 2, 5, 12, 3
d_head = d_model // h  # 每个头 4 维
x = torch.randn(batch, length, d_model).to(device)  # 在 CPU 上生成再搬到设备上
W_q, W_k, W_v, W_o = (nn.Linear(d_model, d_model).to(device) for _ in range(4))


def split_heads(t):  # (batch, L, d_model) → (batch, h, L, d_head)
    return t.view(batch, length, h, d_head).transpose(1, 2)


q, k, v = split_heads(W_q(x)), split_heads(W_k(x)), split_heads(W_v(x))
weights = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(d_head), dim=-1)  # 每个头一张 L×L 的权重
heads = weights @ v  # (batch, h, L, d_head)
concat = heads.transpose(1, 2).reshape(batch, length, d_model)  # 把 h 个头并排拼回 d_model 维
output = W_o(concat)

print("x       ", tuple(x.shape))
print("Q 拆头后", tuple(q.shape), "= (batch, h, L, d_head)")
print("权重    ", tuple(weights.shape), "= (batch, h, L, L)")
print("拼回    ", tuple(concat.shape))
print("输出    ", tuple(output.shape))
n_params = sum(p.numel() for layer in (W_q, W_k, W_v, W_o) for p in layer.parameters())
print(f"参数量 {n_params} = 4·d² + 4·d = {4 * d_model**2 + 4 * d_model}（d = {d_model}）")

# 检查
# 每个头就是一次普通的缩放点积注意力：与 PyTorch 的 F.scaled_dot_product_attention 相同
assert torch.allclose(heads, F.scaled_dot_product_attention(q, k, v), atol=1e-5)
# 拆头不产生新数：第 2 个头的 query 就是 W_q(x) 的第 4–7 维
assert torch.equal(q[:, 1], W_q(x)[..., 4:8])
