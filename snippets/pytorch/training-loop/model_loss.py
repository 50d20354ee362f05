"""两个小模型输出 10 个 logits；CrossEntropyLoss 直接吃 logits，内部自己做 log-softmax。"""

import math

import torch
from sklearn.datasets import load_digits
from torch import nn

digits = load_digits()
xb = torch.tensor(digits.data[:64], dtype=torch.float32) / 16  # 前 64 张当作一个 batch
yb = torch.tensor(digits.target[:64])

torch.manual_seed(0)
softmax_regression = nn.Linear(64, 10)  # 64 个像素 -> 10 个类别的分数
mlp = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))  # 多一个 64 维的隐藏层
for name, model in [("softmax 回归", softmax_regression), ("MLP", mlp)]:
    n_params = sum(p.numel() for p in model.parameters())
    print(f"{name}: {n_params} 个参数，输出形状 {tuple(model(xb).shape)}")

logits = mlp(xb)
print("第 0 张的 logits:", [round(v, 2) for v in logits[0].tolist()])
probs = logits.softmax(dim=1)
print("softmax 之后:", [round(v, 3) for v in probs[0].tolist()])

loss_fn = nn.CrossEntropyLoss()  # 默认对 batch 取平均
loss = loss_fn(logits, yb)  # 传 logits 和类别下标，不要先做 softmax
by_hand = -logits.log_softmax(dim=1)[torch.arange(64), yb].mean()
print(f"CrossEntropyLoss: {loss.item():.4f}，手算 -log p(正确类) 的平均: {by_hand.item():.4f}")
print(f"随机猜 10 类的损失 ln 10 = {math.log(10):.4f}")

# 检查
assert torch.allclose(loss, by_hand)
assert torch.allclose(probs.sum(dim=1), torch.ones(64))
assert abs(loss.item() - math.log(10)) < 0.1  # 刚初始化的模型和随机猜差不多
