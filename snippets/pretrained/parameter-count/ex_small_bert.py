"""把 bert-base-chinese 的配置缩小（d = 256、4 层、4 个头、d_ff = 1024）：先按公式预测参数量，再实例化验证。"""

import torch
from transformers import AutoConfig, BertModel

config = AutoConfig.from_pretrained(
    "bert-base-chinese", hidden_size=256, num_hidden_layers=4, num_attention_heads=4, intermediate_size=1024
)
V, P, T = config.vocab_size, config.max_position_embeddings, config.type_vocab_size
d, L = config.hidden_size, config.num_hidden_layers

# 预测：嵌入 (V+P+T)·d + 2d，每层 12d²+13d（d_ff = 4d），pooler d²+d
embeddings = (V + P + T) * d + 2 * d
predicted = embeddings + L * (12 * d * d + 13 * d) + d * d + d
with torch.device("meta"):
    counted = sum(p.numel() for p in BertModel(config).parameters())

print(f"d={d} L={L} d_ff={config.intermediate_size}，词表仍是 V={V}")
print(f"公式预测 {predicted:,}，实例化数出 {counted:,} ≈ {counted / 1e6:.1f}M")
print(f"嵌入 {embeddings:,}，占 {embeddings / counted:.0%}（bert-base-chinese 只占 16%）")

# 检查
assert config.intermediate_size == 4 * d
assert predicted == counted == 8_765_696
