"""padding_idx 那一行不接收梯度，训练中不会被更新。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

embedding = nn.Embedding(100, 5, padding_idx=0).to(device)
optimizer = torch.optim.SGD(embedding.parameters(), lr=0.1)

# id 1 出现两次、pad 出现两次
input_ids = torch.tensor([1, 2, 3, 1, 0, 0], device=device)
loss = embedding(input_ids).sum()
loss.backward()

grad = embedding.weight.grad
print("行 0（pad）的梯度:", grad[0].cpu().tolist())
print("行 1 的梯度:", grad[1].cpu().tolist())  # 出现两次，梯度累加为 2
print("行 2 的梯度:", grad[2].cpu().tolist())

optimizer.step()
print("更新后 weight[0] 仍全 0:", bool((embedding.weight[0] == 0).all()))

assert (grad[0] == 0).all()  # pad 行没有梯度，无论出现几次
assert (grad[1] == 2).all() and (grad[2] == 1).all()
assert (embedding.weight[0] == 0).all()
