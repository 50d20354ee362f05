"""在 f(w) = ½·λ·w²（λ = 2）上做梯度下降：学习率太小、合适、太大时 w 怎样变化。"""

from itertools import pairwise

import torch

torch.set_default_dtype(torch.float64)
lam = 2.0  # 曲率（二阶导）；f(w) = w²


def run(lr, steps=6):
    w = torch.tensor(1.0, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=lr)
    path = [w.item()]
    for _ in range(steps):
        loss = 0.5 * lam * w**2  # 梯度 λ·w
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()  # w ← w − lr·λ·w = (1 − lr·λ)·w
        path.append(w.item())
    return path


print("临界学习率 2/λ =", 2 / lam)
for lr, label in [(0.05, "太小"), (0.3, "合适"), (0.5, "最快"), (0.9, "偏大"), (1.1, "太大")]:
    path = run(lr)
    print(f"lr={lr:<4} {label}  每步乘 {1 - lr * lam:+.1f}:", " ".join(f"{v:+.4f}" for v in path))

# 检查：每一步都把 w 乘以 1 − lr·λ；lr > 2/λ 时 |w| 越来越大
for lr in [0.05, 0.3, 0.9, 1.1]:
    path = run(lr)
    assert all(abs(b - (1 - lr * lam) * a) < 1e-12 for a, b in pairwise(path))
assert abs(run(1.1)[-1]) > 1 > abs(run(0.9)[-1])
