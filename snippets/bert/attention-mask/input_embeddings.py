"""BERT 的输入：词向量 + 片段向量 + 位置向量逐位相加，再经 LayerNorm 和 dropout 送进编码器。"""

import matplotlib.pyplot as plt
import torch
from matplotlib.patches import FancyBboxPatch
from transformers import AutoModel, AutoTokenizer

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
batch = tokenizer("我爱祖国", "你好", return_tensors="pt")  # 句子对：第 1 句是 A，第 2 句是 B
ids, types = batch["input_ids"][0].tolist(), batch["token_type_ids"][0].tolist()
tokens = tokenizer.convert_ids_to_tokens(ids)
positions = list(range(len(ids)))  # tokenizer 不返回位置，模型默认用 0, 1, …, L-1
print("位置     id  token_type_ids  token")
for p, i, t, token in zip(positions, ids, types, tokens, strict=True):
    print(f"{p:>4}  {i:>5}  {t:>14}  {token}")

# 三张查找表，各取一行相加；只看形状，不看数值
embeddings = AutoModel.from_pretrained("bert-base-chinese").embeddings.eval()  # eval：dropout 不起作用
for name in ("word_embeddings", "token_type_embeddings", "position_embeddings"):
    print(f"{name:<22}", tuple(getattr(embeddings, name).weight.shape))

with torch.no_grad():
    out = embeddings(batch["input_ids"], batch["token_type_ids"])
    summed = (
        embeddings.word_embeddings(batch["input_ids"])
        + embeddings.token_type_embeddings(batch["token_type_ids"])
        + embeddings.position_embeddings(torch.tensor([positions]))
    )
    by_hand = embeddings.LayerNorm(summed)
print("送进编码器的形状:", tuple(out.shape))

fig, ax = plt.subplots(figsize=(6.4, 3.2))
rows = {"token": (3.9, "#fff2b3"), "segment": (3.1, None), "position": (2.4, "#e5e5e5")}
for x, (token, i, t, p) in enumerate(zip(tokens, ids, types, positions, strict=True), start=1):
    ax.plot([x, x], [4.0, 1.8], color="#999999", lw=1, zorder=0)  # 同一列的三个向量相加
    texts = {"token": f"{token}\n{i}", "segment": f"$E_{'AB'[t]}$", "position": f"$E_{{{p}}}$"}
    for row, (y, color) in rows.items():
        color = color or ("#c6dbef" if t == 0 else "#fdd0a2")  # 片段 A 蓝、B 橙
        h = 0.75 if row == "token" else 0.5
        ax.add_patch(FancyBboxPatch((x - 0.42, y - h / 2), 0.84, h, "round,pad=0.02", fc=color, ec="#555555"))
        ax.text(x, y, texts[row], ha="center", va="center", fontsize=11 if row == "token" else 13, linespacing=1.1)
    ax.text(x, 1.8, r"$\oplus$", ha="center", va="center", fontsize=14, bbox={"fc": "white", "ec": "none", "pad": 0})
    ax.annotate("", (x, 1.02), (x, 1.6), arrowprops={"arrowstyle": "->", "color": "#555555"})
for row, (y, _) in rows.items():
    ax.text(0.45, y, f"$E_{{\\rm {row}}}$", ha="right", va="center", fontsize=13)
ax.add_patch(FancyBboxPatch((0.58, 0.55), len(ids) - 0.16, 0.45, "round,pad=0.02", fc="#d9f0d3", ec="#555555"))
ax.text((len(ids) + 1) / 2, 0.78, "LayerNorm → dropout → 编码器", ha="center", va="center", fontsize=11)
ax.set_xlim(-0.9, len(ids) + 0.5)
ax.set_ylim(0.45, 4.35)
ax.axis("off")
fig.tight_layout()
plt.savefig("input_embeddings.svg")

# 检查：eval 模式下 embeddings 就是三行相加后做 LayerNorm，与权重取什么值无关
assert ids == [101, 2769, 4263, 4862, 1744, 102, 872, 1962, 102] and types == [0] * 6 + [1] * 3
assert torch.allclose(out, by_hand, atol=1e-6)
