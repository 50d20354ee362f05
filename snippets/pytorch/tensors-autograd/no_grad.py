"""torch.no_grad()：块里的运算不记录计算图，用在推理和手动更新参数时。"""

import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

y = w * 2
with torch.no_grad():
    y_ng = w * 2  # 值相同，但不记录计算图
print(f"块外: requires_grad={y.requires_grad}  grad_fn={type(y.grad_fn).__name__}")
print(f"块内: requires_grad={y_ng.requires_grad}  grad_fn={y_ng.grad_fn}")

# 手动走一步梯度下降：w ← w − lr·grad。这一步本身不该进入计算图
(w**2).sum().backward()
try:
    w -= 0.1 * w.grad  # 在 no_grad 之外原地修改需要梯度的叶子张量
except RuntimeError as e:
    print("块外更新报错:", e)
with torch.no_grad():
    w -= 0.1 * w.grad
print("no_grad 里更新后 w =", w)  # w - 0.1 * 2w = 0.8w

# 检查
assert torch.allclose(w.detach(), torch.tensor([0.8, 1.6, 2.4])) and w.requires_grad and w.is_leaf
