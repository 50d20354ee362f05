"""用 font_manager 找出本机能显示中文的字体，再看候选列表解析到的字体缺不缺字。"""

import matplotlib.pyplot as plt
from matplotlib.font_manager import FontProperties, findfont, fontManager, get_font

CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS"]  # fmt: skip
plt.rcParams["font.sans-serif"] = [*CJK_FONTS, "DejaVu Sans"]  # DejaVu Sans 随 matplotlib 安装，但没有汉字
plt.rcParams["axes.unicode_minus"] = False  # 负号用 ASCII 的 "-"，不用 U+2212（见正文）

text = "句子长度评估指标"  # 分组柱状图（见下文）里要出现的汉字


def missing(path: str) -> str:
    """字体文件 path 里缺哪些字（字形编号 0 = 缺字，画出来是方框）。"""
    font = get_font(path)
    return "".join(ch for ch in text if font.get_char_index(ord(ch)) == 0)


# 1) fontManager.ttflist 是 matplotlib 扫描到的全部字体（每个字重、每个子字体各一项）；逐个检查能否显示 text。
#    matplotlib 3.11 起自带的 Last Resort 字体给每个码位都准备了占位的方框，不算
entries = [e for e in fontManager.ttflist if not e.name.startswith("Last Resort")]
cjk = sorted({e.name for e in entries if not missing(e.fname)})
# print(cjk)  # 本机能显示中文的字体名；因机器而异，所以这里不打印

# 2) font.family 默认是 ["sans-serif"]：取 font.sans-serif 列表中第一个已安装的字体
path = findfont(FontProperties(family=["sans-serif"]))
chosen = get_font(path).family_name
# print(chosen, path)  # 本机实际用的字体和文件；同样因机器而异
print("font.family:", plt.rcParams["font.family"])
print("检查的字:", text)
print("DejaVu Sans 缺:", missing(findfont(FontProperties(family=["DejaVu Sans"]))))
print("候选列表解析到的字体缺:", repr(missing(path)))

# 检查：解析到的字体来自候选列表，并且在“能显示中文”的字体里
assert chosen in CJK_FONTS and chosen in cjk, "没有安装列表中的任何中文字体：见正文「安装中文字体」"
