"""普通新词与特殊 token：先预测切分结果，再运行。"""

from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
text = "[ENT]ChatGPT[/ENT]不等于chatgpt"
print("扩充前:", tokenizer.tokenize(text))

tokenizer.add_tokens(["ChatGPT"])  # 普通新词：id 21128
tokenizer.add_special_tokens({"additional_special_tokens": ["[ENT]", "[/ENT]"]})  # 实体标记：id 21129、21130
ids = tokenizer.encode(text)
tokens = tokenizer.convert_ids_to_tokens(ids)
print("扩充后:", tokens)
print("ids:", ids)
print("decode(skip_special_tokens=True):", repr(tokenizer.decode(ids, skip_special_tokens=True)))

# 检查
assert tokens[1:4] == ["[ENT]", "ChatGPT", "[/ENT]"] and ids[1:4] == [21129, 21128, 21130]
assert "ChatGPT" not in tokens[4:]  # 新词按原样整体匹配，小写的 chatgpt 照旧被 WordPiece 切开
assert len(tokenizer) == 21131
