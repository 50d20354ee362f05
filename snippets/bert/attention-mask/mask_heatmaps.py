"""padding mask 与 causal mask：同一个 batch 里两种 mask 各自挡住哪些 (query, key) 对，以及解码器里二者的组合。"""

import matplotlib.pyplot as plt
import torch
from matplotlib.colors import ListedColormap
from transformers import AutoTokenizer

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
batch = tokenizer(["我爱祖国", "世界人民大团结"], padding="max_length", max_length=10, return_tensors="pt")
attention_mask = batch["attention_mask"]  # (batch, L)：1 = 真实 token，0 = pad
length = attention_mask.shape[1]

# padding mask：query i 能否看 key j 只取决于 j 是不是 pad，所以每一行都一样
padding = attention_mask[:, None, :].expand(-1, length, -1).bool()  # (batch, L, L)
# causal mask：只许看自己和左边（j <= i），与句子内容无关，整个 batch 共用
causal = torch.ones(length, length).tril().bool()  # (L, L)
combined = padding & causal  # 解码器处理补齐的 batch 时，两个条件都要满足

names = ["padding mask", "causal mask", "两者组合"]
fig, axes = plt.subplots(2, 3, figsize=(7, 4.5), layout="constrained")
for b in range(2):
    for c, mask in enumerate([padding[b], causal, combined[b]]):
        ax = axes[b, c]
        ax.imshow(mask.int(), cmap=ListedColormap(["#e6e6e6", "#2166ac"]), vmin=0, vmax=1)
        ax.set_xticks(torch.arange(length + 1) - 0.5, minor=True)  # 白色细线分出格子
        ax.set_yticks(torch.arange(length + 1) - 0.5, minor=True)
        ax.grid(which="minor", color="white", linewidth=1)
        ax.tick_params(which="both", length=0, labelbottom=False, labelleft=False)
        if b == 0:
            ax.set_title(names[c], fontsize=13)
        if b == 1:
            ax.set_xlabel("key j →", fontsize=12)
    axes[b, 0].set_ylabel(f"第 {b + 1} 句：query i ↓", fontsize=12)
fig.suptitle("蓝色 = 允许注意（1），灰色 = 屏蔽（0）", fontsize=13)
plt.savefig("mask_heatmaps.svg")

print("attention_mask:", attention_mask.tolist())
for b in range(2):
    print(f"第 {b + 1} 句（{int(attention_mask[b].sum())} 个真实 token）  padding | causal | 组合")
    for i in range(length):
        rows = [" ".join(str(x) for x in m[i].int().tolist()) for m in (padding[b], causal, combined[b])]
        print(f"  i={i}  " + " | ".join(rows))
    print("  允许的 (query, key) 对数:", [int(m.sum()) for m in (padding[b], causal, combined[b])])

# 检查
assert attention_mask.tolist() == [[1] * 6 + [0] * 4, [1] * 9 + [0]]
assert [int(combined[b].sum()) for b in range(2)] == [45, 54]  # 1+2+3+4+5+6×5 与 1+2+…+9+9
