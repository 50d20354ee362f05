"""练习：把衰减系数 ξ 从 0.9 改成 0.8，最底层（词嵌入）的学习率变成多少？"""

import torch
from torch import nn


class TinyEncoder(nn.Module):
    """与 BERT 分块方式相同的小模型：词嵌入、12 层、分类头。"""

    def __init__(self):
        super().__init__()
        self.embeddings = nn.Embedding(10, 4)
        self.layers = nn.ModuleList(nn.Linear(4, 4) for _ in range(12))
        self.head = nn.Linear(4, 3)


def layer_decay_groups(model, lr, decay):
    blocks = [model.embeddings, *model.layers, model.head]
    top = len(blocks) - 1
    return [{"params": list(b.parameters()), "lr": lr * decay ** (top - depth)} for depth, b in enumerate(blocks)]


model = TinyEncoder()
for decay in (0.9, 0.8):
    lrs = [g["lr"] for g in torch.optim.AdamW(layer_decay_groups(model, 2e-5, decay)).param_groups]
    print(
        f"ξ = {decay}: 词嵌入 {lrs[0]:.2e}，第 0 层 {lrs[1]:.2e}，分类头 {lrs[-1]:.2e}，分类头 / 词嵌入 = {lrs[-1] / lrs[0]:.1f}"
    )

# 检查：词嵌入的学习率是 η·ξ^13
assert abs(lrs[0] - 2e-5 * 0.8**13) < 1e-18
