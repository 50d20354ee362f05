"""练习：d_model = 768 的多头注意力有多少参数？头数变了参数量变不变？"""

from torch import nn

d = 768
print(f"4·d² + 4·d = {4 * d**2 + 4 * d:,}")
for h in (1, 12, 16):
    mha = nn.MultiheadAttention(d, h, batch_first=True)
    n_params = sum(p.numel() for p in mha.parameters())
    print(f"h = {h:2d}（每头 {d // h} 维）: {n_params:,}")

# 检查
assert n_params == 4 * d**2 + 4 * d == 2_362_368
