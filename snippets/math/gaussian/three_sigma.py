"""68–95–99.7 规则：落在 μ ± kσ 内的概率，与 μ、σ 无关。"""

import math

import torch
from torch.distributions import Normal

device = "cuda" if torch.cuda.is_available() else "cpu"

rule = {1: 0.6827, 2: 0.9545, 3: 0.9973}  # 四舍五入到 4 位小数
table = []
for mu, sigma in [(0.0, 1.0), (-2.0, 0.5), (10.0, 3.0)]:
    dist = Normal(
        torch.tensor(mu, dtype=torch.float64, device=device), torch.tensor(sigma, dtype=torch.float64, device=device)
    )
    probs = []
    for k in (1, 2, 3):
        # P(μ − kσ < X < μ + kσ) = F(μ + kσ) − F(μ − kσ)，F 是累积分布函数
        lo = torch.tensor(mu - k * sigma, dtype=torch.float64, device=device)
        hi = torch.tensor(mu + k * sigma, dtype=torch.float64, device=device)
        p = (dist.cdf(hi) - dist.cdf(lo)).item()
        probs.append(p)
    table.append(probs)
    print(f"μ = {mu:5.1f}, σ = {sigma}:", "  ".join(f"±{k}σ: {p:.4f}" for k, p in zip((1, 2, 3), probs, strict=True)))

# 标准正态：两侧 1.96σ 之外的概率约 5%（常用的 95% 置信区间）
std = Normal(0.0, 1.0)
p196 = (std.cdf(torch.tensor(1.96)) - std.cdf(torch.tensor(-1.96))).item()
print("P(|Z| < 1.96) =", round(p196, 4))

# 检查：与 μ、σ 无关，并且等于闭式解 erf(k/√2)
for probs in table:
    for k, p in zip((1, 2, 3), probs, strict=True):
        assert round(p, 4) == rule[k]
        assert abs(p - math.erf(k / math.sqrt(2))) < 1e-12
assert round(p196, 3) == 0.950
