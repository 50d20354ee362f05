"""练习：用 autograd 求 sigmoid 的导数，与解析式 σ(x)(1−σ(x)) 和有限差分对比。"""

import torch

x = torch.tensor([-2.0, 0.0, 2.0], dtype=torch.float64, requires_grad=True)
torch.sigmoid(x).sum().backward()

xd = x.detach()
s = torch.sigmoid(xd)
analytic = s * (1 - s)
h = 1e-6
central = (torch.sigmoid(xd + h) - torch.sigmoid(xd - h)) / (2 * h)

print("    x  autograd    σ(1−σ)  有限差分")
for row in zip(xd.tolist(), x.grad.tolist(), analytic.tolist(), central.tolist(), strict=True):
    print("  ".join(f"{v:8.6f}" if i else f"{v:5.1f}" for i, v in enumerate(row)))

# 检查
assert torch.allclose(x.grad, analytic) and torch.allclose(x.grad, central, atol=1e-8)
assert x.grad[1].item() == 0.25
