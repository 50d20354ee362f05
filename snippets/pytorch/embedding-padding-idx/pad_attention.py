"""注意力里的 pad：不加 mask 时，真实 token 会把一部分注意力分给 pad；把 pad 的分数填成 -inf 后就是 0。"""

import matplotlib.pyplot as plt
import torch
from torch import nn

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False
torch.manual_seed(0)
torch.set_printoptions(precision=3, linewidth=120, sci_mode=False)

embedding = nn.Embedding(100, 4, padding_idx=0)
input_ids = torch.tensor([5, 6, 7, 0, 0, 0])  # 3 个真实 token + 3 个 pad
mask = input_ids != 0
x = embedding(input_ids).detach()

scores = x @ x.T / 4**0.5  # (6, 6) 缩放点积：第 i 行是第 i 个 token 对各位置的打分
weights = scores.softmax(dim=-1)
masked_weights = scores.masked_fill(~mask, float("-inf")).softmax(dim=-1)  # 每一行里 pad 列填 -inf
print("不用 mask，前 3 行（真实 token）的注意力权重:")
print(weights[:3])
print("用 mask:")
print(masked_weights[:3])
print("真实 token 分给 pad 的注意力之和:", weights[:3, 3:].sum(dim=1), "→", masked_weights[:3, 3:].sum(dim=1))

labels = ["t1", "t2", "t3", "pad", "pad", "pad"]
fig, axes = plt.subplots(1, 2, figsize=(7, 3.6), layout="constrained")
for ax, w, title in zip(axes, [weights, masked_weights], ["不用 mask", "pad 的分数填 −∞"], strict=True):
    im = ax.imshow(w, cmap="Blues", vmin=0, vmax=1)
    ax.set_title(title, fontsize=13)
    ax.set_xticks(range(6), labels, fontsize=11)
    ax.set_yticks(range(6), labels, fontsize=11)
    ax.axvline(2.5, color="tab:red", linestyle="--")  # 右边是 pad 列
    ax.set_xlabel("被注意的位置", fontsize=12)
axes[0].set_ylabel("发出注意的 token", fontsize=12)
fig.colorbar(im, ax=axes, shrink=0.8, label="注意力权重")
plt.savefig("pad_attention.svg")

# 检查
assert (weights[:3, 3:].sum(dim=1) > 0.05).all()
assert (masked_weights[:, 3:] == 0).all()
assert torch.allclose(masked_weights.sum(dim=1), torch.ones(6))
