"""均匀分布 U(a, b)：均值 (a + b)/2，方差 (b − a)²/12；nn.Linear 的默认初始化就是它。"""

import torch
from torch import nn

g = torch.Generator().manual_seed(0)
n = 100_000

for a, b in [(0.0, 1.0), (2.0, 5.0), (-1.0, 1.0)]:
    u = torch.empty(n, dtype=torch.float64).uniform_(a, b, generator=g)  # torch.rand 就是 U(0, 1)
    print(
        f"U({a:g}, {b:g})：样本均值 {u.mean().item():.4f}（理论 {(a + b) / 2:.4f}），"
        f"样本方差 {u.var().item():.4f}（理论 {(b - a) ** 2 / 12:.4f}）"
    )

# nn.Linear(512, 256) 的权重 ~ U(−1/√512, 1/√512)，方差 (2/√512)²/12 = 1/(3·512)
torch.manual_seed(0)  # 模块的初始化用全局生成器
w = nn.Linear(512, 256).weight.detach()
print(f"nn.Linear(512, 256) 权重：最大绝对值 {w.abs().max().item():.4f}（1/√512 = {512**-0.5:.4f}）")
print(f"权重方差 × 3·512 = {(w.var() * 3 * 512).item():.3f}")

# 检查
assert w.abs().max().item() <= 512**-0.5
assert abs((w.var() * 3 * 512).item() - 1) < 0.02
