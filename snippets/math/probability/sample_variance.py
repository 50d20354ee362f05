"""样本方差除以 n 还是 n − 1：torch.var 默认 correction=1，np.var 默认 ddof=0。"""

import numpy as np
import torch

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

# 检查：torch 默认除以 n − 1，numpy 默认除以 n
assert torch.isclose(torch.var(x), ss / (n - 1)) and torch.isclose(torch.var(x, correction=0), ss / n)
assert np.isclose(np.var(x.numpy()), (ss / n).item())
assert torch.isclose(torch.std(x), torch.var(x).sqrt())
