"""二维输入 (batch, features)：BatchNorm1d 按列（每个特征跨样本）归一化，LayerNorm 按行（每个样本跨特征）归一化。"""

import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

# 3 个样本、4 个特征：第 i 行是 i × [1, 2, 3, 4]，第 j 列是 j × [1, 2, 3]
x = torch.outer(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.0, 2.0, 3.0, 4.0])).to(device)
bn = nn.BatchNorm1d(4).to(device)  # 训练模式：用当前 batch 的统计量；γ=1、β=0
ln = nn.LayerNorm(4).to(device)
y_bn, y_ln = bn(x).detach().cpu(), ln(x).detach().cpu()

torch.set_printoptions(precision=4, sci_mode=False)
print("输入 x:\n", x.cpu())
print("BatchNorm1d(4)，每列各自归一化:\n", y_bn)
print("LayerNorm(4)，每行各自归一化:\n", y_ln)
# 均值、标准差取 4 位小数（+ 0.0 把 -0.0 显示成 0.0）
print(
    "BN 输出每列的均值:", y_bn.mean(0).round(decimals=4) + 0.0, "标准差:", y_bn.std(0, unbiased=False).round(decimals=4)
)
print(
    "LN 输出每行的均值:", y_ln.mean(1).round(decimals=4) + 0.0, "标准差:", y_ln.std(1, unbiased=False).round(decimals=4)
)

# 检查：两个模块分别等于沿 dim=0、dim=1 手算（有偏方差，eps=1e-5），反过来不成立
x = x.cpu()
by_col = (x - x.mean(0)) / torch.sqrt(x.var(0, unbiased=False) + 1e-5)
by_row = (x - x.mean(1, keepdim=True)) / torch.sqrt(x.var(1, unbiased=False, keepdim=True) + 1e-5)
assert torch.allclose(y_bn, by_col, atol=1e-5) and torch.allclose(y_ln, by_row, atol=1e-5)
assert not torch.allclose(y_bn, by_row, atol=1e-2)
