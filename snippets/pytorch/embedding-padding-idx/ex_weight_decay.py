"""练习：pad 行没有梯度，但 AdamW 的权重衰减不需要梯度，非 0 的 pad 行照样会被缩小。"""

import torch
from torch import nn

weight = torch.arange(12, dtype=torch.float32).reshape(4, 3)  # 第 0 行（pad）是 [0, 1, 2]
embedding = nn.Embedding.from_pretrained(weight.clone(), freeze=False, padding_idx=0)  # clone：否则会原地改动 weight
optimizer = torch.optim.AdamW(embedding.parameters(), lr=0.1, weight_decay=0.5)

embedding(torch.tensor([2, 0])).sum().backward()
print("pad 行的梯度:", embedding.weight.grad[0])
optimizer.step()
print("一步之后的 pad 行:", embedding.weight[0].detach())

# 检查：AdamW 先把参数乘以 1 - lr × weight_decay = 0.95；pad 行的梯度是 0，Adam 那一步对它没有作用
assert torch.allclose(embedding.weight[0], weight[0] * (1 - 0.1 * 0.5))
