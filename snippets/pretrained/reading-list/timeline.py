"""把阅读清单画成时间线：横轴是年份，箭头从被依赖的工作指向建立在它之上的工作。"""

import matplotlib.pyplot as plt
from matplotlib.patches import Patch

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

# 工作 → (首次公开的年份, 画在第几行, 所属的组, 它建立在哪些工作之上)，与本页的表格一致；行只是为了让箭头不穿过方框
works = {
    "Transformer": (2017, 2.5, "主线", []),
    "相对位置表示": (2018, -0.5, "位置编码", ["Transformer"]),
    "GPT-1": (2018, 2.5, "主线", ["Transformer"]),
    "BERT": (2018, 4.5, "主线", ["Transformer", "GPT-1"]),
    "GPT-2": (2019, 2.5, "主线", ["GPT-1"]),
    "Sparse\nTransformer": (2019, 1.6, "规模", ["Transformer"]),
    "缩放定律": (2020, 1.6, "规模", ["GPT-2"]),
    "PET": (2020, 3.5, "Prompt", ["BERT", "GPT-2"]),
    "GPT-3": (2020, 2.5, "主线", ["GPT-2", "Sparse\nTransformer", "缩放定律"]),
    "层次分解": (2020, 4.5, "位置编码", ["BERT"]),
    "Prefix-\nTuning": (2021, 1.9, "Prompt", ["GPT-2", "GPT-3"]),
    "P-Tuning": (2021, 3.5, "Prompt", ["GPT-3", "PET"]),
    "RoPE": (2021, -0.5, "位置编码", ["Transformer", "相对位置表示"]),
    "Prompt\nTuning": (2021, 0.8, "Prompt", ["Prefix-\nTuning", "GPT-3"]),
    "P-Tuning\nv2": (2021, 2.7, "Prompt", ["Prefix-\nTuning", "P-Tuning", "Prompt\nTuning"]),
}
colors = {"主线": "#c6dbef", "规模": "#c7e9c0", "Prompt": "#dadaeb", "位置编码": "#fdd0a2"}


def name(work):
    """方框里的换行只为画图，打印时去掉。"""
    return work.replace("-\n", "-").replace("\n", " ")


def step(work):
    """同一年里依赖链的长度：同年的前置越多，在这一年里画得越靠右。"""
    year, _, _, deps = works[work]
    return max((step(d) + 1 for d in deps if works[d][0] == year), default=0)


pos = {w: (year + 0.38 * step(w), row) for w, (year, row, _, _) in works.items()}
edges = [(dep, w) for w, (*_, deps) in works.items() for dep in deps]

for year in range(2017, 2022):
    print(f"{year}：{'、'.join(name(w) for w in works if works[w][0] == year)}")
same_year = [f"{name(dep)} → {name(w)}" for dep, w in edges if works[dep][0] == works[w][0]]
print(f"{len(works)} 项工作，{len(edges)} 条“建立在”的箭头；同一年内的依赖 {len(same_year)} 处：")
print("  " + "、".join(same_year))

fig, ax = plt.subplots(figsize=(6.4, 4.4))
boxes = {}
for w, (x, y) in pos.items():
    style = dict(boxstyle="round,pad=0.3", fc=colors[works[w][2]], ec="none")
    boxes[w] = ax.text(x, y, w, ha="center", va="center", fontsize=11, bbox=style).get_bbox_patch()
bend = {("GPT-3", "Prompt\nTuning"): 0.35}  # 这一支弯一下，绕开 Prefix-Tuning 的方框
for dep, w in edges:  # 箭头从方框边缘画到方框边缘
    arrow = dict(arrowstyle="-|>", color="#8c8c8c", lw=1, patchA=boxes[dep], patchB=boxes[w], shrinkA=1, shrinkB=1)
    arrow["connectionstyle"] = f"arc3,rad={bend.get((dep, w), 0)}"
    ax.annotate("", pos[w], pos[dep], arrowprops=arrow)
handles = [Patch(color=color, label=group) for group, color in colors.items()]
ax.legend(handles=handles, loc="upper left", fontsize=11, frameon=False, handlelength=1, borderaxespad=0)
ax.set_xticks(range(2017, 2022))
ax.tick_params(axis="x", labelsize=12)
ax.set_xlim(2016.6, 2022.1)
ax.set_ylim(-0.9, 5.0)
ax.set_yticks([])
for side in ("left", "right", "top"):
    ax.spines[side].set_visible(False)
fig.tight_layout()
plt.savefig("timeline.svg")

# 检查：每支箭头都从较早（或同年、画在左边）的工作指向较晚的工作；图中没有两个方框放在同一点
assert all(works[dep][0] <= works[w][0] and pos[dep][0] < pos[w][0] for dep, w in edges)
assert len(set(pos.values())) == len(works) == 15
# 位置编码一组的工作只被同组的工作依赖：从橙色方框出发的箭头都指向橙色方框
assert all(works[w][2] == "位置编码" for dep, w in edges if works[dep][2] == "位置编码")
