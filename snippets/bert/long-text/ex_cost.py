"""长度从 512 到 4096（8 倍）：注意力分数多几倍？BERT-base 的总乘加多几倍？"""

from fractions import Fraction

layers, d, d_ff = 12, 768, 3072  # BERT-base


def macs(n):
    quadratic = layers * 2 * n * n * d  # Q K^T 和 注意力权重 × V
    linear = layers * (4 * n * d * d + 2 * n * d * d_ff)  # Q/K/V/输出投影 + FFN
    return quadratic + linear


print("注意力分数:", Fraction(4096**2, 512**2), "倍")
print("总乘加:", float(Fraction(macs(4096), macs(512))), "倍")

# 检查
assert Fraction(macs(4096), macs(512)) == Fraction(68, 5)  # 13.6 倍：介于 8 倍（线性）与 64 倍（平方）之间
