"""检查梯度：autograd 算出的导数，与手推的解析导数、有限差分三者对比。"""

import warnings

import matplotlib.pyplot as plt
import torch

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False


def f(x):
    return x**2 * torch.exp(-x)


def f_prime(x):  # 手推：乘积法则 (x²)' e⁻ˣ + x² (e⁻ˣ)' = (2x − x²) e⁻ˣ
    return (2 * x - x**2) * torch.exp(-x)


x = torch.tensor([-0.25, 0.5, 1.0, 2.0, 4.0], dtype=torch.float64, requires_grad=True)  # 数值检查用 float64
f(x).sum().backward()  # f(xᵢ) 只依赖 xᵢ，所以 sum 的梯度就是逐点的 f'(xᵢ)

h = 1e-6
with torch.no_grad():
    xd = x.detach()
    central = (f(xd + h) - f(xd - h)) / (2 * h)  # 中心差分，误差约 h²
    analytic = f_prime(xd)

print("     x    autograd    解析导数    有限差分")
for xi, g, a, c in zip(xd.tolist(), x.grad.tolist(), analytic.tolist(), central.tolist(), strict=True):
    print(f"{xi:6.2f}  {g:10.6f}  {a:10.6f}  {c:10.6f}")

# 画出 f 和 autograd 给出的 f'：f' 在 f 的极小值 x=0 和极大值 x=2 处为 0
grid = torch.linspace(-0.6, 5, 113, dtype=torch.float64, requires_grad=True)
f(grid).sum().backward()
fig, ax = plt.subplots(figsize=(6.4, 3.6))
ax.plot(grid.detach(), f(grid.detach()), label=r"$f(x) = x^2 e^{-x}$", linewidth=2)
ax.plot(grid.detach(), grid.grad, label=r"autograd 算出的 $f'(x)$", linewidth=2)
ax.plot(xd, central, "ko", label="有限差分", markersize=6)
ax.axhline(0, color="gray", linewidth=0.8)
ax.set_xlabel("$x$", fontsize=13)
ax.set_ylim(-1.5, 1.2)
ax.legend(fontsize=11, loc="lower right")
ax.tick_params(labelsize=11)
fig.tight_layout()
plt.savefig("grad_check.svg")

# 检查：三者一致，有限差分与 autograd 只差 1e-8 以内
assert torch.allclose(x.grad, analytic) and torch.allclose(x.grad, central, atol=1e-8)
# gradcheck 自动做同样的比较：输入要 float64 且 requires_grad=True，不一致时抛出 GradcheckError
assert torch.autograd.gradcheck(f, (x.detach().clone().requires_grad_(),))
# 换成 float32，有限差分的舍入误差太大，连正确的梯度也通不过（gradcheck 还会先发出警告）
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    assert not torch.autograd.gradcheck(f, (x.detach().float().requires_grad_(),), raise_exception=False)
