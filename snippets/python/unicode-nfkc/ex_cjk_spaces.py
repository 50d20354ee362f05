"""练习：只删除两个汉字之间的空格，英文单词之间、中英文之间的空格都保留。"""

import re
import unicodedata as ucd

text = "深度\u3000学习 笔记 Deep Learning Notes 第 1 版"
nfkc = ucd.normalize("NFKC", text)

# (?<=…) 和 (?=…) 只看前后的字符、不吃掉它们：被删除的只有两个汉字之间的空白
between_cjk = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
print("replace:", repr(nfkc.replace(" ", "")))
print("正则:   ", repr(between_cjk.sub("", nfkc)))

# 检查
assert between_cjk.sub("", nfkc) == "深度学习笔记 Deep Learning Notes 第 1 版"
