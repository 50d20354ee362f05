"""缺字形时 matplotlib 画方框并发出 "Glyph ... missing from font" 警告：先复现，再修好。"""

import warnings

import matplotlib.pyplot as plt

CJK_FALLBACK = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip


def glyph_warnings(rc, title, xs=(0, 1)):
    """在给定的 rcParams 下画一张图，返回其中的缺字形警告（去重、排序）。"""
    with plt.rc_context(rc), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = plt.subplots()
        ax.plot(xs, xs)
        ax.set_title(title)
        fig.canvas.draw()  # 真正排版文字时才会发现缺字
        plt.close(fig)
    return sorted({str(w.message) for w in caught if "missing from font" in str(w.message)})


# 1) 只有 DejaVu Sans（matplotlib 自带，没有汉字）：Linux 上没有 SimHei 时就是这个结果
broken = glyph_warnings({"font.sans-serif": ["DejaVu Sans"]}, "句子长度")
print("只用 DejaVu Sans:")
for message in broken:
    print("  ", message)
assert len(broken) == 4  # 四个字各一条警告，图上是四个方框

# 2) 候选列表：解析到一个有汉字的字体，不再有警告
fixed = glyph_warnings({"font.sans-serif": CJK_FALLBACK}, "句子长度")
print("用候选字体列表:", fixed)
assert fixed == []

# 3) 负号：刻度为负时 matplotlib 默认画 U+2212（MINUS SIGN）。列表里第一个找到的字体负责全部字符，
#    它若没有 U+2212，排在后面的 DejaVu Sans 也不会来补。cmr10（matplotlib 自带）正好缺这个字形。
no_minus = {"font.sans-serif": ["cmr10", "DejaVu Sans"]}
minus_broken = glyph_warnings({**no_minus, "axes.unicode_minus": True}, "x", xs=(-2, 2))
minus_fixed = glyph_warnings({**no_minus, "axes.unicode_minus": False}, "x", xs=(-2, 2))
print("unicode_minus=True: ", minus_broken)
print("unicode_minus=False:", minus_fixed)
assert minus_broken == ["Glyph 8722 (\\N{MINUS SIGN}) missing from font(s) cmr10."]
assert minus_fixed == []
