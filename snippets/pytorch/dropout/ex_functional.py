"""练习：F.dropout 的 training 参数默认是 True，model.eval() 管不到它。"""

import torch
import torch.nn.functional as F
from torch import nn


class Buggy(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.2)  # 没传 training：永远按训练模式计算


class Fixed(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.2, training=self.training)  # 跟着 train() / eval() 走


torch.manual_seed(0)
x = torch.ones(8)
buggy, fixed = Buggy().eval(), Fixed().eval()
y_buggy, y_fixed = buggy(x), fixed(x)
print("Buggy, eval() 之后:", y_buggy)
print("Fixed, eval() 之后:", y_fixed)

# 检查
assert not buggy.training and (y_buggy == 0).any()
assert torch.equal(y_fixed, x)
