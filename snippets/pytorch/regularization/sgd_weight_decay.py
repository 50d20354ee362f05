"""SGD 的 weight_decay=λ 等价于在损失上加 (λ/2)·||w||²：两种写法走出完全相同的一步。"""

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.randn(8, 3).to(device)
y = torch.randn(8, 1).to(device)
w0 = torch.randn(3, 1).to(device)
lr, lam = 0.1, 0.05


def mse(w):
    return ((x @ w - y) ** 2).mean()


# 写法 1：优化器的 weight_decay（梯度上加 λ·w）
w1 = w0.clone().requires_grad_()
opt1 = torch.optim.SGD([w1], lr=lr, weight_decay=lam)
mse(w1).backward()
opt1.step()

# 写法 2：损失里显式加 L2 惩罚 (λ/2)·||w||²，优化器不设 weight_decay
w2 = w0.clone().requires_grad_()
opt2 = torch.optim.SGD([w2], lr=lr)
(mse(w2) + lam / 2 * (w2**2).sum()).backward()
opt2.step()

# 写法 3：按公式手算 w ← w − lr·(∇C0 + λ·w) = (1 − lr·λ)·w − lr·∇C0
w3 = w0.clone().requires_grad_()
grad = torch.autograd.grad(mse(w3), w3)[0]
manual = (1 - lr * lam) * w0 - lr * grad

print("weight_decay 与 (λ/2)||w||² 惩罚的更新相同:", torch.allclose(w1, w2, atol=1e-6))
print("与公式 (1 − lr·λ)·w − lr·∇C0 相同:", torch.allclose(w1, manual, atol=1e-6))
# 惩罚写成 λ·||w||²（没有 1/2）时，梯度多出一倍，就不再等价
w4 = w0.clone().requires_grad_()
opt4 = torch.optim.SGD([w4], lr=lr)
(mse(w4) + lam * (w4**2).sum()).backward()
opt4.step()
print("惩罚写成 λ||w||² 时也相同:", torch.allclose(w1, w4, atol=1e-6))

assert torch.allclose(w1, w2, atol=1e-6)
assert torch.allclose(w1, manual, atol=1e-6)
assert not torch.allclose(w1, w4, atol=1e-6)
