"""广播的陷阱：(3, 1) 的预测减去 (3,) 的目标，不报错，却得到一个 (3, 3) 的矩阵和一个错误的损失。"""

import warnings

import torch
import torch.nn.functional as F

pred = torch.tensor([[1.0], [2.0], [3.0]])  # 模型输出：nn.Linear(..., 1) 给出的形状是 (3, 1)
target = torch.tensor([1.0, 2.0, 4.0])  # 标签：形状 (3,)

diff = pred - target  # (3, 1) 与 (3,) 广播成 (3, 3)：每个预测减去了每个标签
print("pred - target 的形状:", tuple(diff.shape))
print("pred - target =", diff, sep="\n")
wrong = (diff**2).mean()
right = ((pred.squeeze(1) - target) ** 2).mean()  # 先把 (3, 1) 压成 (3,)
print(f"错误的 MSE: {wrong.item():.4f}（9 个差值的平均）")
print(f"正确的 MSE: {right.item():.4f}（3 个差值的平均）")

# F.mse_loss 会发出警告，但照样返回错误的值；手写的公式连警告都没有
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")  # Python 的默认规则：同一处代码的同一条警告只显示一次
    for _ in range(5):  # 像训练循环一样调用 5 次
        loss = F.mse_loss(pred, target)
print(f"F.mse_loss: {loss.item():.4f}，调用 5 次，警告 {len(caught)} 次：{caught[0].message}")

# 检查
assert torch.isclose(wrong, torch.tensor(21 / 9)) and torch.isclose(right, torch.tensor(1 / 3))
assert torch.isclose(loss, wrong) and len(caught) == 1
