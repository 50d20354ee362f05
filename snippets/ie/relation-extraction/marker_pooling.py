"""取实体标记处的向量：编码整句后，只拿 <e1> 和 <e2> 两个位置的隐状态，拼起来交给分类器。"""

import re

import torch
from torch import nn

torch.manual_seed(0)
samples = ["<e1>张伟</e1>出生于<e2>北京</e2>，现在在华为工作。", "<e2>张伟</e2>出生于北京，现在在<e1>华为</e1>工作。"]


def tokenize(s):
    return re.findall(r"</?e[12]>|.", s)  # 标记整体是一个 token，其余每个字一个 token


vocab = {"[PAD]": 0}
for s in samples:
    for tok in tokenize(s):
        vocab.setdefault(tok, len(vocab))
ids = torch.tensor([[vocab[t] for t in tokenize(s)] for s in samples])  # 两句等长，不用补齐
e1 = (ids == vocab["<e1>"]).int().argmax(1)  # 每句第一个 <e1> 的位置
e2 = (ids == vocab["<e2>"]).int().argmax(1)

d = 64
embed = nn.Embedding(len(vocab), d)
layer = nn.TransformerEncoderLayer(d, nhead=4, dim_feedforward=128, dropout=0.0, batch_first=True)
encoder = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
h = encoder(embed(ids))  # (句数, 长度, d)，这里的权重还没训练，只看形状
rows = torch.arange(len(ids))
pooled = torch.cat([h[rows, e1], h[rows, e2]], dim=-1)  # (句数, 2d)
logits = nn.Linear(2 * d, 4)(pooled)  # 4 种关系

print("tokens:", tokenize(samples[0]))
print("ids 的形状:", tuple(ids.shape), "| <e1> 位置:", e1.tolist(), "| <e2> 位置:", e2.tolist())
print("h:", tuple(h.shape), "-> pooled:", tuple(pooled.shape), "-> logits:", tuple(logits.shape))

# 检查：取出来的正是标记所在位置的向量
assert torch.equal(pooled[1, :d], h[1, e1[1]]) and tokenize(samples[1])[e1[1]] == "<e1>"
