"""画一个 Transformer 编码器块：post-norm（BERT）与 pre-norm（GPT-2）并排，自下而上。"""

import matplotlib.pyplot as plt
from matplotlib.patches import Circle, FancyBboxPatch

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

ATTN, FFN, LN, LN_F = "多头自注意力", "前馈 d→4d→d", "LayerNorm", "最后的 LayerNorm"
IN, OUT = "输入 (batch, seq, d)", "输出 (batch, seq, d)"
# 自下而上的各级（第 1 到 6 级是重复 N 次的块）；"+" 是残差相加；skips：残差支路从哪一级之后分出、到哪一级的 "+"
panels = {
    "post-norm（BERT）": ([IN, ATTN, "+", LN, FFN, "+", LN, OUT], [(0, 2), (3, 5)]),
    "pre-norm（GPT-2）": ([IN, LN, ATTN, "+", LN, FFN, "+", LN_F, OUT], [(0, 3), (3, 6)]),
}
fill = {ATTN: "#c6dbef", FFN: "#c7e9c0", LN: "#fdd49e", LN_F: "#fdd49e"}
MAIN, SKIP, GAP, ORANGE = 1.9, 3.55, 0.28, "#d94801"  # 主干、残差支路的横坐标，箭头与方框的间隙

fig, axes = plt.subplots(1, 2, figsize=(6.4, 5.6), layout="constrained")
for ax, (title, (levels, skips)) in zip(axes, panels.items(), strict=True):
    ax.add_patch(FancyBboxPatch((0.58, 0.35), 3.27, 6.25, "round,pad=0.05", fc="#f2f2f2", ec="gray"))
    ax.text(0.22, 3.5, "×N", ha="center", va="center", fontsize=13, color="dimgray")
    for y, name in enumerate(levels):
        if name == "+":
            ax.add_patch(Circle((MAIN, y), 0.24, fc="white", ec="black", zorder=3))
        elif name in fill:
            ls = "--" if name == LN_F else "-"
            ax.add_patch(FancyBboxPatch((MAIN - 1.2, y - 0.27), 2.4, 0.54, "round,pad=0.02", fc=fill[name], ls=ls))
        ax.text(MAIN, y, name, ha="center", va="center", fontsize=13 if name == "+" else 12, zorder=4)
        if y > 0:  # 主干上的箭头：从下一级指向这一级
            ax.annotate("", (MAIN, y - GAP), (MAIN, y - 1 + GAP), arrowprops=dict(arrowstyle="->", lw=1.5))
    for start, end in skips:  # 残差支路：在 start 级上方分出，向右、向上，再折回 end 级的 "+"
        ax.plot([MAIN, SKIP, SKIP], [start + 0.5, start + 0.5, end], color=ORANGE, lw=2)
        ax.plot(MAIN, start + 0.5, "o", color=ORANGE, ms=5)
        ax.annotate("", (MAIN + 0.26, end), (SKIP, end), arrowprops=dict(arrowstyle="->", color=ORANGE, lw=2))
    ax.set_title(title, fontsize=14)
    ax.set_xlim(0, 3.95)
    ax.set_ylim(-0.5, 8.5)  # 两幅图用同一纵向比例
    ax.axis("off")
plt.savefig("block_diagram.svg")

for title, (levels, skips) in panels.items():
    print(f"{title}：{' → '.join(levels)}")
    for start, end in skips:
        print(f"  残差支路：从 {levels[start]} 之后分出，绕过 {levels[start + 1 : end]}，加到第 {end} 级的 +")

# 检查：post-norm 的 LayerNorm 都紧跟在 + 之后（在主干上）；pre-norm 的 LayerNorm 都在残差支路绕过的那一段里
(post, post_skips), (pre, pre_skips) = panels.values()
assert [post[i - 1] for i, s in enumerate(post) if s == LN] == ["+", "+"]
assert all(LN not in post[s + 1 : e] for s, e in post_skips) and all(LN in pre[s + 1 : e] for s, e in pre_skips)
