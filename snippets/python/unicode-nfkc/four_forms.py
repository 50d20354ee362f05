"""NFC、NFD、NFKC、NFKD：C 是合成，D 是分解，K 表示还做“兼容”替换。"""

import unicodedata as ucd

samples = {
    "é（一个字符）": "\u00e9",
    "e + 组合重音": "e\u0301",
    "ﬁ 连字": "ﬁ",
    "全角 Ａ": "Ａ",
    "①": "①",
}


def code_points(s: str) -> str:
    return "+".join(f"{ord(c):04X}" for c in s)


# 每个格子是结果的码位（十六进制），用 + 连接；看码位才分得清“看起来一样”的两种写法
print(f"{'输入':10}" + "".join(f"{form:>12}" for form in ("NFC", "NFD", "NFKC", "NFKD")))
for label, s in samples.items():
    cells = [code_points(ucd.normalize(form, s)) for form in ("NFC", "NFD", "NFKC", "NFKD")]
    print(f"{code_points(s):12}" + "".join(f"{c:>12}" for c in cells) + f"  {label}")

# 检查
# 规范等价（canonical）：é 的两种写法在 NFC 下相同、在 NFD 下也相同
assert ucd.normalize("NFC", "e\u0301") == "\u00e9"
assert ucd.normalize("NFD", "\u00e9") == "e\u0301"
# NFC / NFD 不碰兼容字符：连字、全角、圈号数字原样保留
assert all(ucd.normalize(f, c) == c for f in ("NFC", "NFD") for c in "ﬁＡ①")
# NFKC / NFKD 做兼容替换
assert ucd.normalize("NFKC", "ﬁＡ①") == ucd.normalize("NFKD", "ﬁＡ①") == "fiA1"
# NFKD 把 é 分解成两个字符，NFKC 再合成回去
assert ucd.normalize("NFKD", "\u00e9") == "e\u0301" and ucd.normalize("NFKC", "e\u0301") == "\u00e9"
# 判断一个字符串是否已经是某种范式（Python 3.8+）
assert ucd.is_normalized("NFC", "ﬁ") and not ucd.is_normalized("NFKC", "ﬁ")
