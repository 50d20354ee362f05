"""一颗骰子：按定义算期望和方差，再和一万次投掷的样本均值、样本方差对照。"""

import torch

# 随机变量 X = 掷一颗均匀骰子得到的点数，分布列 P(X = x) = 1/6
values = torch.arange(1, 7, dtype=torch.float64)
probs = torch.full((6,), 1 / 6, dtype=torch.float64)

mean = (values * probs).sum()  # E[X] = Σ x·P(X=x)
var = ((values - mean) ** 2 * probs).sum()  # Var(X) = E[(X − E[X])²]
var_alt = (values**2 * probs).sum() - mean**2  # 另一种写法：E[X²] − (E[X])²
print(f"定义：E[X] = {mean.item():.4f}，Var(X) = {var.item():.4f}，E[X²] − E[X]² = {var_alt.item():.4f}")

# 在 CPU 上用带种子的生成器抽样：任何机器上都得到同样的点数
g = torch.Generator().manual_seed(0)
rolls = torch.randint(1, 7, (10_000,), generator=g).double()
print("前 12 次投掷:", rolls[:12].int().tolist())
print(f"一万次投掷：样本均值 {rolls.mean().item():.4f}，样本方差 {rolls.var().item():.4f}")
print("各点数的频率:", [round(f, 4) for f in (torch.bincount(rolls.long(), minlength=7)[1:] / len(rolls)).tolist()])

# 检查：两种方差公式一致，样本值接近定义值 3.5 和 35/12
assert torch.isclose(var, var_alt) and torch.isclose(var, torch.tensor(35 / 12, dtype=torch.float64))
assert abs(rolls.mean().item() - 3.5) < 0.05 and abs(rolls.var().item() - 35 / 12) < 0.1
