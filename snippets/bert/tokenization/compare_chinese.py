"""同一句中文，两种分词器：bert-base-chinese 的 WordPiece 与 GPT-2 的字节级 BPE。"""

from transformers import AutoTokenizer

bert = AutoTokenizer.from_pretrained("bert-base-chinese")
gpt2 = AutoTokenizer.from_pretrained("gpt2")
sentences = ["我爱自然语言处理。", "我用transformers跑了32个epoch。"]
print(f"词表大小: bert-base-chinese {len(bert)}，GPT-2 {len(gpt2)}")

for text in sentences:
    print(f"{text}  （{len(text)} 个字符，{len(text.encode('utf-8'))} 个 UTF-8 字节）")
    for name, tokenizer in [("BERT ", bert), ("GPT-2", gpt2)]:
        ids = tokenizer(text)["input_ids"]
        print(f"  {name} {len(ids):>2} 个 token:", tokenizer.convert_ids_to_tokens(ids))
        print(f"  {name} ids:", ids)
        print(f"  {name} 解码:", repr(tokenizer.decode(ids, skip_special_tokens=True)))

# 检查：BERT 一个汉字一个 token（另加 [CLS]、[SEP]）；GPT-2 每个汉字 1 到 3 个 token，解码一字不差
chars = sentences[0]
assert bert.tokenize(chars) == list(chars)
assert len(chars) < len(gpt2.tokenize(chars)) <= 3 * len(chars)
assert all(gpt2.decode(gpt2(t)["input_ids"]) == t for t in sentences)
