"""练习：768 个单元做 Dropout(p=0.1)，被丢弃的个数 K ~ Binomial(768, 0.1)。"""

import torch

g = torch.Generator().manual_seed(0)
n, p, calls = 768, 0.1, 10_000

# 每一行是一次调用的丢弃指示（1 = 丢弃），在 CPU 上用带种子的生成器抽
k = torch.bernoulli(torch.full((calls, n), p, dtype=torch.float64), generator=g).sum(dim=1)
mu, sd = n * p, (n * p * (1 - p)) ** 0.5
print(f"理论：E[K] = np = {mu:.1f}，标准差 √(np(1 − p)) = {sd:.2f}")
print(f"一万次调用：平均 {k.mean().item():.2f}，标准差 {k.std().item():.2f}，最少 {int(k.min())}，最多 {int(k.max())}")
print(f"恰好丢弃 77 个的比例 {(k == 77).double().mean().item():.4f}")
print(f"落在 E[K] ± 2 个标准差内的比例 {((k - mu).abs() <= 2 * sd).double().mean().item():.3f}")

# 检查
assert abs(k.mean().item() - mu) < 0.3 and abs(k.std().item() - sd) < 0.2
