"""正态分布的密度公式：与 torch.distributions.Normal 对照，并用数值积分检查它的性质。"""

import math

import torch
from torch.distributions import Normal

device = "cuda" if torch.cuda.is_available() else "cpu"


def gaussian_pdf(x, mu, sigma):
    """f(x) = 1 / (σ√(2π)) · exp(−(x−μ)² / (2σ²))，σ 是标准差。"""
    return torch.exp(-((x - mu) ** 2) / (2 * sigma**2)) / (sigma * math.sqrt(2 * math.pi))


params = [(0.0, 1.0), (0.0, 0.5), (0.0, 2.0), (-2.0, 1.0), (3.0, 0.3)]
rows = []
print(" μ     σ    积分    均值    方差    峰高    1/(σ√(2π))")
for mu, sigma in params:
    # 网格取 μ ± 10σ，两侧之外的概率小于 1e-22，可以忽略
    x = torch.linspace(mu - 10 * sigma, mu + 10 * sigma, 20001, dtype=torch.float64).to(device)
    f = gaussian_pdf(x, mu, sigma)
    # 注意：Normal(loc, scale) 的第二个参数是标准差 σ，不是方差 σ²
    loc, scale = torch.tensor([mu, sigma], dtype=torch.float64, device=device)
    f_torch = Normal(loc, scale).log_prob(x).exp()

    total = torch.trapezoid(f, x).item()  # 梯形法数值积分
    mean = torch.trapezoid(x * f, x).item()
    var = torch.trapezoid((x - mean) ** 2 * f, x).item()
    peak = f.max().item()
    peak_formula = 1 / (sigma * math.sqrt(2 * math.pi))
    print(
        f"{mu:4.1f}  {sigma:3.1f}  {total:.4f}  {round(mean, 3) + 0.0:6.3f}  {var:6.3f}  {peak:.4f}  {peak_formula:.4f}"
    )
    rows.append((mu, sigma, f, f_torch, total, mean, var, peak, peak_formula, x[f.argmax()].item()))

# Normal 的第二个参数是标准差：Normal(0, 2) 的方差是 4，不是 2
n = Normal(0.0, 2.0)
print(f"Normal(0, 2)：stddev = {n.stddev.item()}，variance = {n.variance.item()}")

# 检查
for mu, sigma, f, f_torch, total, mean, var, peak, peak_formula, argmax in rows:
    assert torch.allclose(f, f_torch, rtol=1e-10, atol=1e-12)  # 公式与 PyTorch 的实现逐点一致
    assert abs(total - 1) < 1e-4  # 密度积分为 1
    assert abs(mean - mu) < 1e-4  # 期望是 μ：决定曲线的位置
    assert abs(var - sigma**2) < 1e-4  # 方差是 σ²，标准差是 σ
    assert abs(peak - peak_formula) < 1e-6 and abs(argmax - mu) < 1e-9  # 峰在 x = μ，峰高 1/(σ√(2π))
assert n.variance.item() == 4.0
