"""练习：batch 里另一条序列的 padding 变长了，第 0 条序列第 0 个 token 的输出变不变？LN 不变，BN 变。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

N, L, H = 2, 4, 3
x = torch.randn(N, L, H) + 2
ln, bn = nn.LayerNorm(H).to(device), nn.BatchNorm1d(H).to(device)
torch.set_printoptions(precision=4, sci_mode=False)

for pad in (1, 3):
    batch = x.clone()
    batch[1, L - pad :] = 0.0  # 第 1 条序列的最后 pad 个位置是 padding（全 0 向量）
    batch = batch.to(device)
    y_ln = ln(batch)[0, 0].detach().cpu()
    y_bn = bn(batch.transpose(1, 2)).transpose(1, 2)[0, 0].detach().cpu()
    print(f"padding 长度 {pad}: LN {y_ln}  BN {y_bn}")
    if pad == 1:
        first_ln, first_bn = y_ln, y_bn

# 检查：LN 只看这个 token 自己；BN 的统计量混进了 padding
assert torch.allclose(first_ln, y_ln) and not torch.allclose(first_bn, y_bn, atol=1e-2)
