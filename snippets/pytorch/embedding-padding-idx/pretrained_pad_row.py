"""padding_idx 只保证“pad 行初始化为 0、且不更新”；加载的权重里 pad 行不是 0，输出也就不是 0。"""

import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

weight = torch.arange(12, dtype=torch.float32).reshape(4, 3)  # 第 0 行是 [0, 1, 2]，不是全 0
embedding = nn.Embedding.from_pretrained(weight, freeze=False, padding_idx=0).to(device)

output = embedding(torch.tensor([2, 0], device=device))
print(output.detach().cpu())

output.sum().backward()
print("行 0 的梯度:", embedding.weight.grad[0].cpu().tolist())

assert output[1].abs().sum() > 0  # pad 位置输出的是第 0 行本身，不是 0
assert (embedding.weight.grad[0] == 0).all()  # 但它依然不接收梯度
