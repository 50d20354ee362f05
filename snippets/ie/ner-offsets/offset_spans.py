"""方法 2：正常分词，用 offset_mapping 把 token 级的预测映射回原文的字符区间。"""

from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")


def char_labels_to_tokens(offsets, char_labels):
    """训练：每个 token 取它第一个字符的标签；特殊 token（offset 为 (0, 0)）记 -100。"""
    return [char_labels[start] if end > start else -100 for start, end in offsets]


def tokens_to_entities(text, offsets, token_labels):
    """预测：把 BIO 的 token 标签连成实体，再用 offset 换成原文区间。"""
    entities = []
    for (start, end), label in zip(offsets, token_labels, strict=True):
        if label == -100:
            continue
        if label.startswith("B-"):
            entities.append([label[2:], start, end])
        elif label.startswith("I-") and entities and entities[-1][0] == label[2:]:
            entities[-1][2] = end  # 实体延伸到这个 token 的末尾（中间的空格一并包含）
    return [(kind, start, end, text[start:end]) for kind, start, end in entities]


text = "李华用iPhone 14拍照"
char_labels = ["B-PER", "I-PER", "O"] + ["B-PRO"] + ["I-PRO"] * 8 + ["O", "O"]
enc = tokenizer(text, return_offsets_mapping=True)
token_labels = char_labels_to_tokens(enc.offset_mapping, char_labels)
entities = tokens_to_entities(text, enc.offset_mapping, token_labels)  # 用标注代替模型预测

print("tokens :", tokenizer.convert_ids_to_tokens(enc.input_ids))
print("offsets:", enc.offset_mapping)
print("token 标签:", token_labels)
print("实体:", entities)

# 实体边界落在一个 token 内部时，token 级标签表达不了这个边界
text2 = "李华用iPhone14拍照"  # 只把 iPhone 标成 PRO，14 不算
char_labels2 = ["B-PER", "I-PER", "O", "B-PRO"] + ["I-PRO"] * 5 + ["O"] * 4
enc2 = tokenizer(text2, return_offsets_mapping=True)
# 找出“一部分字符在实体里、一部分不在”的 token
mixed = [(s, e, text2[s:e]) for s, e in enc2.offset_mapping if len({char_labels2[i] == "O" for i in range(s, e)}) > 1]
entities2 = tokens_to_entities(text2, enc2.offset_mapping, char_labels_to_tokens(enc2.offset_mapping, char_labels2))
print("标签不一致的 token:", mixed)
print("还原出的实体:", entities2)

assert len(enc.input_ids) - 2 == 7 and len(text) == 14
assert enc.offset_mapping[4:6] == [(3, 9), (10, 12)]  # “iPhone” 一个 [UNK]，“14” 一个 token，空格没有 token
assert entities == [("PER", 0, 2, "李华"), ("PRO", 3, 12, "iPhone 14")]
assert mixed == [(3, 11, "iPhone14")]
assert entities2[1] == ("PRO", 3, 11, "iPhone14")  # 多出了 “14”：边界丢了
