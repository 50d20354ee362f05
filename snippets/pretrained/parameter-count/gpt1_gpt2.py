"""GPT-1 与 GPT-2 四个规模的真实参数量：按配置在 meta 设备上实例化、计数，并与闭式公式对照。"""

import torch
from transformers import GPT2Config, GPT2LMHeadModel, GPT2Model, OpenAIGPTConfig, OpenAIGPTModel


def count(model):
    return sum(p.numel() for p in model.parameters())


def gpt_params(V, P, d, L, final_norm=True):
    """词嵌入 V·d + 位置嵌入 P·d + L 个块 (12d²+13d) + 最后一个 LayerNorm 2d（GPT-2 才有）。"""
    return V * d + P * d + L * (12 * d * d + 13 * d) + (2 * d if final_norm else 0)


# GPT-1：OpenAIGPTConfig 的默认值就是论文的结构（12 层、768 维、12 头、词表 40478、512 个位置）
c1 = OpenAIGPTConfig()
with torch.device("meta"):
    gpt1 = count(OpenAIGPTModel(c1))
print(f"GPT-1        L={c1.n_layer} d={c1.n_embd}  {gpt1:>13,}  ≈ {gpt1 / 1e6:.1f}M")

# GPT-2：论文 Table 2 的四种规模；词表 50257、1024 个位置（GPT2Config 的默认值）
paper_table2 = {"small": 117, "medium": 345, "large": 762, "xl": 1542}  # 论文 Table 2 的写法（M）
sizes = {"small": (12, 768, 12), "medium": (24, 1024, 16), "large": (36, 1280, 20), "xl": (48, 1600, 25)}
counts, configs = {}, {}
for name, (L, d, heads) in sizes.items():
    configs[name] = GPT2Config(n_layer=L, n_embd=d, n_head=heads)
    with torch.device("meta"):  # XL 若在 CPU 上按 fp32 实例化要约 6 GB 内存；meta 上几乎不花时间
        counts[name] = count(GPT2Model(configs[name]))
    n = counts[name]
    print(f"GPT-2 {name:<6} L={L:<2} d={d:<4} {n:>13,}  ≈ {n / 1e6:.0f}M   论文 Table 2：{paper_table2[name]}M")

# 同样是 12 层、768 维，GPT-2 small 比 GPT-1 多出的，正是更大的词表、更多的位置和最后的 LayerNorm
extra = (50257 - 40478) * 768 + (1024 - 512) * 768 + 2 * 768
print(f"GPT-2 small − GPT-1 = {counts['small'] - gpt1:,} = (50257−40478)·768 + (1024−512)·768 + 2·768")

# 带语言模型头的 GPT2LMHeadModel：输出层与词嵌入共享同一个矩阵（W_e^T），parameters() 只数一次
with torch.device("meta"):
    lm = GPT2LMHeadModel(GPT2Config())
print(f"GPT2LMHeadModel：lm_head.weight {tuple(lm.lm_head.weight.shape)} 就是 wte.weight，共 {count(lm):,} 个参数")

# 检查
assert gpt1 == gpt_params(c1.vocab_size, c1.n_positions, c1.n_embd, c1.n_layer, final_norm=False) == 116_534_784
for name, c in configs.items():
    assert counts[name] == gpt_params(c.vocab_size, c.n_positions, c.n_embd, c.n_layer)
assert [round(n / 1e6) for n in counts.values()] == [124, 355, 774, 1558]  # 与论文的写法都不一样
assert counts["small"] - gpt1 == extra
assert round(gpt1 / 1e6) == paper_table2["small"]  # 论文写的 117M 恰好是 GPT-1 的参数量
assert lm.lm_head.weight is lm.transformer.wte.weight and count(lm) == counts["small"]
