"""BN 先把预激活拉回 0 附近（远离 sigmoid 的饱和区），再由可学习的 γ、β 决定落在非线性函数的哪一段。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

x = (torch.randn(4096, 4) * 4 + 6).to(device)  # 均值 6、标准差 4 的预激活，4 个特征
bn = nn.BatchNorm1d(4).to(device)  # γ 初始为 1，β 初始为 0


def report(name, z):
    s = torch.sigmoid(z)
    saturated = ((s * (1 - s)) < 0.01).float().mean().item()  # 导数不到最大值 0.25 的 4%
    near_linear = (z.abs() < 1).float().mean().item()  # 这一段 sigmoid 近似线性
    print(f"{name}: 饱和比例 {saturated:.2f}，|z| < 1 的比例 {near_linear:.2f}")
    return saturated


before = report("归一化前", x)
after = report("归一化后（γ=1, β=0）", bn(x))

# γ、β 是可学习参数：取 γ = √(σ² + eps)、β = μ，BN 就变回恒等映射，输入又回到原来的区间
with torch.no_grad():
    bn.weight.copy_(torch.sqrt(x.var(dim=0, unbiased=False) + bn.eps))
    bn.bias.copy_(x.mean(dim=0))
restored = bn(x)
torch.set_printoptions(precision=2)
print("x 的前两行:\n", x[:2].cpu())
print("γ=σ、β=μ 时 BN 输出的前两行:\n", restored[:2].detach().cpu())

# 检查
assert before > 0.3 and after < 0.01
assert bn.weight.requires_grad and bn.bias.requires_grad
assert torch.allclose(restored, x, atol=1e-4)
