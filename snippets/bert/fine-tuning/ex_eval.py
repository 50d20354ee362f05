"""练习：训练之后评估时忘了 model.eval()：dropout 还开着，同一个 batch 预测两次，logits 不一样。"""

import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

torch.manual_seed(0)
name = "uer/chinese_roberta_L-2_H-128"
tokenizer = AutoTokenizer.from_pretrained(name)
model = AutoModelForSequenceClassification.from_pretrained(name, num_labels=2)
batch = tokenizer(["物流很快，包装完好，很满意", "质量太差了，用了两天就坏了"], padding=True, return_tensors="pt")


def differ():
    """同一个 batch 预测两次，数一数 logits 里有几个数不同。"""
    with torch.no_grad():  # no_grad 只关掉计算图，管不到 dropout
        first, second = model(**batch).logits, model(**batch).logits
    return f"{(first != second).sum().item()} / {first.numel()}"


print("from_pretrained 返回时 model.training =", model.training, " 两次预测不同的 logits:", differ())
model.train()  # 训练循环每个 epoch 开头都这样做；训练完若不切回来……
print("model.train() 之后    model.training =", model.training, " 两次预测不同的 logits:", differ())
model.eval()
print("model.eval() 之后     model.training =", model.training, " 两次预测不同的 logits:", differ())
dropouts = [m for m in model.modules() if isinstance(m, torch.nn.Dropout)]
print("模型里的 Dropout 层:", len(dropouts), "个，p =", sorted({m.p for m in dropouts}))

# 检查：eval() 之后每个子模块都回到推理模式
assert not any(m.training for m in model.modules())
