"""NFKC 对常见字符做了什么：逐个字符看码位和长度。"""

import unicodedata as ucd

# 全角字母数字、全角标点、中文标点、全角空格、兼容字符、康熙部首“⼀”与兼容汉字“豈”
samples = list("Ａａ１，！（：～。、“”《》—…\u3000ﬁ㎏①½²㈱\u2f00\uf900")
samples.append("ｶﾞ")  # 半角片假名 + 半角浊音符：两个字符会合成一个


def code_points(s: str) -> str:
    return " ".join(f"U+{ord(c):04X}" for c in s)


for s in samples:
    n = ucd.normalize("NFKC", s)
    mark = "不变" if n == s else f"长度 {len(s)}->{len(n)}"
    print(f"{s!r:8} {code_points(s):13} -> {n!r:8} {code_points(n):22} {mark}")
print("Unicode 版本:", ucd.unidata_version)  # 新加入 Unicode 的字符怎样规范化，取决于 Python 自带的数据库版本

# 检查

# 全角 ASCII 区 U+FF01..U+FF5E 的 94 个字符，NFKC 后正好是 ASCII 的 U+0021..U+007E
assert all(ucd.normalize("NFKC", chr(c)) == chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F))
assert ucd.normalize("NFKC", "\u3000") == " "
# 中文逗号变成英文逗号，但句号、顿号、弯引号、书名号、破折号不变
assert ucd.normalize("NFKC", "，") == ","
assert all(ucd.normalize("NFKC", c) == c for c in "。、“”《》—")
# 省略号变成三个点：长度 1 -> 3
assert ucd.normalize("NFKC", "…") == "..."
# 兼容字符被展开：长度可能变长
assert ucd.normalize("NFKC", "ﬁ") == "fi"
assert ucd.normalize("NFKC", "㎏") == "kg"
assert ucd.normalize("NFKC", "①") == "1"
assert ucd.normalize("NFKC", "½") == "1\u20442"  # 中间是分数斜线 U+2044，不是 "/"
assert ucd.normalize("NFKC", "㈱") == "(株)"
# 长得一样的“异体”汉字被换成标准汉字
assert ucd.normalize("NFKC", "\u2f00") == "\u4e00"  # ⼀ -> 一
assert ucd.normalize("NFKC", "\uf900") == "\u8c48"  # 豈 -> 豈
# 长度也可能变短：半角片假名和浊音符合成一个字符
assert len("ｶﾞ") == 2 and ucd.normalize("NFKC", "ｶﾞ") == "ガ"
