"""bert-base-chinese 的参数按部件分：只用配置在 meta 设备上建模型，逐项计数并与公式对照。"""

import torch
from transformers import AutoConfig, BertModel

config = AutoConfig.from_pretrained("bert-base-chinese")
# meta 设备上的张量只有形状、没有数据：不占内存，也不依赖预训练权重
with torch.device("meta"):
    model = BertModel(config)  # 默认带 pooler（[CLS] 上的一层全连接 + tanh）


def count(*modules):
    return sum(p.numel() for m in modules for p in m.parameters())


V, P, T = config.vocab_size, config.max_position_embeddings, config.type_vocab_size
d, L, d_ff = config.hidden_size, config.num_hidden_layers, config.intermediate_size
print(f"V={V} P={P} T={T} d={d} L={L} d_ff={d_ff}")

emb, layer = model.embeddings, model.encoder.layer[0]  # 12 层结构相同，数第 0 层即可
rows = [  # (部件, 公式, 按公式算的个数, 实际数出的个数)
    ("词嵌入", "V·d", V * d, count(emb.word_embeddings)),
    ("位置嵌入", "P·d", P * d, count(emb.position_embeddings)),
    ("句子（token type）嵌入", "T·d", T * d, count(emb.token_type_embeddings)),
    ("嵌入后的 LayerNorm", "2d", 2 * d, count(emb.LayerNorm)),
    (
        "每层：注意力 Q、K、V、输出",
        "4d²+4d",
        4 * d * d + 4 * d,
        count(layer.attention.self, layer.attention.output.dense),
    ),
    ("每层：前馈 d→d_ff→d", "2·d·d_ff+d_ff+d", 2 * d * d_ff + d_ff + d, count(layer.intermediate, layer.output.dense)),
    ("每层：两个 LayerNorm", "4d", 4 * d, count(layer.attention.output.LayerNorm, layer.output.LayerNorm)),
    ("pooler", "d²+d", d * d + d, count(model.pooler)),
]
print(f"{'个数':>10}  {'公式':<15}部件")  # 一个汉字占两格
for name, formula, _, n in rows:
    print(f"{n:>12,}  {formula:<17}{name}")

per_layer = sum(n for name, *_, n in rows if name.startswith("每层"))
embeddings = sum(n for *_, n in rows[:4])
total = count(model)
print(f"嵌入合计 {embeddings:,}；每层 {per_layer:,} × {L} 层 = {per_layer * L:,}；pooler {rows[-1][3]:,}")
print(f"三者相加 {embeddings + per_layer * L + rows[-1][3]:,}，count(model) = {total:,} ≈ {total / 1e6:.1f}M")
print(f"按 float32（每个参数 4 字节）存放，权重约 {total * 4 / 1e6:.0f} MB")

# 检查：每个部件都符合公式；d_ff = 4d 时每层是 12d²+13d；各部件加起来就是整个模型
assert all(by_formula == n for _, _, by_formula, n in rows)
assert d_ff == 4 * d and per_layer == 12 * d * d + 13 * d
assert count(model.encoder) == L * per_layer
assert total == embeddings + L * per_layer + d * d + d == 102_267_648
assert all(p.is_meta for p in model.parameters())  # 没有分配任何真实内存
