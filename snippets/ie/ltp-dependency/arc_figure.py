"""把依存弧画在句子上方：箭头从中心词指向依存词，弧顶写关系；跨过别的弧的弧画得更高。"""

import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

words = ["ROOT", "他", "叫", "汤姆", "(", "TOM", ")", "去", "拿", "外衣", "。"]
heads = [None, 2, 0, 2, 5, 3, 5, 8, 2, 8, 2]
labels = [None, "SBV", "HED", "DBL", "WP", "COO", "WP", "ADV", "VOB", "VOB", "WP"]

# 弧的层数：比它里面（被它跨过）的弧高一层，这样嵌套的弧不会相碰
arcs = sorted(((heads[i], i, labels[i]) for i in range(1, len(words))), key=lambda a: abs(a[0] - a[1]))
level = {}
for head, dep, _ in arcs:
    lo, hi = min(head, dep), max(head, dep)
    level[dep] = 1 + max(
        (level[d] for h, d, _ in arcs if d in level and lo <= min(h, d) and max(h, d) <= hi), default=0
    )

fig, ax = plt.subplots(figsize=(7, 3.2))
for x, word in enumerate(words):
    ax.text(x, 0, word, ha="center", va="top", fontsize=14, color="gray" if x == 0 else "black")
t = np.linspace(0, 1, 60)
for head, dep, label in arcs:
    step = 1 if dep > head else -1
    x0, x1 = head + 0.12 * step, dep - 0.05 * step  # 起点稍微错开，同一个词出发的几条弧不会重叠
    x, y = x0 + (x1 - x0) * t, 0.15 + 0.55 * level[dep] * np.sin(np.pi * t)
    color = "tab:blue" if label in ("SBV", "VOB", "DBL") else "0.45"
    ax.plot(x[:-3], y[:-3], color=color, lw=1.4)
    ax.annotate("", xy=(x[-1], y[-1]), xytext=(x[-4], y[-4]), arrowprops={"arrowstyle": "-|>", "color": color})
    ax.text((x0 + x1) / 2, y.max(), label, ha="center", va="center", fontsize=12,
            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none"})  # fmt: skip

ax.set_xlim(-0.6, len(words) - 0.4)
ax.set_ylim(-0.6, 0.15 + 0.55 * max(level.values()) + 0.3)
ax.set_axis_off()
ax.set_title("依存弧：箭头从中心词指向依存词", fontsize=13)
fig.tight_layout()
plt.savefig("arcs.svg")

print("层  关系  中心词 -> 依存词")
for head, dep, label in arcs:
    print(f"{level[dep]:>2}  {label:<4}  {words[head]} -> {words[dep]}")
