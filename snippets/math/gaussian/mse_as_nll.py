"""MSE 就是高斯噪声假设下的负对数似然：两者只差一个正比例因子和一个常数。"""

import math

import torch
from torch.distributions import Normal

device = "cuda" if torch.cuda.is_available() else "cpu"

# 数据：y = 1.5x + 0.5 + 噪声，噪声 ~ N(0, σ²)，σ = 0.5
torch.manual_seed(0)
sigma = 0.5
x = torch.linspace(0, 4, 20, dtype=torch.float64)
y = (1.5 * x + 0.5 + sigma * torch.randn(20, dtype=torch.float64)).to(device)
x = x.to(device)

# 三组候选参数 (w, b)，模型的预测 ŷ = w·x + b
candidates = {"w=1.5, b=0.5": (1.5, 0.5), "w=1.2, b=1.0": (1.2, 1.0), "w=2.0, b=0.0": (2.0, 0.0)}
const = 0.5 * math.log(2 * math.pi * sigma**2)  # ½·ln(2πσ²)
print(f"σ = {sigma}，1/(2σ²) = {1 / (2 * sigma**2)}，½·ln(2πσ²) = {const:.4f}")
print(f"{'参数':12} {'MSE':>7} {'NLL':>7}  NLL − MSE/(2σ²)")
diffs = []
for name, (w, b) in candidates.items():
    pred = w * x + b
    mse = ((y - pred) ** 2).mean().item()
    nll = -Normal(pred, sigma).log_prob(y).mean().item()  # 每个样本的平均负对数似然
    print(f"{name:14} {mse:7.4f} {nll:7.4f}  {nll - mse / (2 * sigma**2):.4f}")
    diffs.append(nll - mse / (2 * sigma**2))

# 梯度也只差因子 1/(2σ²)：对 w、b 求导，比值处处相同
params = torch.tensor([1.2, 1.0], dtype=torch.float64, device=device, requires_grad=True)
pred = params[0] * x + params[1]
(g_mse,) = torch.autograd.grad(((y - pred) ** 2).mean(), params, retain_graph=True)
(g_nll,) = torch.autograd.grad(-Normal(pred, sigma).log_prob(y).mean(), params)
print("∂NLL/∂(w, b) ÷ ∂MSE/∂(w, b) =", [round(v, 6) for v in (g_nll / g_mse).cpu().tolist()])

# 检查：差值就是常数 ½·ln(2πσ²)，与参数无关；nn.GaussianNLLLoss(full=True) 在方差固定为 σ² 时给出同一个 NLL
assert all(abs(d - const) < 1e-12 for d in diffs)
loss = torch.nn.GaussianNLLLoss(full=True)(pred, y, torch.full_like(y, sigma**2))
assert abs(loss.item() + Normal(pred, sigma).log_prob(y).mean().item()) < 1e-12
assert torch.allclose(g_nll, g_mse / (2 * sigma**2))
