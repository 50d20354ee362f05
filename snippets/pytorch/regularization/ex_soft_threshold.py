"""练习：软阈值 w ← sign(z)·max(|z| − τ, 0)。τ = lr·λ = 0.1 时，先预测每个分量的结果。"""

import torch

z = torch.tensor([0.8, -0.05, 0.02, -1.2, 0.1])  # 走完一步梯度之后的权重
tau = 0.1
w = torch.sign(z) * torch.clamp(z.abs() - tau, min=0)

torch.set_printoptions(precision=2)
print("z:          ", z)
print("软阈值之后: ", w + 0.0)  # + 0.0 把 -0.0 显示成 0.0
print("恰好为 0 的个数:", int((w == 0).sum()))

# 检查：|z| ≤ τ 的分量恰好为 0，其余分量朝 0 移动 τ
assert torch.allclose(w, torch.tensor([0.7, 0.0, 0.0, -1.1, 0.0]))
assert (w[z.abs() <= tau] == 0).all()
