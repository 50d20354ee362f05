"""为什么除以 √d_k：q·k 的方差随 d_k 线性增长，分数越大 softmax 越接近 one-hot、梯度越小。"""

import torch

torch.manual_seed(0)
dtype = torch.float64

# q、k 的每个分量独立、均值 0、方差 1：q·k 是 d_k 项之和，方差为 d_k
print(" d_k   Var(q·k)   Var(q·k/√d_k)")
for d_k in (4, 64, 512):
    q, k = torch.randn(2, 10_000, d_k, dtype=dtype)
    dots = (q * k).sum(dim=-1)
    print(f"{d_k:4d} {dots.var().item():10.1f} {(dots / d_k**0.5).var().item():12.2f}")

# d_k = 512：一个 query 对 10 个 key
d_k = 512
q, k = torch.randn(1, d_k, dtype=dtype), torch.randn(10, d_k, dtype=dtype)
for name, scale in [("不缩放", 1.0), ("除以 √d_k", d_k**0.5)]:
    p = torch.softmax((q @ k.T / scale)[0], dim=0)
    jacobian = torch.diag(p) - torch.outer(p, p)  # softmax 的雅可比矩阵：饱和时接近 0
    print(f"{name:8s} 权重: {[round(x, 3) for x in p.tolist()]}")
    print(f"{'':9s} 最大权重 {p.max().item():.4f}，雅可比矩阵最大元素 {jacobian.abs().max().item():.2e}")

# 检查：不缩放时 softmax 几乎是 one-hot
assert torch.softmax((q @ k.T)[0], dim=0).max() > 0.99
