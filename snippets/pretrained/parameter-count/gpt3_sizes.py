"""用闭式公式由 GPT-3 论文 Table 2.1 的结构算参数量，与表中的模型名对照。"""


def gpt_params(V, P, d, L):
    """GPT-2/3 式解码器：V·d + P·d + L·(12d² + 13d) + 2d。"""
    return V * d + P * d + L * (12 * d * d + 13 * d) + 2 * d


V, P = 50257, 2048  # 沿用 GPT-2 的 BPE 词表；所有模型 n_ctx = 2048
# (模型名, 表中的 n_params, n_layers, d_model)，抄自 Brown et al. 2020, Table 2.1
table21 = [
    ("GPT-3 Small", 125e6, 12, 768),
    ("GPT-3 Medium", 350e6, 24, 1024),
    ("GPT-3 Large", 760e6, 24, 1536),
    ("GPT-3 XL", 1.3e9, 24, 2048),
    ("GPT-3 2.7B", 2.7e9, 32, 2560),
    ("GPT-3 6.7B", 6.7e9, 32, 4096),
    ("GPT-3 13B", 13.0e9, 40, 5140),  # 表中印的是 5140；40 头 × 128 = 5120
    ("GPT-3 175B", 175.0e9, 96, 12288),
]

print(f"{'模型':<11}{'n_layers':>9}{'d_model':>9}{'公式计算':>13}{'表中':>7}{'偏差':>6}")  # 一个汉字占两格
for name, listed, L, d in table21:
    n = gpt_params(V, P, d, L)
    unit, scale = ("B", 1e9) if listed >= 1e9 else ("M", 1e6)
    rel = n / listed - 1
    print(f"{name:<13}{L:>9}{d:>9}{n:>17,}{listed / scale:>8g}{unit}{rel:>+8.1%}")

n_175b = gpt_params(V, P, 12288, 96)
print(f"GPT-3 175B ≈ {n_175b / 1e9:.1f}B，取整为 {round(n_175b / 1e9)}B")
print(
    f"其中 96 个块占 {96 * (12 * 12288**2 + 13 * 12288) / n_175b:.2%}，嵌入（词 + 位置）只占 {(V + P) * 12288 / n_175b:.2%}"
)
print(f"若 13B 的 d_model 取 5120：{gpt_params(V, P, 5120, 40) / 1e9:.2f}B")

# 检查：表中的名字是取整后的近似值，公式结果都在 2% 以内
assert all(abs(gpt_params(V, P, d, L) / listed - 1) < 0.02 for _, listed, L, d in table21)
assert round(n_175b / 1e9, 1) == 174.6
assert round(n_175b / 1e9) == 175
