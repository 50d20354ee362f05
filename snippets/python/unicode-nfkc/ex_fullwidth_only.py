"""练习：只把全角 ASCII 和全角空格转成半角，其余字符不动，字符串长度不变。"""

import unicodedata as ucd

# U+FF01..U+FF5E 与 ASCII 的 U+0021..U+007E 一一对应，码位差 0xFEE0；全角空格 U+3000 对应普通空格
HALFWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def to_halfwidth(text: str) -> str:
    return text.translate(HALFWIDTH)


original = "净重１㎏…华为Ｍａｔｅ６０手机"
half = to_halfwidth(original)
nfkc = ucd.normalize("NFKC", original)
print("原文:  ", original, "长度", len(original))
print("只转全角:", half, "长度", len(half))
print("NFKC:  ", nfkc, "长度", len(nfkc))
print("“华为”的位置:", original.index("华为"), half.index("华为"), nfkc.index("华为"))

# 检查：长度不变，原文上的下标可以直接用在结果上；㎏ 和 … 保持原样
assert len(half) == len(original) and half.index("华为") == original.index("华为")
assert "㎏…" in half and "Mate60" in half
