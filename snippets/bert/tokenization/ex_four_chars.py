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


def n_cjk(s):  # 常用汉字（U+4E00..U+9FFF）的个数
    return sum("\u4e00" <= c <= "\u9fff" for c in s)


# 词表里有多少个 token 正好是一个整字？有没有一个 token 包含好几个汉字？
decoded = [gpt2.convert_tokens_to_string([token]) for token in gpt2.get_vocab()]
whole = sorted(s for s in decoded if len(s) == 1 and n_cjk(s) == 1)
multi = sorted(s for s in decoded if n_cjk(s) >= 2)
print(f"整字就是一个 token 的汉字: {len(whole)} 个，例如 {whole[:8]}")
print(f"含 2 个以上汉字的 token: {len(multi)} 个 {multi}")
print("龍喚士的 ->", gpt2.tokenize("龍喚士的"))

# 检查：常用的词在 4 到 12 个 token 之间；借助含 3 个汉字的 token，4 个汉字最少只要 2 个 token
assert all(4 <= len(gpt2.tokenize(w)) <= 12 for w in words)
assert len(gpt2.tokenize("龍喚士的")) == 2
