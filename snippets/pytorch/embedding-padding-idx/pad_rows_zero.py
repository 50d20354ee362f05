"""nn.Embedding 的 padding_idx：pad 位置查到的向量全为 0。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

vocab_size, embed_dim = 100, 5
embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0).to(device)

# 一句话 3 个真实 token，补 3 个 pad（id 0）到长度 6
input_ids = torch.tensor([1, 2, 3, 0, 0, 0], device=device)
output = embedding(input_ids)

print(output.shape)
print(output.detach().cpu().round(decimals=4))
print(embedding)
print("每个位置是否全 0:", (output == 0).all(dim=1).tolist())
print("weight[0] 全 0:", bool((embedding.weight[0] == 0).all()))

# 页面上的断言：pad 行全 0，真实 token 的行不是
assert (output[3:] == 0).all()
assert (output[:3] != 0).any(dim=1).all()
assert (embedding.weight[0] == 0).all()
