"""逐元素运算与归约：+ 和 * 对相同位置的元素计算；sum、mean 沿某一维把它“压掉”。"""

import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
y = torch.tensor([[10.0, 20.0, 30.0], [40.0, 50.0, 60.0]])

print("x + y =", x + y, sep="\n")
print("x * y =", x * y, sep="\n")  # 逐元素相乘，不是矩阵乘法
print("x @ y.T =", x @ y.T, sep="\n")  # 矩阵乘法：(2, 3) @ (3, 2) → (2, 2)
print("x.sum()        =", x.sum())  # 所有元素的和，0 维张量
print("x.sum(dim=0)   =", x.sum(dim=0))  # 沿第 0 维（行的方向）求和：每列一个数
print("x.sum(dim=1)   =", x.sum(dim=1))  # 沿第 1 维求和：每行一个数
row_mean = x.mean(dim=1, keepdim=True)  # keepdim 保留被压掉的那一维，长度变成 1
print("x.mean(dim=1, keepdim=True) 的形状:", tuple(row_mean.shape))
print("每行减去本行均值 =", x - row_mean, sep="\n")  # (2, 3) - (2, 1)：下一节的“广播”

# 检查
assert x.sum(dim=0).shape == (3,) and x.sum(dim=1).shape == (2,) and (x @ y.T).shape == (2, 2)
assert torch.allclose((x - row_mean).sum(dim=1), torch.zeros(2))
