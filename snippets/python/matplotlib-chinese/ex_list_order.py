"""练习：把 DejaVu Sans 挪到候选列表最前面，标题“句子长度”会出现几条缺字警告？"""

import warnings

import matplotlib.pyplot as plt

CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS"]  # fmt: skip
orders = {"中文字体在前": [*CJK_FONTS, "DejaVu Sans"], "DejaVu Sans 在前": ["DejaVu Sans", *CJK_FONTS]}

counts = {}
for name, font_list in orders.items():
    with plt.rc_context({"font.sans-serif": font_list}), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = plt.subplots()
        ax.set_title("句子长度")
        fig.canvas.draw()
        plt.close(fig)
    counts[name] = sum("missing from font" in str(w.message) for w in caught)
    print(f"{name}: {counts[name]} 条缺字警告")

# 检查：DejaVu Sans 在前时它负责全部文字，后面的中文字体不会来补
assert counts == {"中文字体在前": 0, "DejaVu Sans 在前": 4}
