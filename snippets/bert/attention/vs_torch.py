"""把从零写的多头注意力的权重拷进 nn.MultiheadAttention（batch_first=True），两者输出相同。"""

import math

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
batch, length, d_model, h = 2, 5, 12, 3
x = torch.randn(batch, length, d_model).to(device)
W_q, W_k, W_v, W_o = (nn.Linear(d_model, d_model).to(device) for _ in range(4))


def split(t):  # (batch, L, d_model) → (batch, h, L, d_head)
    return t.view(batch, length, h, d_model // h).transpose(1, 2)


def multi_head(x):  # 与上一段代码相同的计算，写成一个函数
    q, k, v = split(W_q(x)), split(W_k(x)), split(W_v(x))
    weights = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(d_model // h), dim=-1)
    return W_o((weights @ v).transpose(1, 2).reshape(batch, length, d_model)), weights


mha = nn.MultiheadAttention(d_model, h, batch_first=True).to(device)  # 默认是 False，见下文
with torch.no_grad():  # 三个投影矩阵在 nn.MultiheadAttention 里上下拼成一个 (3d, d) 的 in_proj_weight
    mha.in_proj_weight.copy_(torch.cat([W_q.weight, W_k.weight, W_v.weight]))
    mha.in_proj_bias.copy_(torch.cat([W_q.bias, W_k.bias, W_v.bias]))
    mha.out_proj.weight.copy_(W_o.weight)
    mha.out_proj.bias.copy_(W_o.bias)

ours, our_weights = multi_head(x)
theirs, their_weights = mha(x, x, x)  # 自注意力：query、key、value 都是 x
print("in_proj_weight", tuple(mha.in_proj_weight.shape), " out_proj.weight", tuple(mha.out_proj.weight.shape))
print("参数量:", sum(p.numel() for p in mha.parameters()))
print("从零实现 ", ours[0, 0, :6].detach().cpu().numpy().round(4))
print("nn.MHA   ", theirs[0, 0, :6].detach().cpu().numpy().round(4))
print("返回的权重形状:", tuple(their_weights.shape), "（默认对 h 个头取平均）")

# 检查
assert torch.allclose(ours, theirs, atol=1e-5)
assert torch.allclose(our_weights.mean(dim=1), their_weights, atol=1e-6)
