"""逐字符对齐 NFKC 前后的字符串：㎏ 和 … 变长之后，后面每个字符的下标都往后移。"""

import unicodedata as ucd

import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

original = "净重１㎏…华为Ｍａｔｅ６０手机"
spans, start = [], 0  # 原文第 i 个字符在 NFKC 结果里占 [start, end)
for ch in original:
    piece = ucd.normalize("NFKC", ch)
    spans.append((start, start + len(piece)))
    start += len(piece)
normalized = ucd.normalize("NFKC", original)

print("原文下标 字符 -> NFKC  NFKC 下标  位移")
for i, (ch, (s, e)) in enumerate(zip(original, spans, strict=True)):
    print(f"{i:6}   {ch}  -> {normalized[s:e]!r:6} {s:3}..{e - 1:<3}  {s - i:+d}")
entity = (original.index("华为"), original.index("华为") + 2)
moved = (spans[entity[0]][0], spans[entity[1] - 1][1])
print(f"华为: 原文 {entity} -> NFKC {moved}；拿 {moved} 去切原文得到 {original[moved[0] : moved[1]]!r}")

fig, ax = plt.subplots(figsize=(6.4, 3.2))


def cell(x, y, width, text, color, highlight):
    edge = {"ec": "#d95f02", "lw": 2.5} if highlight else {"ec": "0.5", "lw": 1}
    ax.add_patch(Rectangle((x + 0.05, y), width - 0.1, 0.9, fc=color, **edge))
    ax.text(x + width / 2, y + 0.45, text, ha="center", va="center", fontsize=13)


colors = {"same": "white", "one": "#c6dbef", "more": "#f4a6a6"}  # 不变 / 一对一换成半角 / 变长
for i, (ch, (s, e)) in enumerate(zip(original, spans, strict=True)):
    kind = "same" if normalized[s:e] == ch else ("one" if e - s == 1 else "more")
    cell(s, 2.0, e - s, ch, colors[kind], entity[0] <= i < entity[1])  # 上排：原文字符，宽度 = 它变成几个字符
    ax.text((s + e) / 2, 3.2, str(i), ha="center", va="center", fontsize=11, color="0.35")
    for j in range(s, e):  # 下排：NFKC 的字符，连线连到它来自的原文字符
        ax.plot([(s + e) / 2, j + 0.5], [2.0, 1.4], color="0.45", lw=1)
        cell(j, 0.5, 1, normalized[j], colors[kind], moved[0] <= j < moved[1])
        ax.text(j + 0.5, 0.15, str(j), ha="center", va="center", fontsize=11, color="0.35")
wrong = (spans[moved[0]][0], spans[moved[1] - 1][1])  # 原文 [8, 10) 这两个字符在图上的位置
ax.add_patch(Rectangle((wrong[0] - 0.05, 1.9), wrong[1] - wrong[0] + 0.1, 1.1, fc="none", ec="#7570b3", lw=2, ls="--"))
shift = moved[0] - entity[0]
wrong_label = f"拿 {moved} 切原文 → {original[moved[0] : moved[1]]}"
ax.text((wrong[0] + wrong[1]) / 2, 3.7, wrong_label, ha="center", va="center", fontsize=11, color="#7570b3")
moved_label = f"华为：原文 {entity} → NFKC {moved}，下标 {shift:+d}"
ax.text(moved[0] + 1, -0.5, moved_label, ha="center", va="center", fontsize=11, color="#d95f02")
ax.text(-0.3, 2.45, "原文", ha="right", va="center", fontsize=12)
ax.text(-0.3, 0.95, "NFKC", ha="right", va="center", fontsize=12)
ax.set_xlim(-2.2, len(normalized) + 0.1)
ax.set_ylim(-0.8, 4.0)
ax.set_axis_off()
fig.tight_layout()
plt.savefig("offset_shift.svg")

# 检查
assert len(original) == 15 and len(normalized) == 18 and spans[-1][1] == len(normalized)
assert [e - s for s, e in spans].count(1) == 13  # 13 个字符一对一，㎏ 变 2 个、… 变 3 个
assert moved == (8, 10) and normalized[8:10] == "华为" and original[8:10] == "ａｔ"
