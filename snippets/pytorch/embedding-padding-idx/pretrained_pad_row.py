"""padding_idx 只保证“pad 行初始化为 0、且不接收梯度”；加载的权重里 pad 行不是 0，输出也就不是 0。"""

import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

weight = torch.arange(12, dtype=torch.float32).reshape(4, 3)  # 第 0 行是 [0, 1, 2]，不是全 0
embedding = nn.Embedding.from_pretrained(weight, freeze=False, padding_idx=0).to(device)

output = embedding(torch.tensor([2, 0], device=device))  # 一个真实 token（id 2）和一个 pad
print("输出:")
print(output.detach().cpu())

output.sum().backward()
print("梯度:")
print(embedding.weight.grad.cpu())

# 检查
assert torch.equal(output[1].detach().cpu(), weight[0])  # pad 位置输出的是第 0 行本身，不是 0
assert (embedding.weight.grad[0] == 0).all()  # 但它依然不接收梯度
