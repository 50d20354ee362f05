"""NFKC 会改变字符串长度：在规范化文本上算出的实体位置，不能直接拿回原文使用。"""

import unicodedata as ucd

original = "净重１㎏…华为Ｍａｔｅ６０手机"
entity = (5, 7)  # 标注在原文上的实体“华为”：[start, end)
print("原文:", original, "长度", len(original))
print("原文标注:", entity, original[entity[0] : entity[1]])

normalized = ucd.normalize("NFKC", original)
print("NFKC:", normalized, "长度", len(normalized))

# 模型在规范化文本上预测出“华为”，给出的位置是规范化文本的下标
pred = (normalized.index("华为"), normalized.index("华为") + 2)
print("规范化文本上的预测:", pred, normalized[pred[0] : pred[1]])
print("直接拿回原文切片:", repr(original[pred[0] : pred[1]]))  # ㎏ -> kg、… -> ... 让后面的位置整体后移了 3 位


def normalize_with_offsets(text: str, form: str = "NFKC") -> tuple[str, list[int]]:
    """逐字符规范化，并记录结果里每个字符来自原文的第几个字符。"""
    pieces, origin = [], []
    for i, ch in enumerate(text):
        piece = ucd.normalize(form, ch)
        pieces.append(piece)
        origin.extend([i] * len(piece))
    return "".join(pieces), origin


norm, origin = normalize_with_offsets(original)
print("逐字符规范化:", norm)
print("下标映射:", origin)

s, e = norm.index("Mate60"), norm.index("Mate60") + len("Mate60")
orig_span = (origin[s], origin[e - 1] + 1)  # 结束位置用“最后一个字符的来源 + 1”
print("Mate60 在规范化文本中:", (s, e), "映射回原文:", orig_span, original[orig_span[0] : orig_span[1]])

# 逐字符处理的代价：需要跨字符合成的序列（半角片假名 + 浊音符）与整体 NFKC 结果不同
per_char = normalize_with_offsets("ｶﾞ")[0]
print("ｶﾞ 逐字符:", [f"U+{ord(c):04X}" for c in per_char], "整体:", ucd.normalize("NFKC", "ｶﾞ"))

# 检查
assert original[entity[0] : entity[1]] == "华为" and original[pred[0] : pred[1]] != "华为"
assert norm == normalized  # 这段文本里没有需要跨字符合成的序列，逐字符与整体结果相同
assert original[orig_span[0] : orig_span[1]] == "Ｍａｔｅ６０"
assert (origin[pred[0]], origin[pred[1] - 1] + 1) == entity  # 预测的“华为”也映射回了原文标注的位置
kg = norm.index("kg")
assert origin[kg] == origin[kg + 1] == original.index("㎏")  # “kg”两个字符都来自同一个“㎏”：多对一
assert per_char != ucd.normalize("NFKC", "ｶﾞ")
