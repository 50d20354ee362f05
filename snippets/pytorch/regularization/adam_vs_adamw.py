"""Adam 的 weight_decay 是把 λ·w 加进梯度（L2 正则）；AdamW 是解耦的权重衰减 w ← w − lr·λ·w。两者不同。"""

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.randn(8, 3).to(device)
y = torch.randn(8, 1).to(device)
w0 = torch.randn(3, 1).to(device)
lr, lam = 0.1, 0.05
beta1, beta2, eps = 0.9, 0.999, 1e-8  # Adam 的默认值


def loss_grad(w):
    w = w.detach().clone().requires_grad_()
    ((x @ w - y) ** 2).mean().backward()
    return w.grad


def one_step(optimizer_cls, **kwargs):
    w = w0.clone().requires_grad_()
    opt = optimizer_cls([w], lr=lr, **kwargs)
    ((x @ w - y) ** 2).mean().backward()
    opt.step()
    return w.detach()


g = loss_grad(w0)


# 第 1 步的 Adam（t=1，做了偏差修正）：m̂ = g'，v̂ = g'²，步长 lr·g'/(|g'|+eps)
def adam_direction(grad):
    m_hat = (1 - beta1) * grad / (1 - beta1)
    v_hat = (1 - beta2) * grad**2 / (1 - beta2)
    return m_hat / (v_hat.sqrt() + eps)


# Adam(weight_decay=λ)：g' = g + λ·w，λ·w 也被自适应分母缩放
adam_l2 = one_step(torch.optim.Adam, weight_decay=lam)
manual_adam_l2 = w0 - lr * adam_direction(g + lam * w0)

# AdamW(weight_decay=λ)：先 w ← w − lr·λ·w，再用不含 λ 的梯度做 Adam 一步
adamw = one_step(torch.optim.AdamW, weight_decay=lam)
manual_adamw = w0 - lr * lam * w0 - lr * adam_direction(g)

print("Adam(weight_decay) 与手算 L2 版一致:", torch.allclose(adam_l2, manual_adam_l2, atol=1e-6))
print("AdamW 与手算 w − lr·λ·w − lr·Adam 步一致:", torch.allclose(adamw, manual_adamw, atol=1e-6))
print("Adam(weight_decay) 与 AdamW 一步后相同:", torch.allclose(adam_l2, adamw, atol=1e-6))
print("Adam(weight_decay) 与无衰减的 Adam 一步后相同:", torch.allclose(adam_l2, one_step(torch.optim.Adam), atol=1e-6))

# 在损失里加 (λ/2)||w||² 再用 Adam，与 Adam(weight_decay=λ) 完全一样：都是“L2 正则”
w = w0.clone().requires_grad_()
opt = torch.optim.Adam([w], lr=lr)
(((x @ w - y) ** 2).mean() + lam / 2 * (w**2).sum()).backward()
opt.step()
print("Adam + 损失里的 (λ/2)||w||² == Adam(weight_decay=λ):", torch.allclose(w.detach(), adam_l2, atol=1e-6))

# 新版 PyTorch 的 Adam 有 decoupled_weight_decay 参数，打开后就是 AdamW
adam_decoupled = one_step(torch.optim.Adam, weight_decay=lam, decoupled_weight_decay=True)
print("Adam(decoupled_weight_decay=True) == AdamW:", torch.allclose(adam_decoupled, adamw, atol=1e-7))

assert torch.allclose(adam_l2, manual_adam_l2, atol=1e-6)
assert torch.allclose(adamw, manual_adamw, atol=1e-6)
assert not torch.allclose(adam_l2, adamw, atol=1e-6)
# 第 1 步 Adam 的 m̂/√v̂ = sign(g')：只要 λ·w 不改变梯度的符号，L2 项对第一步毫无作用
assert torch.allclose(adam_l2, one_step(torch.optim.Adam), atol=1e-6)
assert torch.allclose(w.detach(), adam_l2, atol=1e-6)
assert torch.allclose(adam_decoupled, adamw, atol=1e-7)
