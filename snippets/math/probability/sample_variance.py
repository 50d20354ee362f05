"""样本方差除以 n 还是 n − 1：torch.var 默认 correction=1，np.var 默认 ddof=0，BatchNorm 两种都用。"""

import numpy as np
import torch
from torch import nn

x = torch.tensor([1.0, 3.0, 4.0, 6.0, 6.0], dtype=torch.float64)  # 5 次投掷
n = len(x)
x_bar = x.mean()
ss = ((x - x_bar) ** 2).sum()  # 离差平方和 Σ(x_i − x̄)²
print(f"n = {n}，样本均值 {x_bar.item():.2f}，离差平方和 {ss.item():.2f}")
print(f"除以 n − 1 = {n - 1}：{(ss / (n - 1)).item():.4f}，除以 n = {n}：{(ss / n).item():.4f}")

print("torch.var(x)               :", round(torch.var(x).item(), 4))
print("torch.var(x, correction=0) :", round(torch.var(x, correction=0).item(), 4))
print("torch.std(x)               :", round(torch.std(x).item(), 4))
print("np.var(x)                  :", round(float(np.var(x.numpy())), 4))
print("np.var(x, ddof=1)          :", round(float(np.var(x.numpy(), ddof=1)), 4))

# BatchNorm 训练时用除以 n 的方差归一化，running_var 里存的却是除以 n − 1 的无偏估计
bn = nn.BatchNorm1d(1, momentum=1.0, dtype=torch.float64)  # momentum=1：running_var 直接换成本 batch 的估计
out = bn(x.view(n, 1)).flatten()  # 5 个样本、1 个特征；新建的模块处于训练模式
print("BatchNorm1d 训练模式的输出 :", [round(v, 4) for v in out.tolist()])
print("(x − x̄)/√3.6               :", [round(v, 4) for v in ((x - x_bar) / (ss / n).sqrt()).tolist()])
print("bn.running_var             :", round(bn.running_var.item(), 4))

# 检查：torch 默认除以 n − 1，numpy 默认除以 n；BatchNorm 用除以 n 的方差归一化、存除以 n − 1 的方差
assert torch.isclose(torch.var(x), ss / (n - 1)) and torch.isclose(torch.var(x, correction=0), ss / n)
assert np.isclose(np.var(x.numpy()), (ss / n).item())
assert torch.isclose(torch.std(x), torch.var(x).sqrt())
assert torch.isclose(torch.var(x, unbiased=False), ss / n)  # 旧参数 unbiased 仍可用
assert torch.allclose(out, (x - x_bar) / (ss / n + bn.eps).sqrt()) and torch.isclose(bn.running_var, ss / (n - 1))
