"""nn.TransformerEncoderLayer 的默认值：batch_first=False，输入输出按 (seq, batch, d) 排；前馈维度 2048、激活 relu。"""

import inspect

import torch
from torch import nn

# 构造函数的默认值（activation 默认是函数 relu，打印它的名字）
for name, param in inspect.signature(nn.TransformerEncoderLayer).parameters.items():
    if name in ("dim_feedforward", "dropout", "activation", "batch_first", "norm_first"):
        print(f"{name:<16}默认 {getattr(param.default, '__name__', param.default)}")

torch.manual_seed(0)
x = torch.randn(2, 5, 16)  # (batch=2, seq=5, d=16)
seq_first = nn.TransformerEncoderLayer(d_model=16, nhead=4).eval()  # 全用默认值
batch_first = nn.TransformerEncoderLayer(d_model=16, nhead=4, batch_first=True).eval()
batch_first.load_state_dict(seq_first.state_dict())  # 同一套权重

with torch.no_grad():
    y_seq = seq_first(x.transpose(0, 1))  # 默认布局：先把 x 转成 (seq, batch, d)
    y_batch = batch_first(x)
print("默认布局的输入", tuple(x.transpose(0, 1).shape), "→ 输出", tuple(y_seq.shape))
print("batch_first=True 的输入", tuple(x.shape), "→ 输出", tuple(y_batch.shape))

# 检查：两种布局算的是同一件事，转置回来逐元素相等
assert torch.allclose(y_seq.transpose(0, 1), y_batch, atol=1e-6)
