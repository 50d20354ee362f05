"""detach()：得到一个不再追踪梯度的张量，反向传播时把它当作常数。"""

import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
u = y.detach()  # 值和 y 一样，但从计算图上“剪”了下来
print(f"u = {u}  requires_grad={u.requires_grad}  与 y 共用内存: {'是' if u.data_ptr() == y.data_ptr() else '否'}")

(u * x).sum().backward()  # u 被当作常数：d(u·x)/dx = u
print("z = u * x  ⇒ x.grad =", x.grad)

x.grad = None
(y * x).sum().backward()  # 不 detach：z = x³，dz/dx = 3x²
print("z = y * x  ⇒ x.grad =", x.grad)

# 要把张量交给 NumPy 或 matplotlib，也先 detach
try:
    y.numpy()
except RuntimeError as e:
    print("y.numpy() 报错:", e)
print("y.detach().numpy() =", y.detach().numpy())

# 检查
assert torch.equal(x.grad, 3 * x.detach() ** 2)
