"""手算 Adam 的一步：偏差修正让第一步的大小约等于 lr，与梯度的尺度无关。"""

import math

import torch

torch.set_default_dtype(torch.float64)
lr, beta1, beta2, eps = 0.1, 0.9, 0.999, 1e-8


def adam_step(w, g, m, v, t, correct=True):
    m = beta1 * m + (1 - beta1) * g  # 一阶矩：梯度的滑动平均（exp_avg）
    v = beta2 * v + (1 - beta2) * g**2  # 二阶矩：梯度平方的滑动平均（exp_avg_sq）
    m_hat = m / (1 - beta1**t) if correct else m  # 偏差修正：m、v 从 0 开始，前几步偏小
    v_hat = v / (1 - beta2**t) if correct else v
    return w - lr * m_hat / (math.sqrt(v_hat) + eps), m, v


print("第一步的梯度 g | torch.optim.Adam | 手算（有修正） | 手算（无修正）")
for g in [1e-3, 1.0, 1e3]:
    w = torch.tensor([0.0], requires_grad=True)
    optimizer = torch.optim.Adam([w], lr=lr, betas=(beta1, beta2), eps=eps)
    w.grad = torch.tensor([g])
    optimizer.step()
    with_fix, _, _ = adam_step(0.0, g, 0.0, 0.0, t=1)
    without_fix, _, _ = adam_step(0.0, g, 0.0, 0.0, t=1, correct=False)
    print(f"{g:>13g} | {w.item():16.6f} | {with_fix:14.6f} | {without_fix:14.6f}")
print("无修正的第一步是 lr 的", round((1 - beta1) / math.sqrt(1 - beta2), 4), "倍")

# 检查：连续 20 步、梯度随意变化时，手算与 torch.optim.Adam 一致
torch.manual_seed(0)
w_t = torch.tensor([0.5], requires_grad=True)
optimizer = torch.optim.Adam([w_t], lr=lr, betas=(beta1, beta2), eps=eps)
w, m, v = 0.5, 0.0, 0.0
for t in range(1, 21):
    g = torch.randn(1).item()
    w_t.grad = torch.tensor([g])
    optimizer.step()
    w, m, v = adam_step(w, g, m, v, t)
    assert abs(w_t.item() - w) < 1e-12
