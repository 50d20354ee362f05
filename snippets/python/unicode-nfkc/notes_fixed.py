"""原笔记的一行代码，补上输入后运行：NFKC 之后再 replace(' ', '') 做了什么。"""

import unicodedata as ucd

# 原笔记里的 msg 没有定义（NameError），这里给一段混合了全角字符和各种空格的文本
msg = "ＢＥＲＴ模型\u3000在２０１８年发布，Hello World！\u00a0价格：１００元。"

cleaned = ucd.normalize("NFKC", msg).replace(" ", "")

print("原文:", repr(msg))
print("结果:", repr(cleaned))
print("长度:", len(msg), "->", len(cleaned))

# 1. 全角字母、数字、标点被“转换”成半角，而不是被“去掉”
assert "BERT" in cleaned and "2018" in cleaned and "100" in cleaned
# 2. 中文逗号、冒号、感叹号也变成了 ASCII 标点，句号“。”却保持不变
assert "发布," in cleaned and "价格:" in cleaned and "!" in cleaned and cleaned.endswith("元。")
# 3. 全角空格 U+3000、不换行空格 U+00A0 先变成普通空格，再被 replace 删掉
assert "\u3000" not in cleaned and "\u00a0" not in cleaned
# 4. 英文单词之间有意义的空格也被删掉了
assert "HelloWorld" in cleaned

# 只想统一空白、又要保留英文单词间的空格：把连续空白压成一个空格
tidy = " ".join(ucd.normalize("NFKC", msg).split())
print("压缩空白:", repr(tidy))
assert "Hello World" in tidy

# NFKC 并不处理所有“看不见的空白”：零宽空格、BOM、制表符原样保留
for ch in ["\u3000", "\u00a0", "\u2009", "\u200b", "\ufeff", "\t"]:
    out = ucd.normalize("NFKC", ch)
    print(f"U+{ord(ch):04X} {ucd.name(ch, '<control> TAB'):<25} -> {out!r}")
assert all(ucd.normalize("NFKC", ch) == " " for ch in "\u3000\u00a0\u2009")
assert all(ucd.normalize("NFKC", ch) == ch for ch in "\u200b\ufeff\t")
