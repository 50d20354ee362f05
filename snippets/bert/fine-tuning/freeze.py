"""冻结主干：requires_grad_(False) 之后还剩多少参数要训练，反向传播后哪些参数有梯度。"""

import torch
from transformers import AutoModelForSequenceClassification


def count(model):
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return f"可训练 {trainable:>9,} / {sum(p.numel() for p in model.parameters()):,}"


model = AutoModelForSequenceClassification.from_pretrained("uer/chinese_roberta_L-2_H-128", num_labels=2)
print("全部微调:            ", count(model))
model.bert.requires_grad_(False)  # 主干整个冻结：pooler 在 model.bert 里面，也一起冻结了
print("冻结 model.bert:     ", count(model))
model.bert.pooler.requires_grad_(True)  # 这个检查点没有 pooler 的权重，它是随机新建的，应该训练
print("冻结主干、训练 pooler:", count(model))

# 只把可训练的参数交给优化器；反向传播之后，冻结的参数 .grad 仍是 None
optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=5e-4)
input_ids = torch.tensor([[101, 2523, 1400, 2637, 102]])  # [CLS] 很 后 悔 [SEP]
model(input_ids=input_ids, labels=torch.tensor([0])).loss.backward()
with_grad = [n for n, p in model.named_parameters() if p.grad is not None]
print("有梯度的参数:", with_grad)
print("优化器管理的张量个数:", len(optimizer.param_groups[0]["params"]))

# 检查：冻结之后只剩 pooler 和分类头在训练，优化器里正是这 4 个张量
assert len(with_grad) == len(optimizer.param_groups[0]["params"]) == 4
