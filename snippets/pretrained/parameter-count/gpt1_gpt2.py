"""GPT-1 与 GPT-2 四个规模的真实参数量：按配置在 meta 设备上实例化、计数，并与闭式公式对照。"""

import time

import torch
from transformers import GPT2Config, GPT2LMHeadModel, GPT2Model, OpenAIGPTConfig, OpenAIGPTModel


def count(model):
    return sum(p.numel() for p in model.parameters())


def gpt_params(V, P, d, L, final_norm=True):
    """词嵌入 V·d + 位置嵌入 P·d + L 个块 (12d²+13d) + 最后一个 LayerNorm 2d（GPT-2 才有）。"""
    return V * d + P * d + L * (12 * d * d + 13 * d) + (2 * d if final_norm else 0)


start = time.perf_counter()

# GPT-1：OpenAIGPTConfig 的默认值就是论文的结构（12 层、768 维、12 头、词表 40478、512 个位置）
gpt1_config = OpenAIGPTConfig()
with torch.device("meta"):
    gpt1 = OpenAIGPTModel(gpt1_config)
c = gpt1_config
gpt1_n = count(gpt1)
print(f"GPT-1       L={c.n_layer} d={c.n_embd} heads={c.n_head} V={c.vocab_size} P={c.n_positions}")
print(f"GPT-1       {gpt1_n:>13,}  ≈ {gpt1_n / 1e6:.1f}M")
assert gpt1_n == gpt_params(c.vocab_size, c.n_positions, c.n_embd, c.n_layer, final_norm=False)
assert gpt1_n == 116_534_784 and round(gpt1_n / 1e8, 2) == 1.17  # 1.17 亿

# GPT-2：论文 Table 2 的四种规模；词表 50257、1024 个位置（GPT2Config 的默认值）
paper_table2 = {"small": 117, "medium": 345, "large": 762, "xl": 1542}  # 论文 Table 2 的写法（M）
sizes = {"small": (12, 768, 12), "medium": (24, 1024, 16), "large": (36, 1280, 20), "xl": (48, 1600, 25)}
counts = {}
for name, (L, d, heads) in sizes.items():
    config = GPT2Config(n_layer=L, n_embd=d, n_head=heads)
    with torch.device("meta"):  # XL 若在 CPU 上按 fp32 实例化要约 6 GB 内存；meta 上几乎不花时间
        model = GPT2Model(config)
    n = counts[name] = count(model)
    assert all(p.is_meta for p in model.parameters())
    assert n == gpt_params(config.vocab_size, config.n_positions, d, L)
    print(f"GPT-2 {name:<6} L={L:<2} d={d:<4} {n:>13,}  ≈ {n / 1e6:.0f}M   论文 Table 2：{paper_table2[name]}M")

elapsed = time.perf_counter() - start
print("五个模型在 meta 设备上实例化用时 < 10 s:", elapsed < 10)

assert [round(n / 1e6) for n in counts.values()] == [124, 355, 774, 1558]
assert all(round(n / 1e6) != paper_table2[k] for k, n in counts.items())  # 与论文的写法都不一样
# 同样是 12 层、768 维，GPT-2 small 比 GPT-1 多出的，正是更大的词表、更多的位置和最后的 LayerNorm
extra = (50257 - 40478) * 768 + (1024 - 512) * 768 + 2 * 768
print(f"GPT-2 small − GPT-1 = {counts['small'] - gpt1_n:,} = (50257−40478)·768 + (1024−512)·768 + 2·768")
assert counts["small"] - gpt1_n == extra
assert round(gpt1_n / 1e6) == paper_table2["small"]  # 论文写的 117M 恰好等于 GPT-1 的参数量
assert elapsed < 10

# 带语言模型头的 GPT2LMHeadModel：输出层与词嵌入共享同一个矩阵（W_e^T），parameters() 只数一次
with torch.device("meta"):
    lm = GPT2LMHeadModel(GPT2Config())
print("GPT2LMHeadModel 输出层与词嵌入共享权重:", lm.lm_head.weight is lm.transformer.wte.weight)
print(f"GPT2LMHeadModel {count(lm):,} == GPT2Model {counts['small']:,}:", count(lm) == counts["small"])
assert lm.lm_head.weight is lm.transformer.wte.weight
assert count(lm) == counts["small"]
