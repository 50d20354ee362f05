"""练习：损失里写的是 λ·||w||²（没有 1/2），它等价于 SGD 的 weight_decay 等于多少？"""

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.randn(8, 3).to(device)
y = torch.randn(8, 1).to(device)
w0 = torch.randn(3, 1).to(device)
lr, lam = 0.1, 0.05


def one_step(weight_decay, penalty):
    w = w0.clone().requires_grad_()
    opt = torch.optim.SGD([w], lr=lr, weight_decay=weight_decay)
    (((x @ w - y) ** 2).mean() + penalty * (w**2).sum()).backward()
    opt.step()
    return w.detach().cpu().flatten()


torch.set_printoptions(precision=4)
target = one_step(weight_decay=0.0, penalty=lam)  # 损失里加 λ·||w||²
print("损失加 λ||w||²:        ", target)
for wd in (lam, 2 * lam):
    print(f"SGD(weight_decay={wd}):", one_step(weight_decay=wd, penalty=0.0))

# 检查：∇(λ·||w||²) = 2λ·w，所以等价于 weight_decay = 2λ
assert torch.allclose(target, one_step(2 * lam, 0.0), atol=1e-6)
assert not torch.allclose(target, one_step(lam, 0.0), atol=1e-4)
