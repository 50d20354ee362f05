"""bert-base-chinese 有多少参数：只用配置（config）在 meta 设备上建模型，逐部分计数。"""

import torch
from transformers import AutoConfig, BertModel

config = AutoConfig.from_pretrained("bert-base-chinese")
# meta 设备上的张量只有形状、没有数据：不占内存，也不依赖预训练权重
with torch.device("meta"):
    model = BertModel(config)  # 默认带 pooler（[CLS] 上的一层全连接 + tanh）


def count(module):
    return sum(p.numel() for p in module.parameters())


V, P, T = config.vocab_size, config.max_position_embeddings, config.type_vocab_size
d, L, d_ff = config.hidden_size, config.num_hidden_layers, config.intermediate_size
print(f"V={V} P={P} T={T} d={d} L={L} d_ff={d_ff}")

parts = {
    "embeddings": count(model.embeddings),
    "encoder": count(model.encoder),
    "pooler": count(model.pooler),
}
total = count(model)
for name, n in parts.items():
    print(f"{name:<10} {n:>11,}")
print(f"{'total':<10} {total:>11,}  ≈ {total / 1e6:.1f}M")

# 逐项推导：词、位置、句子（token type）三张嵌入表 + 一个 LayerNorm（2d）
assert parts["embeddings"] == (V + P + T) * d + 2 * d
# 每层：注意力 4d²+4d，前馈 d·d_ff+d_ff + d_ff·d+d，两个 LayerNorm 4d；d_ff = 4d 时共 12d²+13d
assert d_ff == 4 * d
assert parts["encoder"] == L * (12 * d * d + 13 * d)
assert parts["pooler"] == d * d + d
assert total == sum(parts.values()) == 102_267_648
assert all(p.is_meta for p in model.parameters())  # 没有分配任何真实内存
