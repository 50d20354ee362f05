"""NLP 形状的三维输入 (N, L, H)：LayerNorm(H) 对每个 token 单独归一化；
BatchNorm1d 要求 (N, C, L)，需要先转置，它对每个 hidden 维度跨 batch 和 seq_len 两个维度求统计量。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

N, L, H = 2, 5, 8  # batch、seq_len、hidden
x = (torch.randn(N, L, H) * 2 + 3).to(device)
torch.set_printoptions(precision=2, sci_mode=False)

# LayerNorm(H)：只在最后一维上归一化，每个 token 各有一组均值和方差
per_token = nn.LayerNorm(H).to(device)(x).detach().cpu()
print("LayerNorm(H)，样本 0 各 token 的均值:", per_token[0].mean(dim=-1).round(decimals=2) + 0.0)
# 对比：整个样本 (L, H) 一起归一化是 LayerNorm([L, H])，Transformer 不这样用
whole = nn.LayerNorm([L, H]).to(device)(x).detach().cpu()
print("LayerNorm([L, H])，样本 0 各 token 的均值:", whole[0].mean(dim=-1).round(decimals=2) + 0.0)

# BatchNorm1d(H) 期望 (N, C, L)：直接传 (N, L, H)，它把第 2 维 L=5 当作通道
bn = nn.BatchNorm1d(H).to(device)
try:
    bn(x)
except RuntimeError as e:
    print("直接传 (N, L, H):", str(e).splitlines()[0])
y_bn = bn(x.transpose(1, 2)).transpose(1, 2).detach().cpu()  # (N, L, H) → (N, H, L) → BN → 转回
print("转置后 BN 输出每个 hidden 维度（跨 N×L =", N * L, "个数）的均值:", y_bn.mean(dim=(0, 1)).round(decimals=2) + 0.0)
print(f"统计量的组数: LayerNorm(H) 每个 token 一组，共 {N * L} 组；BatchNorm1d(H) 共 {bn.running_mean.numel()} 组")

# 检查：LN 等于按最后一维手算；BN 等于按 (N, L) 两维手算
x = x.cpu()
ln_manual = (x - x.mean(-1, keepdim=True)) / torch.sqrt(x.var(-1, unbiased=False, keepdim=True) + 1e-5)
bn_manual = (x - x.mean((0, 1))) / torch.sqrt(x.var((0, 1), unbiased=False) + 1e-5)
assert torch.allclose(per_token, ln_manual, atol=1e-5) and torch.allclose(y_bn, bn_manual, atol=1e-5)
# L 恰好等于 H 时不报错：BN 静默地把 seq_len 当作通道，形状对，统计的维度却错了
square = torch.randn(N, H, H).to(device)
assert bn(square).shape == square.shape
