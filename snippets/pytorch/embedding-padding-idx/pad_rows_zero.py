"""nn.Embedding 是一张查找表；padding_idx 那一行初始化为全 0，pad 位置查到的向量也就是 0。"""

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, linewidth=120)
device = "cuda" if torch.cuda.is_available() else "cpu"

vocab_size, embed_dim = 100, 5
embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0).to(device)  # 权重在 CPU 上初始化，再搬到设备上
print(embedding)
print("权重的前 4 行（第 0 行是 pad）:")
print(embedding.weight[:4].detach().cpu())

# 一句话 3 个真实 token，补 3 个 pad（id 0）到长度 6
input_ids = torch.tensor([1, 2, 3, 0, 0, 0], device=device)
output = embedding(input_ids)
print("输出形状:", tuple(output.shape))
print(output.detach().cpu())

# 检查：查表就是按 id 取行；pad 位置全 0，真实 token 的行不是
assert torch.equal(output, embedding.weight[input_ids])
assert (embedding.weight[0] == 0).all() and (output[3:] == 0).all()
assert (output[:3] != 0).any(dim=1).all()
