"""给 BERT 主干和下游层不同的学习率：按参数名分两组，并检查分组结果。"""

import torch
from torch import nn
from transformers import AutoModel

device = "cuda" if torch.cuda.is_available() else "cpu"


class Classifier(nn.Module):
    """预训练 BERT + 一个线性分类头。"""

    def __init__(self, num_labels=3):
        super().__init__()
        self.bert = AutoModel.from_pretrained("bert-base-chinese")
        self.classifier = nn.Linear(self.bert.config.hidden_size, num_labels)

    def forward(self, **inputs):
        return self.classifier(self.bert(**inputs).pooler_output)


torch.manual_seed(0)
model = Classifier().to(device)
bert_lr, downstream_lr = 2e-5, 1e-3

# 按名字分组：名字里含 'bert' 的是预训练参数，其余是下游参数
named = list(model.named_parameters())
param_pre = [(n, p) for n, p in named if "bert" in n]
param_downstream = [(n, p) for n, p in named if "bert" not in n]
groups = [
    {"params": [p for n, p in param_pre], "lr": bert_lr},
    {"params": [p for n, p in param_downstream], "lr": downstream_lr},
]
# lr 参数是默认学习率：只对没有写 'lr' 的组生效，这里两组都写了，所以它不起作用
optimizer = torch.optim.Adam(groups, lr=bert_lr)

counts = [sum(p.numel() for p in g["params"]) for g in optimizer.param_groups]
print("参数组数:", len(optimizer.param_groups))
for i, g in enumerate(optimizer.param_groups):
    print(f"第 {i} 组: lr={g['lr']}, 张量 {len(g['params'])} 个, 参数量 {counts[i]:,}")
print("下游组的参数名:", [n for n, _ in param_downstream])
print("全模型参数量:", f"{sum(p.numel() for p in model.parameters()):,}")

# 每个参数都要放进某个组：按 id 数一数，组里的张量与模型的张量一样多，且没有重复
ids = [id(p) for g in optimizer.param_groups for p in g["params"]]
print(f"组里的张量 {len(ids)} 个（不重复的 {len(set(ids))} 个），模型的张量 {len(list(model.parameters()))} 个")

# 同一个参数放进两个组，PyTorch 会直接报错
try:
    torch.optim.Adam([{"params": [p for n, p in param_pre]}, {"params": [p for n, p in param_pre[:1]]}], lr=bert_lr)
except ValueError as err:
    duplicate_error = str(err)
print("同一参数出现在两个组:", duplicate_error)

# 检查
assert "more than one parameter group" in duplicate_error
assert len(optimizer.param_groups) == 2
assert [g["lr"] for g in optimizer.param_groups] == [bert_lr, downstream_lr]
assert counts == [102_267_648, 768 * 3 + 3]  # bert-base-chinese（含 pooler）与 768→3 的线性层
assert len(optimizer.param_groups[0]["params"]) == 199 and len(optimizer.param_groups[1]["params"]) == 2
assert sum(counts) == sum(p.numel() for p in model.parameters())
assert len(ids) == len(set(ids)) and set(ids) == {id(p) for p in model.parameters()}
assert [n for n, _ in param_downstream] == ["classifier.weight", "classifier.bias"]
