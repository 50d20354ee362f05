"""练习：batch_first 保持默认（False）时，把 (batch, seq, d) 的张量直接送进去，输出是什么形状？对吗？"""

import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 5, 16)  # 本意：2 句，每句 5 个 token
x_changed = x.clone()
x_changed[1] += 1.0  # 只改第 1 句

changes = {}
for batch_first in (False, True):
    torch.manual_seed(1)  # 两个层用同一套权重
    layer = nn.TransformerEncoderLayer(d_model=16, nhead=4, batch_first=batch_first).eval()
    with torch.no_grad():
        y, y_changed = layer(x), layer(x_changed)
    change = changes[batch_first] = (y_changed[0] - y[0]).abs().max().item()  # 第 0 句的输出变了多少
    print(f"batch_first={batch_first}: 输出形状 {tuple(y.shape)}，只改第 1 句后第 0 句输出的最大变化 {change:.4f}")

# 检查：默认布局不报错、形状不变，却把第 0 维当成了序列：两句话互相做了注意力
assert y.shape == x.shape
assert changes[False] > 0.1 and changes[True] < 1e-6
