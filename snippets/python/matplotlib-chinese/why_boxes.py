"""方框从哪来：字体的字符表（cmap）里查不到这个字，就画 0 号字形 .notdef。"""

import warnings
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
from matplotlib.font_manager import get_font

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip

# matplotlib 的默认字体 DejaVu Sans，随 matplotlib 一起安装（mpl-data/fonts/ttf/）
font = get_font(str(Path(matplotlib.get_data_path(), "fonts", "ttf", "DejaVuSans.ttf")))
print("字体:", font.family_name, "  字形总数:", font.num_glyphs)
for ch in "Aé−句子":
    index = font.get_char_index(ord(ch))  # 字符 → 字形编号；0 表示字符表里没有
    print(f"  {ch!r} U+{ord(ch):04X} -> 字形 {index:4} {font.get_glyph_name(index)}")

# 同一行字分别用 DejaVu Sans 和中文字体候选列表画出来
fig, ax = plt.subplots(figsize=(6, 2.2))
ax.set_axis_off()
ax.text(0, 0.62, "Loss 句子长度", fontsize=30, family="DejaVu Sans")
ax.text(0, 0.05, "Loss 句子长度", fontsize=30, family="sans-serif")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fig.savefig("boxes.svg")  # 排版文字时才查字形，缺字警告在这一步发出
print("保存图片时的警告:")
for w in caught:
    print("  ", w.message)

# 检查：汉字都落到了 0 号字形 .notdef；四个汉字各一条警告，都出在 DejaVu Sans 那一行
assert font.get_char_index(ord("句")) == 0 and font.get_glyph_name(0) == ".notdef"
assert len(caught) == 4
