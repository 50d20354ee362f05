"""按名字子串 'bert' 分组的隐患：下游层的名字里碰巧也有 'bert' 时会被分错组。按子模块分组更可靠。"""

import torch
from torch import nn
from transformers import AutoModel

device = "cuda" if torch.cuda.is_available() else "cpu"


class Classifier(nn.Module):
    def __init__(self, num_labels=3):
        super().__init__()
        self.bert = AutoModel.from_pretrained("bert-base-chinese")
        self.bert_proj = nn.Linear(768, 256)  # 新加的下游层，名字里却带着 'bert'
        self.classifier = nn.Linear(256, num_labels)

    def forward(self, **inputs):
        return self.classifier(torch.tanh(self.bert_proj(self.bert(**inputs).pooler_output)))


torch.manual_seed(0)
model = Classifier().to(device)
bert_lr, downstream_lr = 2e-5, 1e-3
print("顶层子模块:", [name for name, _ in model.named_children()])

# 按名字子串分组：bert_proj 被当成了预训练参数，只能拿到 2e-5 的学习率
by_substring = [n for n, _ in model.named_parameters() if "bert" not in n]
print("子串匹配得到的下游参数:", by_substring)

# 更可靠：直接取 model.bert 这个子模块的参数，其余都是下游参数
pretrained = list(model.bert.parameters())
pretrained_ids = {id(p) for p in pretrained}
downstream_named = [(n, p) for n, p in model.named_parameters() if id(p) not in pretrained_ids]
print("按子模块得到的下游参数:", [n for n, _ in downstream_named])

# 默认 lr（第二个参数）只给没有写 'lr' 的组：第二组不写 lr，就用默认值
optimizer = torch.optim.Adam(
    [{"params": pretrained, "lr": bert_lr}, {"params": [p for _, p in downstream_named]}],
    lr=downstream_lr,
)
print("各组 lr:", [g["lr"] for g in optimizer.param_groups])
print("各组参数量:", [sum(p.numel() for p in g["params"]) for g in optimizer.param_groups])

# 检查
assert [n for n, _ in model.named_children()] == ["bert", "bert_proj", "classifier"]
assert by_substring == ["classifier.weight", "classifier.bias"]  # bert_proj 漏掉了
assert [n for n, _ in downstream_named] == [
    "bert_proj.weight",
    "bert_proj.bias",
    "classifier.weight",
    "classifier.bias",
]
assert [g["lr"] for g in optimizer.param_groups] == [bert_lr, downstream_lr]
assert [sum(p.numel() for p in g["params"]) for g in optimizer.param_groups] == [
    102_267_648,
    768 * 256 + 256 + 256 * 3 + 3,
]
# 组里写了 'lr' 的，默认 lr 不会覆盖它
assert torch.optim.Adam([{"params": pretrained, "lr": bert_lr}], lr=0.5).param_groups[0]["lr"] == bert_lr
