"""NFKC 不做的事：不删不可见字符、不改中文标点、不繁转简、不转小写。"""

import unicodedata as ucd

samples = [
    ("\u200b", "零宽空格"),
    ("\ufeff", "BOM（零宽不换行空格）"),
    ("\u00ad", "软连字符"),
    ("\t", "制表符"),
    ("\u3000", "全角空格（对照：会被转换）"),
    ("\u00a0", "不换行空格（对照：会被转换）"),
    ("。、“”《》—", "中文标点"),
    ("國體", "繁体字"),
    ("ＢＥＲＴ", "全角大写字母"),
]
# repr() 把看不见的字符写成转义序列，才看得出它们还在
for s, label in samples:
    print(f"{s!r:16} -> {ucd.normalize('NFKC', s)!r:16} {label}")

# 想删掉零宽字符、BOM、软连字符，要自己列出来（它们的类别都是 Cf：格式字符）
invisible = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
text = "\ufeffBERT\u200b模型\u00ad"
print(repr(text), "->", repr(ucd.normalize("NFKC", text).translate(str.maketrans("", "", invisible))))

# 检查
assert ucd.normalize("NFKC", "\u200b\ufeff\u00ad\t") == "\u200b\ufeff\u00ad\t"
assert ucd.normalize("NFKC", "國體") == "國體" and ucd.normalize("NFKC", "ＢＥＲＴ") == "BERT"
assert {ucd.category(ch) for ch in invisible} == {"Cf"}
