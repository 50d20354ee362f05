"""nn.Dropout：训练模式下随机置 0 并把保留值放大 1/(1-p)；eval() 模式下原样输出。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

p = 0.2
x = torch.randn(1000).to(device)  # 在 CPU 上用固定种子生成，再搬到设备上
dropout = nn.Dropout(p).to(device)

# 训练模式（模块默认处于训练模式）
y = dropout(x)
kept = y != 0
print("training:", dropout.training)
print("保留值 == x / (1 - p):", torch.allclose(y[kept], x[kept] / (1 - p)))
print("放大倍数 1/(1-p) =", 1 / (1 - p))

# torch.no_grad() 只关梯度，不关 dropout
with torch.no_grad():
    y_no_grad = dropout(x)
print("no_grad 下仍有元素被置 0:", bool((y_no_grad == 0).any()))

# 推理模式：eval() 之后 dropout 是恒等映射
dropout.eval()
print("training:", dropout.training)
print("eval() 后输出 == 输入:", torch.equal(dropout(x), x))

assert torch.allclose(y[kept], x[kept] / (1 - p))
assert (y_no_grad == 0).any()
assert torch.equal(dropout(x), x)
