"""nn.Dropout：训练模式下随机置 0、把保留值放大 1/(1-p)；no_grad 不关它，eval() 才关。"""

import torch
from torch import nn

torch.manual_seed(17)
torch.set_printoptions(precision=4, linewidth=120)
device = "cuda" if torch.cuda.is_available() else "cpu"

p = 0.2
x = torch.randn(8).to(device)  # 在 CPU 上用固定种子生成，再搬到设备上
dropout = nn.Dropout(p).to(device)  # 新建的模块处于训练模式

y = dropout(x)
print("输入 x      :", x.cpu())
print("训练模式 y  :", y.cpu())
print("y / x       :", (y / x).cpu())

# torch.no_grad() 只停止记录梯度：dropout 照样随机置 0，而且每次调用都是新的掩码
with torch.no_grad():
    y_no_grad = dropout(x)
print("no_grad 下  :", y_no_grad.cpu())

# eval() 把 training 设为 False：dropout 变成恒等映射
dropout.eval()
print("eval() 之后 :", dropout(x).cpu())

# 检查
kept = y != 0
assert torch.allclose(y[kept], x[kept] / (1 - p))
assert (y_no_grad == 0).any()
assert torch.equal(dropout(x), x)
