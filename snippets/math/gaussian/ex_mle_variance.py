"""练习：用梯度下降最大化高斯似然，估计出的 σ² 是除以 N 还是除以 N − 1？"""

import torch
from torch.distributions import Normal

data = torch.tensor([2.0, 3.0, 5.0, 7.0, 8.0], dtype=torch.float64)
mu = torch.zeros((), dtype=torch.float64, requires_grad=True)
log_sigma = torch.zeros((), dtype=torch.float64, requires_grad=True)  # 优化 ln σ，保证 σ > 0
opt = torch.optim.LBFGS([mu, log_sigma], tolerance_grad=1e-12, tolerance_change=1e-15, line_search_fn="strong_wolfe")


def closure():
    opt.zero_grad()
    nll = -Normal(mu, log_sigma.exp()).log_prob(data).sum()
    nll.backward()
    return nll


for _ in range(5):
    opt.step(closure)

sigma2 = log_sigma.exp().item() ** 2
print(f"极大似然估计: μ = {mu.item():.4f}，σ² = {sigma2:.4f}")
print(f"除以 N 的方差（unbiased=False）: {data.var(unbiased=False).item():.4f}")
print(f"除以 N−1 的方差（unbiased=True）: {data.var(unbiased=True).item():.4f}")

# 检查：极大似然估计的方差除以 N
assert abs(mu.item() - data.mean().item()) < 1e-6
assert abs(sigma2 - data.var(unbiased=False).item()) < 1e-6
