"""二项分布：n 个独立的 Bernoulli(p) 相加，均值 np，方差 np(1 − p)。"""

import torch
from torch.distributions import Binomial

g = torch.Generator().manual_seed(0)
n, p, trials = 10, 0.2, 100_000

# 每一行是 10 个独立的伯努利变量（例如 Dropout(0.2) 作用于 10 个元素时的丢弃指示），按行求和得到 K
drops = torch.bernoulli(torch.full((trials, n), p, dtype=torch.float64), generator=g)
k = drops.sum(dim=1)
print("前 8 次的 K:", k[:8].int().tolist())
print(f"K 的样本均值 {k.mean().item():.4f}，样本方差 {k.var().item():.4f}")

dist = Binomial(total_count=n, probs=torch.tensor(p, dtype=torch.float64))
print(f"Binomial({n}, {p})：mean {dist.mean.item():.4f}，variance {dist.variance.item():.4f}")
freq = torch.bincount(k.long(), minlength=n + 1).double() / trials
pmf = dist.log_prob(torch.arange(n + 1, dtype=torch.float64)).exp()
for j in range(5):
    print(f"P(K = {j})：频率 {freq[j].item():.4f}，公式 {pmf[j].item():.4f}")

# 检查：均值 np = 2，方差 np(1 − p) = 1.6；每个 k 的频率与公式相差不到 0.005
assert abs(k.mean().item() - n * p) < 0.02 and abs(k.var().item() - n * p * (1 - p)) < 0.03
assert torch.allclose(freq, pmf, atol=0.005)
