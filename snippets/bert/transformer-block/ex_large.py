"""练习：BERT-large 的一层（d=1024、16 个头、前馈 4096）有多少参数？24 层呢？"""

import torch
from torch import nn

d, heads, n_layers = 1024, 16, 24  # BERT-large：L=24、H=1024、A=16
with torch.device("meta"):
    block = nn.TransformerEncoderLayer(d, heads, 4 * d, activation="gelu", batch_first=True)

total = sum(p.numel() for p in block.parameters())
print(f"公式 12d² + 13d = 12×{d * d:,} + 13×{d} = {12 * d * d + 13 * d:,}")
print(f"实例化数出的一层: {total:,}")
print(f"{n_layers} 层编码器: {n_layers * total:,}")

# 检查
assert total == 12 * d * d + 13 * d == 12_596_224
