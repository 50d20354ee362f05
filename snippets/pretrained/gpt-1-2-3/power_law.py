"""GPT-3 Figure 3.1 的拟合线 L = 2.57·C^(-0.048)：算力每乘 10，验证损失只乘一个固定系数。"""

import math


def loss(compute):
    """C 以 PetaFLOP/s-day 为单位，L 是验证集上的交叉熵（nats/token）。"""
    return 2.57 * compute**-0.048


factor = 10**-0.048
print(f"算力 ×10，损失 ×{factor:.3f}（下降 {1 - factor:.1%}）")
for c in (1e-2, 1e0, 1e2, 1e4):
    print(f"C = {c:>8g} PF-days → L = {loss(c):.3f}")

# 幂律在双对数坐标下是直线：log L 随 log C 线性下降
slopes = {round(math.log(loss(c * 10) / loss(c)) / math.log(10), 6) for c in (1e-3, 1, 1e3)}
print("双对数坐标下的斜率:", slopes)

# 想让损失减半需要多少算力：C 要乘 2^(1/0.048)
need = 2 ** (1 / 0.048)
print(f"损失减半需要算力 ×{need:.2e}")

assert slopes == {-0.048}
assert all(math.isclose(loss(c * 10) / loss(c), factor) for c in (1e-3, 1, 1e3))
assert 1e6 < need < 1e7  # 约两百万倍
