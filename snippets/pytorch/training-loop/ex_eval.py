"""评估时忘了 model.eval()：Dropout 还在随机置 0，同一个验证集每次得到不同的准确率。"""

import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
digits = load_digits()
dataset = TensorDataset(torch.tensor(digits.data, dtype=torch.float32) / 16, torch.tensor(digits.target))
train_set, val_set = random_split(dataset, [1437, 360], generator=torch.Generator().manual_seed(0))
X_val, y_val = dataset[val_set.indices]

model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Dropout(0.5), nn.Linear(64, 10))
loader = DataLoader(train_set, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0))
optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
loss_fn = nn.CrossEntropyLoss()
model.train()
for _ in range(10):
    for xb, yb in loader:
        optimizer.zero_grad()
        loss_fn(model(xb), yb).backward()
        optimizer.step()


def accuracy():
    with torch.no_grad():  # 只关掉梯度，不关 Dropout
        return round((model(X_val).argmax(dim=1) == y_val).float().mean().item(), 3)


print(f"model.training = {model.training}，连评三次:", [accuracy() for _ in range(3)])
model.eval()
print(f"model.training = {model.training}，连评三次:", [accuracy() for _ in range(3)])

# 检查：eval() 之后三次完全相同
assert len({accuracy() for _ in range(3)}) == 1
