"""查表得到 (batch, seq, dim)，但 PyTorch 自带的注意力和 Transformer 层默认 batch_first=False，要的是 (seq, batch, dim)。"""

import inspect

import torch
from torch import nn

torch.manual_seed(0)
input_ids = torch.tensor([[1, 2, 3, 0, 0, 0], [4, 5, 6, 7, 8, 9]])  # (batch=2, seq=6)
x = nn.Embedding(100, 8, padding_idx=0)(input_ids).detach()
print("查表后的形状 (batch, seq, dim):", tuple(x.shape))

for cls in (nn.MultiheadAttention, nn.TransformerEncoderLayer, nn.Transformer):
    print(f"{cls.__name__} 的默认 batch_first =", inspect.signature(cls).parameters["batch_first"].default)

attn = nn.MultiheadAttention(8, num_heads=2)  # 默认 batch_first=False
batch_first_attn = nn.MultiheadAttention(8, num_heads=2, batch_first=True)
batch_first_attn.load_state_dict(attn.state_dict())  # 两个模块用同一组权重

_, w_wrong = attn(x, x, x)  # 直接传 (2, 6, 8)：被当成 seq=2、batch=6，不报错
seq_first = x.transpose(0, 1)  # (seq, batch, dim) = (6, 2, 8)
out_t, w_t = attn(seq_first, seq_first, seq_first)
out_bf, w_bf = batch_first_attn(x, x, x)
print("默认模块直接传 (2, 6, 8)，注意力权重的形状:", tuple(w_wrong.shape), "← 6 个“句子”，每句 2 个位置")
print("默认模块传转置后的 (6, 2, 8)，注意力权重的形状:", tuple(w_t.shape))
print("batch_first=True 的模块传 (2, 6, 8)，注意力权重的形状:", tuple(w_bf.shape))

# 检查：转置后交给默认模块，与 batch_first=True 的结果相同
assert torch.allclose(out_t.transpose(0, 1), out_bf, atol=1e-6) and torch.allclose(w_t, w_bf, atol=1e-6)
