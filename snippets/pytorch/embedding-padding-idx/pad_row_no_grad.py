"""padding_idx 那一行不接收梯度，训练中不会被更新。"""

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, linewidth=120)
device = "cuda" if torch.cuda.is_available() else "cpu"

embedding = nn.Embedding(100, 5, padding_idx=0).to(device)
optimizer = torch.optim.SGD(embedding.parameters(), lr=0.1)
before = embedding.weight[:4].detach().clone()

# id 1 出现两次、pad（id 0）也出现两次
input_ids = torch.tensor([1, 2, 3, 1, 0, 0], device=device)
loss = embedding(input_ids).sum()
loss.backward()
print("梯度的前 4 行（第 0 行是 pad）:")
print(embedding.weight.grad[:4].cpu())

optimizer.step()  # w ← w - 0.1 × grad
print("一步 SGD 后，权重的变化 (after - before):")
print((embedding.weight[:4].detach() - before).cpu())

# 检查
grad = embedding.weight.grad
assert (grad[0] == 0).all()  # pad 行没有梯度，无论出现几次
assert (grad[1] == 2).all() and (grad[2] == 1).all()
assert (embedding.weight[0] == 0).all()
