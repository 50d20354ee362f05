"""只扩充词表、不 resize：新 id 超出 embedding 的行数，前向直接报错。"""

import torch
from transformers import AutoModel, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
model = AutoModel.from_pretrained("bert-base-chinese")
tokenizer.add_special_tokens({"additional_special_tokens": ["[prompt_1]", "[prompt_2]"]})

inputs = tokenizer("[prompt_1][prompt_2]", return_tensors="pt")
num_rows = model.get_input_embeddings().num_embeddings
print("input_ids:", inputs["input_ids"].tolist())
print("embedding 行数:", num_rows, "最大 id:", inputs["input_ids"].max().item())

error = None
try:
    with torch.no_grad():
        model(**inputs)  # 忘了 model.resize_token_embeddings(len(tokenizer))
except Exception as e:  # noqa: BLE001  演示用：把异常打印出来
    error = e
print("异常:", type(error).__name__, "-", error)

# 检查
assert inputs["input_ids"].max().item() >= num_rows == 21128
assert isinstance(error, IndexError)
assert "index out of range in self" in str(error)
