"""练习：没有位置信息时，把输入的 token 打乱，自注意力的输出只是按同样的方式打乱。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
d_model, h = 12, 3
mha = nn.MultiheadAttention(d_model, h, batch_first=True).to(device)
x = torch.randn(1, 5, d_model).to(device)  # 5 个 token，没有加位置编码
perm = torch.tensor([3, 0, 4, 1, 2])  # 新的第 i 个 token 是原来的第 perm[i] 个

out, _ = mha(x, x, x)
out_perm, _ = mha(x[:, perm], x[:, perm], x[:, perm])
print("perm                 :", perm.tolist())
print("原输出第 0 维        :", out[0, :, 0].detach().cpu().numpy().round(4))
print("打乱后输出第 0 维    :", out_perm[0, :, 0].detach().cpu().numpy().round(4))
print("原输出按 perm 重排   :", out[0, perm, 0].detach().cpu().numpy().round(4))

# 检查：f(打乱的 x) = 打乱的 f(x)，对全部维度都成立
assert torch.allclose(out_perm, out[:, perm], atol=1e-6)
