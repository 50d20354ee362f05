"""负号也会缺字：刻度为负时 matplotlib 默认画 U+2212（MINUS SIGN），不是键盘上的 "-"。"""

import warnings

import matplotlib.pyplot as plt


def glyph_warnings(rc):
    """在给定的 rcParams 下画一条经过负数刻度的线，返回其中的缺字警告。"""
    with plt.rc_context(rc), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = plt.subplots()
        ax.plot([-2, 2], [-2, 2])
        fig.canvas.draw()  # 真正排版文字时才会发现缺字
        plt.close(fig)
    return sorted({str(w.message) for w in caught if "missing from font" in str(w.message)})


# cmr10（随 matplotlib 安装）正好没有 U+2212，用它代替一个缺负号的中文字体。
# 列表里第一个找到的字体负责全部字符：它缺 U+2212，排在后面的 DejaVu Sans 有也不会来补
font_list = {"font.sans-serif": ["cmr10", "DejaVu Sans"]}
print("unicode_minus=True: ", glyph_warnings({**font_list, "axes.unicode_minus": True}))
print("unicode_minus=False:", glyph_warnings({**font_list, "axes.unicode_minus": False}))

# 检查：8722 就是 0x2212；改用 ASCII 的 "-" 后警告消失
assert glyph_warnings({**font_list, "axes.unicode_minus": True}) == [
    "Glyph 8722 (\\N{MINUS SIGN}) missing from font(s) cmr10."
]
assert glyph_warnings({**font_list, "axes.unicode_minus": False}) == []
