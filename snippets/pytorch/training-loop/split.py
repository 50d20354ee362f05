"""固定的训练集/验证集划分，TensorDataset + DataLoader，每个 epoch 重新打乱。"""

import torch
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader, TensorDataset, random_split

digits = load_digits()
X = torch.tensor(digits.data, dtype=torch.float32) / 16  # 像素 0..16 缩放到 0..1
y = torch.tensor(digits.target)  # int64 的类别下标
dataset = TensorDataset(X, y)  # dataset[i] == (X[i], y[i])

# 用带种子的生成器划分：每次运行都是同样的 1437 张训练、360 张验证
train_set, val_set = random_split(dataset, [1437, 360], generator=torch.Generator().manual_seed(0))
print("训练集", len(train_set), "张，验证集", len(val_set), "张")
print("验证集每类张数:", torch.bincount(y[val_set.indices]).tolist())

train_loader = DataLoader(train_set, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0))
val_loader = DataLoader(val_set, batch_size=256)  # 验证集不用打乱
print(f"训练 batch 数 {len(train_loader)}（最后一个 {len(train_set) % 64} 张），验证 batch 数 {len(val_loader)}")

# 每次 iter(train_loader) 就是一个新的 epoch，顺序重新打乱
first_batches = [next(iter(train_loader)) for epoch in range(2)]
xb, yb = first_batches[0]
print("一个 batch:", tuple(xb.shape), xb.dtype, tuple(yb.shape), yb.dtype)
for epoch, (_, yb) in enumerate(first_batches, start=1):
    print(f"epoch {epoch} 第一个 batch 的前 12 个标签:", yb[:12].tolist())

# 检查：训练集与验证集不重叠，合起来正好是全部 1797 张
assert set(train_set.indices).isdisjoint(val_set.indices)
assert len(set(train_set.indices) | set(val_set.indices)) == len(dataset) == 1797
# 同一个种子的新 DataLoader 给出同样的顺序
again = DataLoader(train_set, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0))
assert torch.equal(next(iter(again))[1], first_batches[0][1])
