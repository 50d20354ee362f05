"""分组柱状图：三项指标 × 五个句子长度区间，数字标在柱顶正中。"""

import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

# 原笔记的示例数据：只为演示画法，不是真实的实验结果
groups = ["0-50", "50-100", "100-150", "150-200", "200+"]
metrics = {
    "Precision": [3, 6, 9, 4, 3],
    "Recall": [2, 4, 8, 5, 8],
    "F1": [5, 1, 7, 6, 2],
}
colors = ["#A9A9A9", "#808080", "#696969"]
bar_width = 0.25

x = np.arange(len(groups))  # 每组的中心位置
fig, ax = plt.subplots(figsize=(7, 4))
for i, ((name, values), color) in enumerate(zip(metrics.items(), colors, strict=True)):
    offset = (i - 1) * bar_width  # 三根柱子分别在中心的左、中、右
    bars = ax.bar(x + offset, values, bar_width, color=color, edgecolor="white", label=name)
    ax.bar_label(bars, padding=2)  # matplotlib ≥ 3.4：数字放在柱顶上方、水平居中

ax.set_xticks(x, groups)  # 刻度在每组中心，不用再手动平移
ax.set_xlabel("句子长度")
ax.set_ylabel("评估指标")
ax.set_title("CMeIE")
ax.set_ylim(0, 11)  # 给最高柱顶的数字和图例留出空间
ax.legend(loc="upper left", ncols=3)
fig.tight_layout()
fig.savefig("grouped_bar.svg")  # 脚本和服务器上用 savefig；plt.show() 只在有图形界面时才有用

# 检查图里画的就是数据
bars = ax.patches
heights = [bar.get_height() for bar in bars]
labels = ax.texts  # bar_label 添加的数字
centers = [bar.get_x() + bar.get_width() / 2 for bar in bars]
print("柱子数:", len(bars))
for container, name in zip(ax.containers, metrics, strict=True):
    print(f"{name:>9}:", [int(bar.get_height()) for bar in container])
print("刻度标签:", [t.get_text() for t in ax.get_xticklabels()])
print("柱顶数字:", [t.get_text() for t in labels])
print("柱顶数字的水平对齐方式:", sorted({t.get_ha() for t in labels}))

# 检查
assert len(bars) == 15
assert heights == [v for values in metrics.values() for v in values]
assert [t.get_text() for t in ax.get_xticklabels()] == groups
assert np.allclose(ax.get_xticks(), x)  # 刻度正对中间那根柱子
assert [t.get_text() for t in labels] == [str(v) for values in metrics.values() for v in values]
assert np.allclose([t.xy[0] for t in labels], centers)  # 每个数字正对它的柱子中心
