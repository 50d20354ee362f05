"""伯努利分布：取 1 的概率为 p，均值 p，方差 p(1 − p)；Dropout 的掩码就是一串伯努利变量。"""

import torch

g = torch.Generator().manual_seed(0)
n = 100_000

# Dropout(p=0.2)：每个元素独立地以概率 0.2 被丢弃（D = 1），保留掩码是 1 − D
drop = torch.bernoulli(torch.full((16,), 0.2), generator=g)
print("丢弃指示 D:", drop.int().tolist())
print("保留掩码  :", (1 - drop).int().tolist())

stats = {}
for p in [0.1, 0.2, 0.5, 0.9]:
    x = torch.bernoulli(torch.full((n,), p, dtype=torch.float64), generator=g)
    stats[p] = (x.mean().item(), x.var().item())
    print(f"p = {p}：样本均值 {stats[p][0]:.4f}，样本方差 {stats[p][1]:.4f}，p(1 − p) = {p * (1 - p):.4f}")

# 另一种抽法：U ~ U(0, 1) 小于 p 的概率正好是 p，所以 (U < p) ~ Bernoulli(p)
u = torch.rand(n, generator=g, dtype=torch.float64)
print(f"(U < 0.2) 的样本均值 {(u < 0.2).double().mean().item():.4f}")

# 检查：均值 ≈ p，方差 ≈ p(1 − p)
for p, (mean, var) in stats.items():
    assert abs(mean - p) < 0.01 and abs(var - p * (1 - p)) < 0.01
