"""nn.MultiheadAttention 默认 batch_first=False：把 (batch, L, d) 传进去不报错，但注意力跨样本算了。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
batch, length, d_model, h = 2, 5, 12, 3
x = torch.randn(batch, length, d_model).to(device)  # (batch, L, d)
x_changed = x.clone()
x_changed[1] += 1.0  # 只改第 2 个样本

default = nn.MultiheadAttention(d_model, h).to(device)
print(f"默认 batch_first = {default.batch_first}：输入应是 (L, batch, d)")
explicit = nn.MultiheadAttention(d_model, h, batch_first=True).to(device)
explicit.load_state_dict(default.state_dict())  # 同一组权重，只差 batch_first

for name, mha in [("batch_first=False", default), ("batch_first=True", explicit)]:
    out, _ = mha(x, x, x)
    out_changed, _ = mha(x_changed, x_changed, x_changed)
    change = (out_changed[0] - out[0]).abs().max().item()  # 第 1 个样本的输出变了多少
    print(f"{name:17s} 输出形状 {tuple(out.shape)}，改第 2 个样本后第 1 个样本的输出最多变了 {change:.4f}")

# 检查：用默认的 batch_first=False，要先把输入转成 (L, batch, d)，结果才与 batch_first=True 相同
out_t, _ = default(x.transpose(0, 1), x.transpose(0, 1), x.transpose(0, 1))
assert torch.allclose(out_t.transpose(0, 1), explicit(x, x, x)[0], atol=1e-6)
