"""GPT-3 Figure 3.1 的拟合线：验证损失 = 2.57·C^(-0.048)。算力每乘 10，损失只乘一个固定系数。"""

import math


def loss(compute):
    """C 以 PetaFLOP/s-day 为单位，返回验证集上的交叉熵（nats/token）。"""
    return 2.57 * compute**-0.048


factor = 10**-0.048
print(f"算力 ×10，损失 ×{factor:.3f}（下降 {1 - factor:.1%}）")
for c in (1e-2, 1e0, 1e2, 1e4):
    print(f"C = {c:>8g} PF-days → 损失 {loss(c):.3f}")

# 幂律在双对数坐标下是直线：在三处量 log(损失) 对 log(C) 的斜率
slopes = [math.log(loss(c * 10) / loss(c)) / math.log(10) for c in (1e-3, 1, 1e3)]
print("双对数坐标下的斜率:", [round(s, 6) for s in slopes])

# 想让损失减半需要多少算力：C 要乘 2^(1/0.048)
need = 2 ** (1 / 0.048)
print(f"损失减半需要算力 ×{need:.2e}")

# 检查
assert all(math.isclose(s, -0.048) for s in slopes)
assert 1e6 < need < 1e7  # 约两百万倍
