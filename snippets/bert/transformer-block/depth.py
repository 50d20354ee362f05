"""刚初始化的深层堆叠：pre-norm 的残差主干随层数变大，最后一层的梯度随之变小；post-norm 两者都不随层数变。"""

from itertools import pairwise

import torch
from torch import nn

torch.set_num_threads(1)  # 张量很小，CPU 上单线程反而更快
device = "cuda" if torch.cuda.is_available() else "cpu"
d, heads = 64, 4
gen = torch.Generator().manual_seed(0)
x = torch.randn(2, 8, d, generator=gen, dtype=torch.float64).to(device)  # 2 句 × 8 个 token
w = torch.randn(2, 8, d, generator=gen, dtype=torch.float64).to(device)  # 固定的随机读出：loss = Σ out·w


def run(n_layers, norm_first):
    torch.manual_seed(0)  # 两种接法用同一套初始权重
    layers = nn.ModuleList(
        nn.TransformerEncoderLayer(
            d, heads, 4 * d, dropout=0.0, activation="gelu", batch_first=True, norm_first=norm_first
        )
        for _ in range(n_layers)
    )
    layers = layers.to(device, torch.float64)
    h = x
    for layer in layers:
        h = layer(h)
    rms = h.pow(2).mean(-1).sqrt().mean().item()  # 残差主干（最后一块的输出）每个 token 的均方根
    out = nn.functional.layer_norm(h, (d,)) if norm_first else h  # pre-norm 要在最后补一个 LayerNorm
    (out * w).sum().backward()
    return rms, layers[-1].linear2.weight.grad.norm().item()  # 最后一块前馈层第二个矩阵的梯度范数


print("层数 | 主干 RMS: post  pre | 最后一块的梯度: post   pre | pre 的梯度 × RMS")
rows = []
for n_layers in (4, 8, 16, 32):
    (rms_post, g_post), (rms_pre, g_pre) = run(n_layers, False), run(n_layers, True)
    rows.append((rms_post, rms_pre, g_post, g_pre))
    print(
        f"{n_layers:>4} | {rms_post:>13.3f} {rms_pre:>5.3f} | {g_post:>19.1f} {g_pre:>5.1f} | {g_pre * rms_pre:>10.1f}"
    )

# 检查：post-norm 主干恒为 1；pre-norm 主干逐档变大、最后一块的梯度逐档变小
rms_post, rms_pre, g_post, g_pre = zip(*rows, strict=True)
assert all(abs(r - 1) < 1e-3 for r in rms_post)
assert all(a < b for a, b in pairwise(rms_pre)) and all(a > b for a, b in pairwise(g_pre))
assert g_pre[-1] < 0.5 * g_post[-1]  # 32 层时不到 post-norm 的一半
