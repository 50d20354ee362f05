"""mask 是加在分数上的偏置：padding mask 挡住 pad 列，causal mask 挡住右上角；画出三种注意力权重。"""

import math

import matplotlib.pyplot as plt
import torch

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

torch.manual_seed(0)
tokens = ["我", "爱", "祖", "国", "pad", "pad"]
length, d_k = len(tokens), 8
x = torch.randn(length, d_k)  # 自注意力：Q = K = V = x（省去投影，只看 mask）
valid = torch.tensor([1, 1, 1, 1, 0, 0])  # 后两个位置是 pad

padding_bias = torch.zeros(length).masked_fill(valid == 0, float("-inf"))  # (L,)：广播到每一行
causal_bias = torch.full((length, length), float("-inf")).triu(diagonal=1)  # j > i 的位置为 -inf
biases = {"不加 mask": torch.zeros(length, length), "padding mask": padding_bias, "causal mask": causal_bias}

scores = x @ x.T / math.sqrt(d_k)
weights = {name: torch.softmax(scores + bias, dim=-1) for name, bias in biases.items()}

cmap = plt.get_cmap("Blues").with_extremes(bad="#bdbdbd")  # NaN 画成灰色
fig, axes = plt.subplots(1, 3, figsize=(6.4, 3.1), layout="constrained")
for ax, (name, w) in zip(axes, weights.items(), strict=True):
    blocked = (scores + biases[name]).isinf()  # 被 mask 挡住的格子
    image = ax.imshow(w.masked_fill(blocked, float("nan")), cmap=cmap, vmin=0, vmax=1)
    ax.set_title(name, fontsize=12)
    ax.set_xticks(range(length), tokens, fontsize=11, rotation=90)
    ax.set_yticks(range(length), tokens if ax is axes[0] else [], fontsize=11)
axes[0].set_ylabel("query", fontsize=12)
axes[1].set_xlabel("key", fontsize=12)
fig.colorbar(image, ax=axes, shrink=0.8, label="权重")
fig.suptitle("注意力权重（灰色 = 被 mask 挡住，权重为 0）", fontsize=12)
plt.savefig("masked_weights.svg")

print("padding 偏置:", padding_bias.tolist())
for name, w in weights.items():
    print(f"{name}（每行之和 {w.sum(dim=-1).round(decimals=4).tolist()}）:")
    for token, row in zip(tokens, w.tolist(), strict=True):
        print(f"  {token:>4}  " + " ".join(f"{p:.2f}" for p in row))

# 检查：被挡住的格子权重恰好是 0
assert (weights["padding mask"][:, 4:] == 0).all()
assert torch.equal(weights["causal mask"].triu(diagonal=1), torch.zeros(length, length))
