"""BertForMaskedLM 比 BertModel 多几个参数？先预测，再实例化验证。"""

import torch
from transformers import AutoConfig, BertForMaskedLM, BertModel

config = AutoConfig.from_pretrained("bert-base-chinese")
V, d = config.vocab_size, config.hidden_size
with torch.device("meta"):
    base = BertModel(config)
    mlm = BertForMaskedLM(config)


def count(module):
    return sum(p.numel() for p in module.parameters())


# 预测：MLM 模型不要 pooler（−(d²+d)）；预测头多一层 d→d 全连接（d²+d）、一个 LayerNorm（2d），
# 输出层 d→V 的权重与词嵌入共享，只多一个长度 V 的偏置
predicted = count(base) - (d * d + d) + (d * d + d) + 2 * d + V
print(f"BertModel        {count(base):,}")
print(f"BertForMaskedLM  {count(mlm):,}（公式预测 {predicted:,}），多出 2d + V = {2 * d + V:,}")
print(f"输出层权重 {tuple(mlm.cls.predictions.decoder.weight.shape)} 与词嵌入是同一个张量；pooler：{mlm.bert.pooler}")

# 检查
assert count(mlm) == predicted == 102_290_312
assert mlm.cls.predictions.decoder.weight is mlm.bert.embeddings.word_embeddings.weight
assert mlm.bert.pooler is None
