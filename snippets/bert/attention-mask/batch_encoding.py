"""批量编码两句话，补齐到 10：tokenizer 返回 input_ids、token_type_ids、attention_mask。"""

from transformers import AutoTokenizer

texts = ["我爱祖国", "世界人民大团结"]
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")

# transformers 5 删除了 batch_encode_plus / encode_plus：直接调用 tokenizer(...)
batch = tokenizer(texts, max_length=10, truncation=True, padding="max_length", return_tensors="pt")

for key in ("input_ids", "token_type_ids", "attention_mask"):
    print(key, batch[key].tolist())
print(tokenizer.convert_ids_to_tokens(batch["input_ids"][0]))

# 检查：与 2023-05-21 记录的结果相同
assert batch["input_ids"].tolist() == [
    [101, 2769, 4263, 4862, 1744, 102, 0, 0, 0, 0],
    [101, 686, 4518, 782, 3696, 1920, 1730, 5310, 102, 0],
]
assert batch["token_type_ids"].tolist() == [[0] * 10, [0] * 10]
assert batch["attention_mask"].tolist() == [[1] * 6 + [0] * 4, [1] * 9 + [0]]
assert not hasattr(tokenizer, "batch_encode_plus")
