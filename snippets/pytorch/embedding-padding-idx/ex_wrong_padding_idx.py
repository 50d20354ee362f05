"""练习：词表里 <pad> 的 id 是 1，建 Embedding 时却写了 padding_idx=0。"""

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, linewidth=120)

vocab = {"<unk>": 0, "<pad>": 1, "我": 2, "爱": 3, "猫": 4}
embedding = nn.Embedding(len(vocab), 3, padding_idx=0)  # 写错了：应该是 vocab["<pad>"]

input_ids = torch.tensor([2, 3, 0, 1, 1])  # 我 爱 <unk> <pad> <pad>
output = embedding(input_ids)
output.sum().backward()
print("输出（后两行是 pad）:")
print(output.detach())
print("梯度（按词表顺序）:")
print(embedding.weight.grad)

# 检查：pad 的向量不是 0 且会被训练；<unk> 反而成了全 0、学不到东西的那一行
assert (output[3:] != 0).any() and (embedding.weight.grad[1] == 2).all()
assert (output[2] == 0).all() and (embedding.weight.grad[0] == 0).all()
