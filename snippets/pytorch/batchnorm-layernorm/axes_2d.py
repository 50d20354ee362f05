"""二维输入 (batch, features)：BatchNorm1d 按列（每个特征跨样本）归一化，LayerNorm 按行（每个样本跨特征）归一化。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

batch, features = 4, 6
# 在 CPU 上用固定种子生成，再搬到设备上；均值 3、标准差 2，归一化前后区别明显
x = (torch.randn(batch, features) * 2 + 3).to(device)

bn = nn.BatchNorm1d(features).to(device)  # 训练模式：用当前 batch 的统计量
ln = nn.LayerNorm(features).to(device)
eps = 1e-5  # 两者的默认 eps
assert bn.eps == eps and ln.eps == eps

# BN：每一列（同一个特征、不同样本）求均值和方差，方差是有偏的（除以 N）
mean_bn = x.mean(dim=0, keepdim=True)
var_bn = x.var(dim=0, unbiased=False, keepdim=True)
manual_bn = (x - mean_bn) / torch.sqrt(var_bn + eps)

# LN：每一行（同一个样本、不同特征）求均值和方差，同样是有偏方差
mean_ln = x.mean(dim=1, keepdim=True)
var_ln = x.var(dim=1, unbiased=False, keepdim=True)
manual_ln = (x - mean_ln) / torch.sqrt(var_ln + eps)

y_bn, y_ln = bn(x), ln(x)
print("输入形状:", tuple(x.shape))
print("BatchNorm1d == 按 dim=0 手算:", torch.allclose(y_bn, manual_bn, atol=1e-5))
print("LayerNorm   == 按 dim=1 手算:", torch.allclose(y_ln, manual_ln, atol=1e-5))
print("BN 输出每列均值为 0:", torch.allclose(y_bn.mean(dim=0), torch.zeros(features, device=device), atol=1e-5))
print("LN 输出每行均值为 0:", torch.allclose(y_ln.mean(dim=1), torch.zeros(batch, device=device), atol=1e-5))
print("BN 输出每列的有偏标准差:", y_bn.std(dim=0, unbiased=False).detach().cpu().round(decimals=3).tolist())
print("LN 输出每行的有偏标准差:", y_ln.std(dim=1, unbiased=False).detach().cpu().round(decimals=3).tolist())

assert torch.allclose(y_bn, manual_bn, atol=1e-5)
assert torch.allclose(y_ln, manual_ln, atol=1e-5)
# 反过来就不对：BN 不是按行、LN 不是按列
assert not torch.allclose(y_bn, manual_ln, atol=1e-3)
assert not torch.allclose(y_ln, manual_bn, atol=1e-3)
# BN 之后每列均值 0、方差约 1；LN 之后每行均值 0、方差约 1
assert torch.allclose(y_bn.mean(dim=0), torch.zeros(features, device=device), atol=1e-5)
assert torch.allclose(y_ln.mean(dim=1), torch.zeros(batch, device=device), atol=1e-5)
assert torch.allclose(y_bn.std(dim=0, unbiased=False), torch.ones(features, device=device), atol=1e-3)
assert torch.allclose(y_ln.std(dim=1, unbiased=False), torch.ones(batch, device=device), atol=1e-3)
