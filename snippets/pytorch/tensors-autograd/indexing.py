"""索引与切片：和 Python 列表一样从 0 开始、左闭右开，只是每一维都能切。"""

import torch

x = torch.arange(12).reshape(3, 4)
print("x =", x, sep="\n")
print("x[1]       =", x[1])  # 第 1 行
print("x[1, 2]    =", x[1, 2], "→ .item():", x[1, 2].item())  # 一个元素仍是 0 维张量
print("x[:, 2]    =", x[:, 2])  # 第 2 列
print("x[-1]      =", x[-1])  # 最后一行
print("x[0:2, 1:3] =", x[0:2, 1:3], sep="\n")  # 前两行、第 1、2 列
print("x[:, ::2]  =", x[:, ::2], sep="\n")  # 每隔一列
print("x[x > 6]   =", x[x > 6])  # 布尔掩码：取出所有大于 6 的元素，结果是一维的
print("x[[0, 2]]  =", x[[0, 2]], sep="\n")  # 用下标列表取第 0、2 行

x[:, 0] = -1  # 对切片赋值，会改写 x 本身
print("把第 0 列赋为 -1 之后 x =", x, sep="\n")

# 检查
assert x[1:, 1:].shape == (2, 3) and x[x > 6].ndim == 1
assert x[1, 2].ndim == 0
