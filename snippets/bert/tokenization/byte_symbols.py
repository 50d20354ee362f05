"""字节级 BPE：文本先变成 UTF-8 字节，每个字节映射成一个可打印字符，GPT-2 的 token 就是这些字符拼成的串。"""

import json

from transformers import AutoTokenizer


def bytes_to_unicode():
    """GPT-2 的字节表：可打印的字节映射到自己，其余字节映射到 256 之后的字符（空格 0x20 -> 'Ġ'）。"""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    others = [b for b in range(256) if b not in printable]
    return {b: chr(b) for b in printable} | {b: chr(256 + k) for k, b in enumerate(others)}


byte_to_char = bytes_to_unicode()
char_to_byte = {c: b for b, c in byte_to_char.items()}
text = "我爱"
print("UTF-8 字节:", text.encode("utf-8").hex(" "), "->", "".join(byte_to_char[b] for b in text.encode("utf-8")))

tokenizer = AutoTokenizer.from_pretrained("gpt2")
ids = tokenizer(text)["input_ids"]
for token, token_id in zip(tokenizer.convert_ids_to_tokens(ids), ids, strict=True):
    raw = bytes(char_to_byte[c] for c in token)
    print(f"id {token_id:>5}  token {token!r:<6} = 字节 {raw.hex(' ')}")
print(
    "空格:",
    repr(byte_to_char[ord(" ")]),
    " 词表大小:",
    len(tokenizer),
    "= 256 个字节 + 50000 次合并 + 1 个 <|endoftext|>",
)

# 检查：把 token 里的字符换回字节，拼起来正好是原文的 UTF-8 编码；256 个字节都在词表里
assert b"".join(bytes(char_to_byte[c] for c in t) for t in tokenizer.convert_ids_to_tokens(ids)) == text.encode()
vocab = tokenizer.get_vocab()
assert all(byte_to_char[b] in vocab for b in range(256))
assert len(json.loads(tokenizer.backend_tokenizer.to_str())["model"]["merges"]) == 50_000
