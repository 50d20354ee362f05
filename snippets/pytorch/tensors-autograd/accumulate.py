"""梯度会累加：每次 backward() 都把新梯度加到 .grad 上，所以训练循环每一步都要先清零。"""

import torch
from torch import nn

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
for step in range(1, 4):
    y = (x**2).sum()  # 同样的函数、同样的 x，每次重新前向
    y.backward()
    print(f"第 {step} 次 backward 之后 x.grad =", x.grad)  # 2x、4x、6x：一直在累加

x.grad.zero_()  # 手动清零
(x**2).sum().backward()
print("清零后再 backward，x.grad =", x.grad)

# 在训练循环里，这件事由 optimizer.zero_grad() 负责
torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
inputs = torch.randn(4, 3)
for k in range(1, 3):
    model(inputs).sum().backward()  # 忘了清零，连续两次 backward
    print(f"第 {k} 次 backward 后 bias.grad =", model.bias.grad)  # 4 个输出之和对偏置的导数是 4
optimizer.zero_grad()  # 默认 set_to_none=True：把 .grad 设成 None
print("zero_grad() 之后 bias.grad =", model.bias.grad)

# 检查
assert torch.equal(x.grad, 2 * x.detach()) and model.bias.grad is None
