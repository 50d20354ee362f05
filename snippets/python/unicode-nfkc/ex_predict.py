"""练习：先预测这些字符串的 NFKC 结果和长度，再运行对照。"""

import unicodedata as ucd

expected = {
    "ＧＰＴ－４": "GPT-4",  # 全角字母、全角连字符、全角数字
    "３７℃": "37°C",  # ℃ 是一个兼容字符，展开成度数符号 + C
    "Ⅻ": "XII",  # 罗马数字十二：一个字符变三个
    "①②③": "123",  # 圈号数字失去“圈”
    "ｷﾛｸﾞﾗﾑ": "キログラム",  # 半角片假名：浊音符合进前一个字
    "“你好”": "“你好”",  # 中文弯引号没有兼容分解，不变
}
for s in expected:
    n = ucd.normalize("NFKC", s)
    print(f"{s!r:12} 长度 {len(s)} -> {n!r:12} 长度 {len(n)}")

# 检查
assert all(ucd.normalize("NFKC", s) == n for s, n in expected.items())
