"""三种常用初始化的权重方差 × n_in，以及 10 层 tanh 网络里激活值的标准差怎样逐层变化。"""

import torch
from torch import nn

torch.manual_seed(0)
inits = {
    "nn.Linear 默认": lambda w: None,  # reset_parameters：kaiming_uniform_(a=√5)，即 U(−1/√n_in, 1/√n_in)
    "Kaiming normal": lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu"),  # 默认 mode="fan_in"
    "Xavier normal": lambda w: nn.init.xavier_normal_(w),
}
n_in, n_out = 512, 256  # 非方阵，才看得出 Xavier 同时用到 n_in 和 n_out
theory = [1 / 3, 2, 2 * n_in / (n_in + n_out)]  # 方差分别是 1/(3n_in)、2/n_in、2/(n_in + n_out)
print(f"Linear({n_in}, {n_out}) 的权重方差 × n_in")
measured = {}
for (name, init), expected in zip(inits.items(), theory, strict=True):
    w = nn.Linear(n_in, n_out, bias=False, dtype=torch.float64).weight.detach()
    init(w)
    measured[name] = w.var().item() * n_in
    print(f"  {name:15} 实测 {measured[name]:.3f}   理论 {expected:.3f}")

# 10 层 Linear(512, 512) + tanh：tanh 在 0 附近斜率为 1，Xavier 正是按这种激活函数推导的
n, depth, layers_shown = 512, 10, [1, 2, 3, 5, 10]
x = torch.randn(1000, n, dtype=torch.float64)
print("10 层 tanh 网络，各层输出 tanh(z) 的标准差")
print("l =" + "".join(f"{i:>8}" for i in layers_shown))
stds = {}
for name in ("nn.Linear 默认", "Xavier normal"):
    torch.manual_seed(1)
    layers = [nn.Linear(n, n, bias=False, dtype=torch.float64) for _ in range(depth)]
    h, row = x, []
    with torch.no_grad():
        for layer in layers:
            inits[name](layer.weight)
            h = torch.tanh(layer(h))
            row.append(h.std().item())
    stds[name] = row
    print("   " + "".join(f"{row[i - 1]:8.3f}" for i in layers_shown), " ", name)

# 检查：三种初始化的方差各是各的，都 ∝ 1/n_in 但常数不同；tanh 下默认初始化逐层缩小得快得多
assert all(abs(m / t - 1) < 0.02 for m, t in zip(measured.values(), theory, strict=True))
assert stds["nn.Linear 默认"][-1] < 0.01 < 0.1 < stds["Xavier normal"][-1]
