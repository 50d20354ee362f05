"""“世界Hello人民大团结”：10 个 token 对 12 个字符，offset_mapping 记录每个 token 覆盖的字符区间。"""

from transformers import AutoTokenizer

text = "世界Hello人民大团结"
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")

# transformers 5 删除了 encode_plus：直接调用 tokenizer(...)
tokens = tokenizer(text, return_offsets_mapping=True)

print(tokens.input_ids)
print(tokens.token_type_ids)
print(tokens.attention_mask)
print(tokens.offset_mapping)
print(tokenizer.convert_ids_to_tokens(tokens.input_ids))
print("字符数:", len(text), "去掉 [CLS] [SEP] 后的 token 数:", len(tokens.input_ids) - 2)
start, end = tokens.offset_mapping[3]
print("第 3 个 token 覆盖的原文:", text[start:end])

# 检查
assert tokens.input_ids == [101, 686, 4518, 100, 782, 3696, 1920, 1730, 5310, 102]
assert tokens.token_type_ids == [0] * 10
assert tokens.attention_mask == [1] * 10
assert tokens.offset_mapping == [
    (0, 0), (0, 1), (1, 2), (2, 7), (7, 8), (8, 9), (9, 10), (10, 11), (11, 12), (0, 0),
]  # fmt: skip
assert tokenizer.convert_ids_to_tokens(100) == "[UNK]" and text[start:end] == "Hello"
assert len(tokens.input_ids) - 2 == 8 != len(text) == 12
assert not hasattr(tokenizer, "encode_plus")
