"""设置中文字体的候选列表，并检查 matplotlib 实际解析到的字体真的有这些汉字的字形。"""

import os

import matplotlib.pyplot as plt
from matplotlib.font_manager import FontProperties, findfont, fontManager
from matplotlib.ft2font import FT2Font

# 按顺序尝试：Linux（Noto、文泉驿）→ Windows（微软雅黑、黑体）→ macOS（苹方、黑体-简）
CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS"]  # fmt: skip
plt.rcParams["font.sans-serif"] = [*CJK_FONTS, "DejaVu Sans"]  # DejaVu Sans 随 matplotlib 安装，但没有汉字
plt.rcParams["axes.unicode_minus"] = False  # 负号用 ASCII 的 "-"，不用 U+2212（见正文）

# 分组柱状图（见下文）里要出现的中文
texts = ["句子长度", "评估指标"]
chars = sorted({ch for text in texts for ch in text})

# font.family 默认是 "sans-serif"：matplotlib 取 font.sans-serif 列表中第一个已安装的字体
print("font.family:", plt.rcParams["font.family"])
path = findfont(FontProperties(family=["sans-serif"]))
# findfont 返回解析过符号链接的真实路径；在 matplotlib 的字体表里查出它登记的字体名
names = {entry.name for entry in fontManager.ttflist if os.path.realpath(entry.fname) == path}
font = FT2Font(path)
# print(names, path)  # 想知道本机用的是哪个字体就取消注释；输出因机器而异，所以这里不打印
missing = [ch for ch in chars if font.get_char_index(ord(ch)) == 0]  # 字形索引 0 = 缺字（显示成方框）

print("解析到的字体来自中文候选列表:", bool(names & set(CJK_FONTS)))
print("检查的汉字数:", len(chars))
print("所有中文字符都有字形:", not missing)

assert plt.rcParams["font.family"] == ["sans-serif"]
assert names & set(CJK_FONTS), "没有安装列表中的任何中文字体：见正文「安装中文字体」"
assert not missing, f"解析到的字体缺少这些字：{missing}"
