"""backward() 只能直接用在标量上：对向量输出，先求和（或传入 gradient 参数）。"""

import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2  # 向量，形状 (3,)

try:
    y.backward()
except RuntimeError as e:
    print("y.backward() 报错:", e)

y.sum().backward()  # sum 的梯度是全 1，于是 x.grad[i] = dy[i]/dx[i]
print("y.sum().backward() 之后 x.grad =", x.grad)

x.grad = None  # 清空，再用另一种写法
y = x**2
y.backward(gradient=torch.ones_like(y))  # 等价写法：手动给出“上游梯度”全 1
print("y.backward(gradient=ones) 之后 x.grad =", x.grad)

# 检查
assert torch.equal(x.grad, 2 * x.detach())
