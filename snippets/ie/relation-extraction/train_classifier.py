"""关系分类的完整流水线：实体标记 + 小 Transformer 编码器 + 取 <e1> <e2> 位置的向量 + 线性分类器。"""

import random
import re

import matplotlib.pyplot as plt
import torch
from torch import nn

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
random.seed(0)
torch.manual_seed(0)
torch.set_num_threads(1)  # 单线程：浮点累加的顺序固定，结果可复现

# ---- 玩具数据（与 toy_data.py 相同）：6 个模板，每句 3 个实体，6 个有序实体对 ----
RELATIONS = ["无关系", "出生地", "任职于", "总部位于"]
TEMPLATES = [
    ("{P}出生于{L}，现在在{O}工作。", {("P", "L"): "出生地", ("P", "O"): "任职于"}),
    ("{P}生在{L}，如今供职于{O}。", {("P", "L"): "出生地", ("P", "O"): "任职于"}),
    ("{O}总部位于{L}，{P}是那里的工程师。", {("O", "L"): "总部位于", ("P", "O"): "任职于"}),
    ("总部设在{L}的{O}录用了{P}。", {("O", "L"): "总部位于", ("P", "O"): "任职于"}),
    ("{P}去{L}出差时参观了{O}。", {}),
    ("{O}在{L}开了分店，{P}路过时进去看了看。", {}),
]
TRAIN_NAMES = {"P": "张伟 王芳 李娜 刘洋 陈静 杨磊 赵敏 黄涛", "L": "北京 上海 广州 深圳 杭州 成都 武汉 南京", "O": "华为 腾讯 阿里 百度 小米 京东 网易 美团"}  # fmt: skip
TEST_NAMES = {"P": "孙强 周杰 吴昊 郑爽", "L": "西安 重庆 天津 苏州", "O": "联想 中兴 海尔 格力"}


def make_dataset(pools, n_per_template):
    data = []
    for template, relations in TEMPLATES:
        for _ in range(n_per_template):
            names = {k: random.choice(v.split()) for k, v in pools.items()}
            for head, tail in [(h, t) for h in "PLO" for t in "PLO" if h != t]:
                marked = dict(names, **{head: f"<e1>{names[head]}</e1>", tail: f"<e2>{names[tail]}</e2>"})
                data.append((template.format(**marked), relations.get((head, tail), "无关系")))
    return data


def tokenize(s):
    return re.findall(r"</?e[12]>|.", s)  # 标记是一个 token，其余每个字一个 token


train, test = make_dataset(TRAIN_NAMES, 20), make_dataset(TEST_NAMES, 5)
vocab = {"[PAD]": 0, "[UNK]": 1}
for s, _ in train:
    for tok in tokenize(s):
        vocab.setdefault(tok, len(vocab))


def encode(samples):
    seqs = [[vocab.get(t, 1) for t in tokenize(s)] for s, _ in samples]
    ids = torch.zeros(len(seqs), max(map(len, seqs)), dtype=torch.long)
    for i, seq in enumerate(seqs):
        ids[i, : len(seq)] = torch.tensor(seq)
    e1, e2 = (ids == vocab["<e1>"]).int().argmax(1), (ids == vocab["<e2>"]).int().argmax(1)  # 两个标记的位置
    return ids, e1, e2, torch.tensor([RELATIONS.index(r) for _, r in samples])


class RelationClassifier(nn.Module):
    def __init__(self, vocab_size, n_relations, d=64, max_len=64):
        super().__init__()
        self.tok, self.pos = nn.Embedding(vocab_size, d, padding_idx=0), nn.Embedding(max_len, d)
        layer = nn.TransformerEncoderLayer(d, nhead=4, dim_feedforward=128, dropout=0.0, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
        self.classifier = nn.Linear(2 * d, n_relations)

    def forward(self, ids, e1, e2):
        h = self.encoder(self.tok(ids) + self.pos(torch.arange(ids.shape[1])), src_key_padding_mask=ids == 0)
        rows = torch.arange(len(ids))
        return self.classifier(torch.cat([h[rows, e1], h[rows, e2]], dim=-1))  # 拼接两个标记处的向量


train_data, test_data = encode(train), encode(test)
model = RelationClassifier(len(vocab), len(RELATIONS))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
print(
    f"训练 {len(train)} 条，测试 {len(test)} 条；词表 {len(vocab)}，参数 {sum(p.numel() for p in model.parameters())}"
)
losses = []
for step in range(150):
    batch = torch.randint(0, len(train), (32,))  # 每步随机取 32 条
    ids, e1, e2, y = (t[batch] for t in train_data)
    loss = nn.functional.cross_entropy(model(ids, e1, e2), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    losses.append(loss.item())
    if step % 30 == 0 or step == 149:
        print(f"step {step:>3}  loss {loss.item():.3f}")

model.eval()
with torch.no_grad():
    for name, (ids, e1, e2, y) in [("训练集", train_data), ("测试集", test_data)]:
        acc = (model(ids, e1, e2).argmax(-1) == y).float().mean().item()
        print(f"{name}准确率 {acc:.3f}（全猜“无关系”是 {(y == 0).float().mean().item():.3f}）")
    examples = [
        "<e1>孙强</e1>出生于<e2>苏州</e2>，现在在海尔工作。",
        "<e2>孙强</e2>出生于<e1>苏州</e1>，现在在海尔工作。",
        "<e1>孙强</e1>去<e2>苏州</e2>出差时参观了海尔。",
        "<e1>吴昊</e1>在<e2>联想</e2>工作。",  # 没有见过的句式
    ]
    probs = model(*encode([(s, "无关系") for s in examples])[:3]).softmax(-1)
for s, p in zip(examples, probs, strict=True):
    print(f"{RELATIONS[p.argmax()]}（{p.max().item():.2f}）  {s}")

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.semilogy(losses)
ax.set_xlabel("训练步数", fontsize=13)
ax.set_ylabel("交叉熵损失（对数）", fontsize=13)
ax.set_title("关系分类器的训练损失", fontsize=14)
ax.tick_params(labelsize=12)
ax.grid(alpha=0.3)
fig.tight_layout()
plt.savefig("loss_curve.svg")
