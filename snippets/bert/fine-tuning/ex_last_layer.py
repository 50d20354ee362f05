"""练习：只训练最后一层 Transformer、pooler 和分类头，其余参数冻结。"""

from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained("uer/chinese_roberta_L-2_H-128", num_labels=2)
model.requires_grad_(False)  # 先全部冻结，再把要训练的部分打开
for module in [model.bert.encoder.layer[-1], model.bert.pooler, model.classifier]:
    module.requires_grad_(True)

total = sum(p.numel() for p in model.parameters())
for part, module in [
    ("最后一层", model.bert.encoder.layer[-1]),
    ("pooler", model.bert.pooler),
    ("分类头", model.classifier),
]:
    print(f"{part}: {sum(p.numel() for p in module.parameters()):,} 个参数")
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(f"可训练 {trainable:,} / {total:,}，占 {trainable / total:.1%}")
embedding = sum(p.numel() for p in model.bert.embeddings.parameters())
print(f"冻结的嵌入层（词、位置、句子类型嵌入）: {embedding:,} 个参数")

# 检查：可训练的参数正好是这三部分之和
parts = [model.bert.encoder.layer[-1], model.bert.pooler, model.classifier]
assert trainable == sum(p.numel() for m in parts for p in m.parameters())
