"""逐层衰减学习率（layer-wise lr decay）：越靠近输入的层，学习率越小。每层一个参数组。"""

from itertools import pairwise

import matplotlib.pyplot as plt
import torch
from torch import nn
from transformers import AutoModel

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False
device = "cuda" if torch.cuda.is_available() else "cpu"


class Classifier(nn.Module):
    def __init__(self, num_labels=3):
        super().__init__()
        self.bert = AutoModel.from_pretrained("bert-base-chinese")
        self.classifier = nn.Linear(self.bert.config.hidden_size, num_labels)


model = Classifier().to(device)
lr, decay = 2e-5, 0.9  # 顶部（分类头）的学习率 η 和每往下一层乘的系数 ξ

# 从下往上：词嵌入、12 个 Transformer 层、pooler + 分类头；第 depth 块的学习率是 η·ξ^(13 - depth)
blocks = [("embeddings", model.bert.embeddings)]
blocks += [(f"layer {i}", layer) for i, layer in enumerate(model.bert.encoder.layer)]
blocks += [("pooler+head", nn.ModuleList([model.bert.pooler, model.classifier]))]
top = len(blocks) - 1
groups = [
    {"params": list(module.parameters()), "lr": lr * decay ** (top - depth), "name": name}
    for depth, (name, module) in enumerate(blocks)
]
optimizer = torch.optim.AdamW(groups, weight_decay=0.01)

print(f"{'参数组':<9}{'张量':>4}{'参数量':>12}{'学习率':>10}")  # 中文占两格，按显示宽度对齐
for g in optimizer.param_groups:
    print(f"{g['name']:<12}{len(g['params']):>6}{sum(p.numel() for p in g['params']):>15,}{g['lr']:>13.2e}")
print("词嵌入里的词向量矩阵:", tuple(model.bert.embeddings.word_embeddings.weight.shape))

names = [g["name"].replace("layer ", "") for g in optimizer.param_groups]
fig, ax = plt.subplots(figsize=(7, 3.8))
ax.bar(names, [g["lr"] * 1e5 for g in optimizer.param_groups], color="tab:blue")
ax.set_xticks(range(len(names)), ["emb"] + names[1:-1] + ["head"], fontsize=11)
ax.set_xlabel("从输入到输出（0–11 是 Transformer 层）", fontsize=12)
ax.set_ylabel("学习率（×1e-5）", fontsize=12)
ax.set_title(f"逐层衰减的学习率（ξ = {decay}）", fontsize=13)
fig.tight_layout()
plt.savefig("layer_decay.svg")

# 检查：每个参数恰好在一个组里；相邻两组的学习率之比都是 ξ
ids = [id(p) for g in optimizer.param_groups for p in g["params"]]
assert len(ids) == len(set(ids)) and set(ids) == {id(p) for p in model.parameters()}
lrs = [g["lr"] for g in optimizer.param_groups]
assert all(abs(a / b - decay) < 1e-12 for a, b in pairwise(lrs))
assert len(lrs) == 14 and lrs[-1] == lr
