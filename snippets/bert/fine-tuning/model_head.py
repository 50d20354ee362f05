"""预训练主干加一个新的分类头：哪些参数从检查点加载，哪些是新建的，前向输出什么形状。"""

import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

name = "uer/chinese_roberta_L-2_H-128"
tokenizer = AutoTokenizer.from_pretrained(name)
model, info = AutoModelForSequenceClassification.from_pretrained(
    name, num_labels=2, id2label={0: "负面", 1: "正面"}, label2id={"负面": 0, "正面": 1}, output_loading_info=True
)
print(type(model).__name__, " 分类头:", model.classifier)
print("新建（检查点里没有）:", sorted(info["missing_keys"]))
print("丢掉（检查点里有、模型不用）:", sorted({".".join(k.split(".")[:2]) for k in info["unexpected_keys"]}))
total = sum(p.numel() for p in model.parameters())
new = sum(p.numel() for n, p in model.named_parameters() if n in info["missing_keys"])
print(f"参数共 {total:,} 个，其中新建的 {new:,} 个")

batch = tokenizer(["很后悔,不怎么样的一本书,千万别买", "外观漂亮，速度也不错"], padding=True, return_tensors="pt")
out = model(**batch, labels=torch.tensor([0, 1]))
print("logits:", tuple(out.logits.shape), " loss:", tuple(out.loss.shape), " id2label:", model.config.id2label)

# 检查：新建的是 pooler（128×128 + 128）和分类头（128×2 + 2）；传了 labels，模型自己算出一个标量的交叉熵损失
assert new == 128 * 128 + 128 + 128 * 2 + 2
assert torch.allclose(out.loss, torch.nn.functional.cross_entropy(out.logits, torch.tensor([0, 1])))
