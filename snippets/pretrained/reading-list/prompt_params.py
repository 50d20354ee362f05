"""冻结 bert-base-chinese，只训练 prompt：几种做法各要训练多少参数？"""

import torch
from transformers import AutoConfig, BertModel

config = AutoConfig.from_pretrained("bert-base-chinese")
with torch.device("meta"):  # 只数参数，不需要权重
    total = sum(t.numel() for t in BertModel(config).parameters())
d, L = config.hidden_size, config.num_hidden_layers
p = 20  # prompt 长度：20 个虚拟 token

methods = [  # (做法, 公式, 要训练的参数)
    ("全量微调", "N", total),
    ("Prompt Tuning：只在输入层加 p 个向量", "p·d", p * d),
    ("Prefix-Tuning / P-Tuning v2：每层的 key、value 前各加 p 个向量", "2·L·p·d", 2 * L * p * d),
]
print(f"d={d} L={L} p={p}，模型共 N = {total:,} 个参数")
for name, formula, k in methods:
    print(f"{k:>12,}  {k / total:>8.3%}  {formula:<9}{name}")

# 检查
assert p * d == 15_360 and 2 * L * p * d == 368_640
assert 0.001 < 2 * L * p * d / total < 0.03  # 落在 P-Tuning v2 论文说的 0.1%–3% 之间
