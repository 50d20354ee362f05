"""Hello 为什么成了一个 [UNK]：不切分大小写（do_lower_case=False），而词表里没有大写字母。"""

import string

from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
vocab = tokenizer.get_vocab()

print("normalizer:", tokenizer.backend_tokenizer.normalizer)
print("词表中的大写字母:", [c for c in string.ascii_uppercase if c in vocab])
print("词表中的小写字母个数:", sum(c in vocab for c in string.ascii_lowercase))
for word in ["Hello", "hello", "iPhone", "covid-19", "2023年"]:
    enc = tokenizer(word, add_special_tokens=False, return_offsets_mapping=True)
    print(f"{word!r:>11} -> {tokenizer.convert_ids_to_tokens(enc.input_ids)} {enc.offset_mapping}")

lower = AutoTokenizer.from_pretrained("bert-base-chinese", do_lower_case=True)
lower_enc = lower("世界Hello人民大团结", return_offsets_mapping=True)
print(
    "do_lower_case=True:",
    lower.convert_ids_to_tokens(lower_enc.input_ids),
    lower_enc.input_ids[3],
    lower_enc.offset_mapping[3],
)

# 检查：中文按字切；连续的拉丁字母、数字先作为一个“词”，再用 WordPiece 在词表里找子词
assert [c for c in string.ascii_uppercase if c in vocab] == []
assert all(c in vocab for c in string.ascii_lowercase)
assert "hello" in vocab and "Hello" not in vocab
assert tokenizer.tokenize("Hello") == ["[UNK]"]  # 子词拼不出来时，整个词变成一个 [UNK]
assert tokenizer.tokenize("hello") == ["hello"]  # 小写的 hello 也只是一个 token，同样覆盖 5 个字符
assert tokenizer.tokenize("iPhone") == ["[UNK]"]
assert tokenizer.tokenize("covid-19") == ["co", "##vi", "##d", "-", "19"]  # 先在“-”处切成三个词
assert tokenizer.tokenize("2023年") == ["202", "##3", "年"]
assert lower_enc.input_ids[3] == vocab["hello"] == 8701
assert lower_enc.offset_mapping[3] == (2, 7)  # offset 指向原文的 “Hello”，不是小写化后的文本
