"""练习：σ 改成 2 之后，NLL 与 MSE 的关系和最优参数会不会变？"""

import math

import torch
from torch.distributions import Normal

torch.manual_seed(0)
x = torch.linspace(0, 4, 20, dtype=torch.float64)
y = 1.5 * x + 0.5 + 0.5 * torch.randn(20, dtype=torch.float64)  # 数据与正文相同：真实噪声 σ = 0.5

sigma = 2.0  # 模型假设的 σ 换成 2
const = 0.5 * math.log(2 * math.pi * sigma**2)
print(f"σ = {sigma}，1/(2σ²) = {1 / (2 * sigma**2)}，½·ln(2πσ²) = {const:.4f}")
results = {}
for w, b in [(1.5, 0.5), (1.2, 1.0), (2.0, 0.0)]:
    pred = w * x + b
    mse = ((y - pred) ** 2).mean().item()
    nll = -Normal(pred, sigma).log_prob(y).mean().item()
    results[(w, b)] = (mse, nll)
    print(f"w={w}, b={b}:  MSE {mse:.4f}  NLL {nll:.4f}  NLL − MSE/(2σ²) = {nll - mse / (2 * sigma**2):.4f}")
print("按 MSE 排序:", sorted(results, key=lambda k: results[k][0]))
print("按 NLL 排序:", sorted(results, key=lambda k: results[k][1]))

# 检查：常数变了，排序（也就是最优参数）没变
assert all(abs(nll - mse / (2 * sigma**2) - const) < 1e-12 for mse, nll in results.values())
assert sorted(results, key=lambda k: results[k][0]) == sorted(results, key=lambda k: results[k][1])
