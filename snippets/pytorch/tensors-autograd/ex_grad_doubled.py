"""练习：梯度累积时每个小 batch 的损失已经是平均值，不除以小 batch 的个数，梯度就变成两倍。"""

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
chunks = list(zip(x.split(4), y.split(4), strict=True))  # 两个 4 个样本的小 batch


def weight_grad(step):
    model.zero_grad()
    step()
    return model.weight.grad.clone()


def full():  # 整批 8 个样本算一次
    F.mse_loss(model(x), y).backward()


def accumulate_buggy():  # 每个小 batch 的平均损失直接 backward，梯度累加
    for xb, yb in chunks:
        F.mse_loss(model(xb), yb).backward()


def accumulate_fixed():  # 每个小 batch 的损失除以小 batch 的个数
    for xb, yb in chunks:
        (F.mse_loss(model(xb), yb) / len(chunks)).backward()


g_full, g_buggy, g_fixed = weight_grad(full), weight_grad(accumulate_buggy), weight_grad(accumulate_fixed)
print("整批一次         :", g_full.round(decimals=4))
print("两个小 batch 累加:", g_buggy.round(decimals=4))
print("损失先除以 2     :", g_fixed.round(decimals=4))
print("累加 / 整批      :", (g_buggy / g_full).round(decimals=4))

# 检查
assert torch.allclose(g_buggy, 2 * g_full, atol=1e-6) and torch.allclose(g_fixed, g_full, atol=1e-6)
