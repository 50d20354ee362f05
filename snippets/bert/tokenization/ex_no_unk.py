"""练习：GPT-2 为什么不需要 [UNK]：任何字符串都是字节序列，而 256 个字节本身都在词表里。"""

from transformers import AutoTokenizer

bert = AutoTokenizer.from_pretrained("bert-base-chinese")
gpt2 = AutoTokenizer.from_pretrained("gpt2")
texts = ["Hello 😀", "𠀀", "naïve"]  # 大写英文、emoji、扩展 B 区的生僻字、带变音符的字母

for text in texts:
    print(f"{text!r}  UTF-8: {text.encode('utf-8').hex(' ')}")
    print("  BERT :", bert.tokenize(text))
    ids = gpt2(text)["input_ids"]
    print("  GPT-2:", gpt2.convert_ids_to_tokens(ids), "-> 解码", repr(gpt2.decode(ids)))
single_bytes = [t for t in gpt2.get_vocab() if len(t) == 1]  # token 里一个字符代表一个字节
print("GPT-2 词表里单个字节的 token:", len(single_bytes), "个；配置里的 unk_token:", repr(gpt2.unk_token))

# 检查：GPT-2 解码还原原文；BERT 遇到词表外的字符只能给 [UNK]
assert all(gpt2.decode(gpt2(t)["input_ids"]) == t for t in texts)
assert all(gpt2.unk_token_id not in gpt2(t)["input_ids"] for t in texts)
assert all("[UNK]" in bert.tokenize(t) for t in texts)
