"""在模型末尾加 Softmax 再交给 CrossEntropyLoss：等于做了两次 softmax，损失有一个降不下去的下限。"""

import math

import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

digits = load_digits()
dataset = TensorDataset(torch.tensor(digits.data, dtype=torch.float32) / 16, torch.tensor(digits.target))
train_set, val_set = random_split(dataset, [1437, 360], generator=torch.Generator().manual_seed(0))
loss_fn = nn.CrossEntropyLoss()


def train_losses(model, epochs=10):
    loader = DataLoader(train_set, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    losses = []
    for _ in range(epochs):
        total = 0.0
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            optimizer.step()
            total += loss.item() * len(yb)
        losses.append(total / len(train_set))
    return losses


torch.manual_seed(0)
right = train_losses(nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10)))
torch.manual_seed(0)
wrong = train_losses(nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10), nn.Softmax(dim=1)))
print("输出 logits 的训练损失:", [round(v, 3) for v in right])
print("多加 Softmax 的训练损失:", [round(v, 3) for v in wrong])

# 输入已是概率（0..1）：最好的情况是正确类为 1、其余为 0，CrossEntropyLoss 再做一次 softmax
floor = -math.log(math.e / (math.e + 9))
print(f"多加 Softmax 时损失的下限: ln(1 + 9/e) = {floor:.4f}")

# 检查
assert min(wrong) > floor and right[-1] < floor
