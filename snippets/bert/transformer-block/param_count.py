"""按 bert-base-chinese 的配置建一个编码器块，逐个数参数：12d² + 13d。"""

import torch
from torch import nn
from transformers import AutoConfig

config = AutoConfig.from_pretrained("bert-base-chinese")  # 只读配置，不加载权重
d, heads, d_ff = config.hidden_size, config.num_attention_heads, config.intermediate_size
n_layers, act, p_drop = config.num_hidden_layers, config.hidden_act, config.hidden_dropout_prob
print(f"d={d}  头数={heads}  前馈中间维度={d_ff}  层数={n_layers}  激活={act}  dropout={p_drop}")

with torch.device("meta"):  # meta 张量只有形状、没有数据，不占内存
    block = nn.TransformerEncoderLayer(d, heads, d_ff, activation="gelu", batch_first=True)

for name, p in block.named_parameters():
    print(f"  {name:<26}{str(tuple(p.shape)):<13}{p.numel():>10,}")

total = sum(p.numel() for p in block.parameters())
print(f"一个块合计 {total:,}，公式 12d² + 13d = {12 * d * d + 13 * d:,}")
print(f"{n_layers} 层编码器合计 {n_layers * total:,}")

# 检查：注意力 4d²+4d（Q、K、V 合在 in_proj 里），前馈 8d²+5d，两个 LayerNorm 4d
attn = sum(p.numel() for p in block.self_attn.parameters())
ffn = sum(p.numel() for m in (block.linear1, block.linear2) for p in m.parameters())
norms = sum(p.numel() for m in (block.norm1, block.norm2) for p in m.parameters())
assert d_ff == 4 * d and (attn, ffn, norms) == (4 * d * d + 4 * d, 8 * d * d + 5 * d, 4 * d)
assert total == 12 * d * d + 13 * d == 7_087_872
