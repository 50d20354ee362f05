"""忘了 optimizer.zero_grad()：梯度一步步累加，更新越走越远。"""

import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

digits = load_digits()
dataset = TensorDataset(torch.tensor(digits.data, dtype=torch.float32) / 16, torch.tensor(digits.target))
train_set, val_set = random_split(dataset, [1437, 360], generator=torch.Generator().manual_seed(0))
X_val, y_val = dataset[val_set.indices]
loss_fn = nn.CrossEntropyLoss()

# 同一个 batch 连续 backward 两次，中间不清零：.grad 是累加的，不是覆盖的
torch.manual_seed(0)
layer = nn.Linear(64, 10)
xb, yb = dataset[:64]
grads = []
for k in range(1, 3):
    loss_fn(layer(xb), yb).backward()
    grads.append(layer.weight.grad.clone())
    print(f"第 {k} 次 backward 后 weight.grad 的范数: {grads[-1].norm():.4f}")


def fit(zero_grad, epochs=10):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
    loader = DataLoader(train_set, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    accs = []
    for _ in range(epochs):
        model.train()
        for xb, yb in loader:
            if zero_grad:
                optimizer.zero_grad()
            loss_fn(model(xb), yb).backward()
            optimizer.step()
        model.eval()
        with torch.no_grad():
            accs.append((model(X_val).argmax(dim=1) == y_val).float().mean().item())
    return accs


good, bad = fit(zero_grad=True), fit(zero_grad=False)
print("epoch  有 zero_grad  没有 zero_grad（验证准确率）")
for epoch, (a, b) in enumerate(zip(good, bad, strict=True), start=1):
    print(f"{epoch:5d}  {a:11.3f}  {b:13.3f}")

# 检查：第二次 backward 后梯度正好翻倍；不清零的那次最后比正确的差很多
assert torch.allclose(grads[1], 2 * grads[0])
assert bad[-1] < good[-1] - 0.2
