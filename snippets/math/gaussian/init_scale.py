"""初始化的尺度：10 层 ReLU 网络里，权重方差取多少，预激活的标准差才能逐层保持不变。"""

import math

import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
n, depth = 512, 10  # 10 层 Linear(512, 512) + ReLU，fan_in = 512
x = torch.randn(1000, n, dtype=torch.float64).to(device)  # 输入：1000 个样本，标准差 1

inits = {
    "N(0, 1)": lambda w: nn.init.normal_(w, 0.0, 1.0),
    "N(0, 0.01²)": lambda w: nn.init.normal_(w, 0.0, 0.01),
    "nn.Linear 默认": lambda w: None,  # U(−1/√n, 1/√n)，方差 1/(3n)
    "Kaiming N(0, 2/n)": lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu"),
}
layers_shown = [1, 2, 3, 5, 10]
print("各层预激活 z 的标准差（l 为层号）")
print("l =" + "".join(f"{i:>10}" for i in layers_shown))
stds = {}
for name, init in inits.items():
    torch.manual_seed(1)  # 每种初始化都从同一个种子开始
    layers = [nn.Linear(n, n, bias=False, dtype=torch.float64) for _ in range(depth)]
    for layer in layers:
        init(layer.weight)  # 权重在 CPU 上生成，再移到设备上
        layer.to(device)
    h, row = x, []
    with torch.no_grad():
        for layer in layers:
            z = layer(h)  # 预激活 z = W·h
            row.append(z.std().item())
            h = torch.relu(z)
    stds[name] = row
    print("   " + "".join(f"{row[i - 1]:10.3g}" for i in layers_shown), " ", name)

# 检查：Kaiming 让每层的标准差都稳定在 √2 附近（第一层输入没经过 ReLU，方差 = n·(2/n)·1 = 2）
assert all(abs(s - math.sqrt(2)) < 0.2 for s in stds["Kaiming N(0, 2/n)"])
assert stds["N(0, 1)"][-1] > 1e10 and stds["N(0, 0.01²)"][-1] < 1e-6
assert stds["nn.Linear 默认"][-1] < 1e-3
