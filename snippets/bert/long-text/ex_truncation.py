"""模型扩到 1024 之后，tokenizer(..., truncation=True) 会截到多长？"""

from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
text = "长" * 850  # 加上 [CLS] [SEP] 是 852 个 token


def encode():
    ids = tokenizer(text, truncation=True)["input_ids"]
    last = tokenizer.convert_ids_to_tokens(ids[-1])
    print(f"model_max_length={tokenizer.model_max_length}：{len(ids)} 个 token，最后一个是 {last}")
    return ids


before = encode()
tokenizer.model_max_length = 1024  # 模型扩表之后，tokenizer 要手动改
after = encode()

# 检查
assert len(before) == 512 and len(after) == 852
