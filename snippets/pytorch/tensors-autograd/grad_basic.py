"""自动求导：requires_grad=True 让 PyTorch 记下计算过程（grad_fn），对标量调用 backward() 得到梯度。"""

import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)  # 叶子张量：要对它求梯度
u = x**2  # 每一步运算都记下“怎样求导”：grad_fn
y = u.sum()  # 标量 y = x₁² + x₂² + x₃²

for name, t in [("x", x), ("u", u), ("y", y)]:
    fn = type(t.grad_fn).__name__ if t.grad_fn is not None else None
    print(f"{name}: requires_grad={t.requires_grad}  is_leaf={t.is_leaf!s:5}  grad_fn={fn}")

# 沿 grad_fn 往回走，就是反向传播要经过的计算图
chain, fn = [], y.grad_fn
while fn is not None:
    chain.append(type(fn).__name__)
    fn = fn.next_functions[0][0] if fn.next_functions else None
print("计算图（从 y 往回）:", " → ".join(chain))

print("backward 之前 x.grad =", x.grad)
y.backward()  # 从 y 出发，按链式法则把 dy/dx 累加进 x.grad
print("backward 之后 x.grad =", x.grad)  # dy/dxᵢ = 2xᵢ

# 检查
assert torch.equal(x.grad, 2 * x.detach())
assert chain == ["SumBackward0", "PowBackward0", "AccumulateGrad"]
