"""注意力的计算量随长度 N 平方增长，不是指数增长；BERT-base 在几千个 token 以内，线性部分仍占大头。"""

from fractions import Fraction

# BERT-base 的结构参数（config.json）
layers, heads, d, d_ff = 12, 12, 768, 3072


def macs(n):
    """一次前向里 12 层 Transformer 的乘加次数（不含 embedding、LayerNorm、softmax）。"""
    quadratic = layers * 2 * n * n * d  # Q K^T 和 注意力权重 × V：与 N^2 成正比
    linear = layers * (4 * n * d * d + 2 * n * d * d_ff)  # Q/K/V/输出投影 + FFN：与 N 成正比
    return quadratic, linear


base = sum(macs(512))
for n in (512, 1024, 2048, 4608):
    quadratic, linear = macs(n)
    ratio = float(Fraction(quadratic + linear, base))
    share = float(Fraction(quadratic, quadratic + linear))
    print(
        f"N={n}: 每个头 {n * n} 个注意力分数，全模型 {layers * heads * n * n} 个；总乘加是 N=512 的 {ratio:.1f} 倍，其中 N^2 部分占 {share:.1%}"
    )

# 平方增长：长度翻倍，注意力分数变成 4 倍
assert [n * n for n in (512, 1024, 2048)] == [262144, 1048576, 4194304]
assert (1024 * 1024) // (512 * 512) == 4 and (2048 * 2048) // (1024 * 1024) == 4

# 总计算量：长度翻倍只变成 2.2 倍，因为 N < 4608 时与 N 成正比的部分更大
assert Fraction(sum(macs(1024)), base) == Fraction(11, 5)
break_even = (4 * d * d + 2 * d * d_ff) // (2 * d)  # 2N^2·d = N(4d^2 + 2d·d_ff) 的解
print("N^2 部分追上线性部分的长度: N =", break_even, "= 2d + d_ff")
assert break_even == 2 * d + d_ff == 4608
assert macs(break_even)[0] == macs(break_even)[1]

# 若真是“指数级”（2^N），从 512 到 1024 要乘上 2^512，一个 155 位的数
print("2^512 的十进制位数:", len(str(2**512)))
assert len(str(2**512)) == 155
