"""同一个码位，繁体中文（TC）字体和简体中文（SC）字体画出的字形可以不同。"""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.font_manager import FontProperties, findfont, get_font

# 只装了 PyPI 上的 Noto Sans CJK 时，本机只有 TC 版；这里专门用它来对比
path = findfont(FontProperties(family=["Noto Sans CJK TC"]), fallback_to_default=False)
font = get_font(path)
font.set_size(48, 72)

text = "误差次数分布骨角今令"


def outline(ch, language=None):
    """按 language 排版一个字，返回它的轮廓坐标。"""
    font.set_text(ch, language=language)  # language 由 libraqm 处理（matplotlib ≥ 3.11）
    return font.get_path()[0]


differ = [ch for ch in text if not np.array_equal(outline(ch), outline(ch, "zh-Hans"))]
print("字体:", font.family_name)
print("与简体字形不同:", " ".join(differ))
print("字形相同:      ", " ".join(ch for ch in text if ch not in differ))

fig, ax = plt.subplots(figsize=(7, 2.8))
ax.set_axis_off()
rows = [(0.58, None, "Noto Sans CJK TC"), (0.05, "zh-Hans", 'Noto Sans CJK TC + language="zh-Hans"')]
for y, language, label in rows:
    ax.text(0.0, y + 0.3, label, fontsize=13, family="DejaVu Sans")
    for i, ch in enumerate(text):
        color = "C3" if ch in differ else "black"  # 红色的字在两行里长得不一样
        ax.text(i / len(text), y, ch, fontsize=34, color=color, family="Noto Sans CJK TC", language=language)
fig.tight_layout()
fig.savefig("sc_vs_tc.svg")

# 检查：骨、角、今、令这几个常见的例子确实不同
assert {"骨", "角", "今", "令"} <= set(differ)
