"""NLP 形状的三维输入 (batch, seq_len, hidden)：LayerNorm(hidden) 对每个 token 单独归一化；
BatchNorm1d 要求 (N, C, L)，需要先转置，它对每个 hidden 维度跨 batch 和 seq_len 两个维度求统计量。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

batch, seq_len, hidden = 2, 5, 8
x = (torch.randn(batch, seq_len, hidden) * 2 + 3).to(device)
eps = 1e-5

# LayerNorm(hidden)：只在最后一维上归一化，每个 token 各用自己的均值和方差
ln = nn.LayerNorm(hidden).to(device)
mean = x.mean(dim=-1, keepdim=True)  # 形状 (batch, seq_len, 1)：每个 token 一个均值
var = x.var(dim=-1, unbiased=False, keepdim=True)
y_ln = ln(x)
print("LayerNorm 的统计量个数（每个 token 一组）:", mean.numel(), "=", batch, "x", seq_len)
print("LayerNorm(hidden) == 按最后一维手算:", torch.allclose(y_ln, (x - mean) / torch.sqrt(var + eps), atol=1e-5))

# 对比：把整个样本 (seq_len, hidden) 一起归一化，是 LayerNorm([seq_len, hidden])，不是 Transformer 里的用法
mean_all = x.mean(dim=(1, 2), keepdim=True)
var_all = x.var(dim=(1, 2), unbiased=False, keepdim=True)
whole_sample = (x - mean_all) / torch.sqrt(var_all + eps)
print("LayerNorm(hidden) == 整个样本一起归一化:", torch.allclose(y_ln, whole_sample, atol=1e-3))
print(
    "LayerNorm([seq_len, hidden]) == 整个样本一起归一化:",
    torch.allclose(nn.LayerNorm([seq_len, hidden]).to(device)(x), whole_sample, atol=1e-5),
)

# BatchNorm1d(C) 期望 (N, C, L)：直接传 (batch, seq_len, hidden) 会把 seq_len 当作通道
bn = nn.BatchNorm1d(hidden).to(device)
try:
    bn(x)
except RuntimeError as e:
    print("直接传 (N, L, H) 报错:", type(e).__name__)
    direct_failed = True
else:
    direct_failed = False

y_bn = bn(x.transpose(1, 2)).transpose(1, 2)  # (N, L, H) -> (N, H, L) -> BN -> 转回 (N, L, H)
# BN 对每个 hidden 维度，跨 batch 和 seq_len 两个维度（共 N*L 个数）求统计量
mean_bn = x.mean(dim=(0, 1), keepdim=True)  # 形状 (1, 1, hidden)
var_bn = x.var(dim=(0, 1), unbiased=False, keepdim=True)
print("BatchNorm1d 的统计量个数（每个 hidden 维度一组）:", mean_bn.numel())
print(
    "转置后 BatchNorm1d == 按 (batch, seq_len) 手算:",
    torch.allclose(y_bn, (x - mean_bn) / torch.sqrt(var_bn + eps), atol=1e-5),
)

assert mean.numel() == batch * seq_len and mean_bn.numel() == hidden
assert torch.allclose(y_ln, (x - mean) / torch.sqrt(var + eps), atol=1e-5)
assert not torch.allclose(y_ln, whole_sample, atol=1e-3)
assert torch.allclose(nn.LayerNorm([seq_len, hidden]).to(device)(x), whole_sample, atol=1e-5)
assert direct_failed  # seq_len=5 与 hidden=8 不相等时报错
# seq_len 恰好等于 hidden 时不报错，BN 会静默地把 seq_len 当作通道：形状对，统计的维度却错了
square = torch.randn(batch, hidden, hidden).to(device)
assert bn(square).shape == square.shape
assert torch.allclose(y_bn, (x - mean_bn) / torch.sqrt(var_bn + eps), atol=1e-5)
