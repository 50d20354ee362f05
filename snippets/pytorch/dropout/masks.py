"""把 nn.Dropout 的掩码画出来：对同一个 8×16 的输入调用四次，看哪些元素被置 0。"""

import matplotlib.pyplot as plt
import torch
from torch import nn

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

# 掩码在 CPU 上生成：同一种子在任何机器上都得到同样的掩码
torch.manual_seed(4)
p = 0.2
dropout = nn.Dropout(p)
x = torch.ones(8, 16)
outputs = [dropout(x) for _ in range(4)]
masks = [y == 0 for y in outputs]  # True = 这个元素被置 0

fig, axes = plt.subplots(2, 2, figsize=(7, 4.2), layout="constrained")
for i, (ax, mask) in enumerate(zip(axes.flat, masks, strict=True)):
    ax.imshow(mask, cmap="Greys", vmin=0, vmax=1.4)
    ax.set_title(f"第 {i + 1} 次：置 0 {int(mask.sum())} 个", fontsize=13)
    ax.set_xticks([k - 0.5 for k in range(1, 16)], minor=True)  # 细网格线分开每个元素
    ax.set_yticks([k - 0.5 for k in range(1, 8)], minor=True)
    ax.grid(which="minor", color="lightgray", linewidth=0.5)
    ax.tick_params(which="both", length=0, labelbottom=False, labelleft=False)
fig.suptitle(f"nn.Dropout(p={p}) 作用于 8×16 个 1（深色 = 置 0）", fontsize=13)
plt.savefig("masks.svg")

# 图的数据：四次的掩码并排（0 = 置 0，. = 保留）
for row in range(8):
    print("   ".join("".join("0" if v else "." for v in mask[row].tolist()) for mask in masks))
print(f"每次置 0 的个数: {[int(m.sum()) for m in masks]}，期望 128 × {p} = {128 * p:.1f}")
always_kept = int((~torch.stack(masks)).all(dim=0).sum())
print(f"四次都被保留的元素: {always_kept} 个，期望 128 × 0.8⁴ = {128 * 0.8**4:.1f}")
print("输出里出现的值:", sorted({round(v, 4) for y in outputs for v in y.flatten().tolist()}))

# 检查
assert all(torch.equal(y[~m], torch.full_like(y[~m], 1 / (1 - p))) for y, m in zip(outputs, masks, strict=True))
assert len({tuple(m.flatten().tolist()) for m in masks}) == 4  # 四次的掩码各不相同
