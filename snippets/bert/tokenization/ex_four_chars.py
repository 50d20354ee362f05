"""练习：GPT-2 编码一个 4 个汉字的词要几个 token？每个汉字 3 个字节，所以最多 12 个。"""

from transformers import AutoTokenizer

gpt2 = AutoTokenizer.from_pretrained("gpt2")
bert = AutoTokenizer.from_pretrained("bert-base-chinese")
words = ["自然语言", "神经网络", "深度学习", "人工智能", "中华人民", "的的的的"]
for word in words:
    tokens = gpt2.tokenize(word)
    print(
        f"{word}  {len(word.encode('utf-8'))} 字节  BERT {len(bert.tokenize(word))} 个  GPT-2 {len(tokens):>2} 个 {tokens}"
    )

# 词表里有多少个常用汉字（U+4E00..U+9FFF）整字就是一个 token？汉字 3 个字节，这样的 token 由 3 个字节符号组成
whole = []
for token in gpt2.get_vocab():
    if len(token) == 3 and len(ch := gpt2.convert_tokens_to_string([token])) == 1 and "\u4e00" <= ch <= "\u9fff":
        whole.append(ch)
print(f"整字就是一个 token 的汉字: {len(whole)} 个，例如 {sorted(whole)[:8]}")

# 检查：每个词在 4 到 12 个 token 之间
assert all(4 <= len(gpt2.tokenize(w)) <= 12 for w in words)
