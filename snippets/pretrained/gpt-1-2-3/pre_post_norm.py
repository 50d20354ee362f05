"""画 post-norm（GPT-1）与 pre-norm（GPT-2）的 Transformer 块：LayerNorm 在残差相加之后，还是在子层入口。"""

import matplotlib.pyplot as plt
from matplotlib.patches import Circle, FancyBboxPatch

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

# 自下而上的各层；"+" 是残差相加，skip 记下每条残差连线从哪一级分出、到哪个 "+"
blocks = {
    "post-norm（GPT-1）": (["x", "注意力", "+", "LN", "前馈", "+", "LN"], [(0, 2), (3, 5)]),
    "pre-norm（GPT-2）": (["x", "LN", "注意力", "+", "LN", "前馈", "+", "LN_f"], [(0, 3), (3, 6)]),
}
colors = {"LN": "#fdd49e", "LN_f": "#fdd49e", "注意力": "#c6dbef", "前馈": "#c6dbef"}
MAIN, SKIP, GAP = 1.5, 2.9, 0.27  # 主干与残差支路的横坐标；箭头离开方框的间隙

fig, axes = plt.subplots(1, 2, figsize=(6.4, 4.5), layout="constrained")
for ax, (title, (steps, skips)) in zip(axes, blocks.items(), strict=True):
    for y, name in enumerate(steps):
        if name == "+":
            ax.add_patch(Circle((MAIN, y), 0.22, fc="white", ec="black"))
        elif name != "x":
            dashed = "--" if name == "LN_f" else "-"
            box = FancyBboxPatch((MAIN - 0.9, y - 0.25), 1.8, 0.5, "round,pad=0.02", fc=colors[name], ls=dashed)
            ax.add_patch(box)
        ax.text(MAIN, y, name, ha="center", va="center", fontsize=14)
        if y > 0:  # 主干上的箭头：从下一级指向这一级
            ax.annotate("", (MAIN, y - GAP), (MAIN, y - 1 + GAP), arrowprops=dict(arrowstyle="->", lw=1.5))
    for start, end in skips:  # 残差支路：从分叉点向右、向上，再折回到 "+"
        ax.plot([MAIN + 0.2, SKIP, SKIP], [start + 0.4, start + 0.4, end], color="#d94801", lw=2)
        ax.annotate("", (MAIN + 0.24, end), (SKIP, end), arrowprops=dict(arrowstyle="->", color="#d94801", lw=2))
    ax.annotate("", (MAIN, len(steps) - 0.2), (MAIN, len(steps) - 1 + GAP), arrowprops=dict(arrowstyle="->", lw=1.5))
    ax.set_title(title, fontsize=15)
    ax.set_xlim(0.3, 3.3)
    ax.set_ylim(-0.5, 7.9)  # 两幅图用同一纵向比例
    ax.axis("off")
plt.savefig("pre_post_norm.svg")

for title, (steps, skips) in blocks.items():
    print(f"{title}: {' → '.join(steps)}")
    for start, end in skips:
        inside = steps[start + 1 : end]
        print(f"  残差支路从 {steps[start]}（第 {start} 级）直达第 {end} 级的 +，绕过 {inside}")

# 检查：post-norm 的 LN 都紧跟在 + 之后（在主干上）；pre-norm 的每条残差支路都绕过了子层入口的 LN
post_steps, post_skips = blocks["post-norm（GPT-1）"]
pre_steps, pre_skips = blocks["pre-norm（GPT-2）"]
assert [post_steps[i - 1] for i, s in enumerate(post_steps) if s == "LN"] == ["+", "+"]
assert all("LN" not in post_steps[s + 1 : e] for s, e in post_skips)
assert all("LN" in pre_steps[s + 1 : e] for s, e in pre_skips)
