"""常见的 BERT 微调做法：再把 bias 和 LayerNorm 参数分出来，不做权重衰减；与分层学习率组合成三组。"""

import torch
from torch import nn
from transformers import AutoModel

device = "cuda" if torch.cuda.is_available() else "cpu"


class Classifier(nn.Module):
    def __init__(self, num_labels=3):
        super().__init__()
        self.bert = AutoModel.from_pretrained("bert-base-chinese")
        self.classifier = nn.Linear(self.bert.config.hidden_size, num_labels)


torch.manual_seed(0)
model = Classifier().to(device)
bert_lr, downstream_lr, weight_decay = 2e-5, 1e-3, 0.01

# bias 和 LayerNorm 的 weight/bias：按模块类型找，不依赖参数名的写法
no_decay_ids = set()
for module in model.modules():
    if isinstance(module, nn.LayerNorm):
        no_decay_ids |= {id(p) for p in module.parameters(recurse=False)}
for name, p in model.named_parameters():
    if name.endswith("bias"):
        no_decay_ids.add(id(p))

bert_ids = {id(p) for p in model.bert.parameters()}
groups = [
    {
        "params": [p for p in model.bert.parameters() if id(p) not in no_decay_ids],
        "lr": bert_lr,
        "weight_decay": weight_decay,
    },
    {"params": [p for p in model.bert.parameters() if id(p) in no_decay_ids], "lr": bert_lr, "weight_decay": 0.0},
    {
        "params": [p for p in model.parameters() if id(p) not in bert_ids],
        "lr": downstream_lr,
        "weight_decay": weight_decay,
    },
]
optimizer = torch.optim.AdamW(groups)

counts = [sum(p.numel() for p in g["params"]) for g in optimizer.param_groups]
for i, g in enumerate(optimizer.param_groups):
    print(
        f"第 {i} 组: lr={g['lr']}, weight_decay={g['weight_decay']}, 张量 {len(g['params'])} 个, 参数量 {counts[i]:,}"
    )
print("第 1 组里张量的形状:", sorted({tuple(p.shape) for p in optimizer.param_groups[1]["params"]}))

hidden, inter, layers = 768, 3072, 12
# 每层：q/k/v/o 四个 bias、两个 LayerNorm 各 2 个向量、中间层 bias 3072、输出 bias 768
per_layer = 4 * hidden + 2 * 2 * hidden + inter + hidden
no_decay_expected = layers * per_layer + 2 * hidden + hidden  # + 词嵌入处的 LayerNorm + pooler 的 bias
ids = [id(p) for g in optimizer.param_groups for p in g["params"]]

# 检查
assert counts[1] == no_decay_expected == 122_112
assert counts[0] + counts[1] == 102_267_648
assert counts[2] == hidden * 3 + 3  # 分类头的 bias 也在这组；要不衰减它，再拆一组即可
assert all(p.ndim == 1 for p in optimizer.param_groups[1]["params"])
assert len(ids) == len(set(ids)) and set(ids) == {id(p) for p in model.parameters()}
assert [g["weight_decay"] for g in optimizer.param_groups] == [0.01, 0.0, 0.01]
