"""完整的训练循环：MLP 在手写数字上训练 10 个 epoch，每个 epoch 后在验证集上评估一次。"""

import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)  # 固定模型的初始权重
device = "cuda" if torch.cuda.is_available() else "cpu"

digits = load_digits()
dataset = TensorDataset(torch.tensor(digits.data, dtype=torch.float32) / 16, torch.tensor(digits.target))
train_set, val_set = random_split(dataset, [1437, 360], generator=torch.Generator().manual_seed(0))
train_loader = DataLoader(train_set, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0))
val_loader = DataLoader(val_set, batch_size=256)
train_eval_loader = DataLoader(train_set, batch_size=256)  # 用 epoch 末的参数把训练集重算一遍

model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10)).to(device)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.2)


def evaluate(loader):
    """在 loader 上算平均损失和准确率：不更新参数，也不记录计算图。"""
    model.eval()  # 推理模式：Dropout 不再置 0，BatchNorm 改用运行统计量
    total_loss, correct = 0.0, 0
    with torch.no_grad():
        for xb, yb in loader:
            xb, yb = xb.to(device), yb.to(device)
            logits = model(xb)
            total_loss += loss_fn(logits, yb).item() * len(yb)
            correct += (logits.argmax(dim=1) == yb).sum().item()
    return total_loss / len(loader.dataset), correct / len(loader.dataset)


print("epoch  训练损失  epoch 末重算  验证损失  验证准确率")
for epoch in range(1, 11):
    model.train()  # 训练模式（evaluate 把它切走了）
    total_loss = 0.0
    for xb, yb in train_loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()  # 1. 清掉上一步留下的梯度
        loss = loss_fn(model(xb), yb)  # 2. 前向：logits -> 损失
        loss.backward()  # 3. 反向：算出每个参数的梯度
        optimizer.step()  # 4. 沿负梯度更新参数
        total_loss += loss.item() * len(yb)
    train_loss = total_loss / len(train_set)  # 一边训练一边记下的各 batch 损失的平均
    end_loss, _ = evaluate(train_eval_loader)
    val_loss, val_acc = evaluate(val_loader)
    print(f"{epoch:5d}  {train_loss:8.3f}  {end_loss:12.3f}  {val_loss:8.3f}  {val_acc:10.3f}")
    if epoch == 1:
        first = (train_loss, end_loss, val_loss)

# 检查：第 1 个 epoch 边训边记的损失高于验证损失，但用 epoch 末的参数重算后不高于验证损失
assert first[0] > first[2] >= first[1]
assert val_acc > 0.9 and val_loss < 0.5
