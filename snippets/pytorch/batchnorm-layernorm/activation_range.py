"""归一化与激活函数的“线性区”：BN 先把输入拉回 0 附近，再用可学习的 γ、β 决定落在非线性函数的哪一段。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

features = 4
# 均值 6、标准差 4 的预激活：大多落在 sigmoid 的饱和区
x = (torch.randn(4096, features) * 4 + 6).to(device)
bn = nn.BatchNorm1d(features).to(device)  # γ 初始为 1，β 初始为 0


def saturated_fraction(z):
    """sigmoid 的导数 σ(z)(1-σ(z)) 小于 0.01（最大值 0.25 的 4%）的比例。"""
    s = torch.sigmoid(z)
    return ((s * (1 - s)) < 0.01).float().mean().item()


def near_linear_fraction(z):
    """|z| < 1 的比例：这一段 sigmoid 近似线性（导数在 0.197 到 0.25 之间）。"""
    return (z.abs() < 1).float().mean().item()


y = bn(x)
print("归一化前: 饱和比例", round(saturated_fraction(x), 2), " |z|<1 的比例", round(near_linear_fraction(x), 2))
print("归一化后: 饱和比例", round(saturated_fraction(y), 2), " |z|<1 的比例", round(near_linear_fraction(y), 2))

# γ、β 是可学习参数：取 γ = sqrt(σ² + eps)、β = μ 时 BN 恢复原输入，也就能回到非线性区（Ioffe & Szegedy 2015 第 3 节）
with torch.no_grad():
    bn.weight.copy_(torch.sqrt(x.var(dim=0, unbiased=False) + bn.eps))
    bn.bias.copy_(x.mean(dim=0))
restored = bn(x)
print("γ、β 可学习:", bn.weight.requires_grad and bn.bias.requires_grad)
print("取 γ=σ、β=μ 时 BN 是恒等映射:", torch.allclose(restored, x, atol=1e-4))

assert saturated_fraction(x) > 0.3
assert saturated_fraction(y) < 0.01
assert near_linear_fraction(y) > 0.6
assert bn.weight.requires_grad and bn.bias.requires_grad
assert torch.allclose(restored, x, atol=1e-4)
