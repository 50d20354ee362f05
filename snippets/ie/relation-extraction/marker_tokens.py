"""换成 BERT：把 <e1> 等标记登记为特殊 token、扩充嵌入矩阵，再取标记位置的隐状态。"""

import torch
from transformers import AutoModel, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
model = AutoModel.from_pretrained("bert-base-chinese")
markers = ["<e1>", "</e1>", "<e2>", "</e2>"]
sample = "晚期<e1>血吸虫病</e1>。（一）<e2>急性血吸虫病</e2> 多见于"

print("登记前:", tokenizer.tokenize(sample)[:12])
tokenizer.add_special_tokens({"additional_special_tokens": markers})
model.resize_token_embeddings(len(tokenizer))  # 新 token 要有自己的嵌入向量
print("登记后:", tokenizer.tokenize(sample)[:12])
print(
    "标记的 id:",
    tokenizer.convert_tokens_to_ids(markers),
    "| 嵌入矩阵:",
    tuple(model.get_input_embeddings().weight.shape),
)

enc = tokenizer(sample, return_tensors="pt")
e1 = (enc.input_ids == tokenizer.convert_tokens_to_ids("<e1>")).int().argmax(1)
e2 = (enc.input_ids == tokenizer.convert_tokens_to_ids("<e2>")).int().argmax(1)
with torch.no_grad():
    h = model(**enc).last_hidden_state
pooled = torch.cat([h[torch.arange(len(h)), e1], h[torch.arange(len(h)), e2]], dim=-1)
print("<e1> <e2> 的位置:", e1.tolist(), e2.tolist(), "| h:", tuple(h.shape), "-> pooled:", tuple(pooled.shape))

# 检查：登记后每个标记是一个 token，id 接在原词表后面
assert tokenizer.tokenize("<e1>血</e1>") == ["<e1>", "血", "</e1>"]
assert tokenizer.convert_tokens_to_ids(markers) == [21128, 21129, 21130, 21131]
assert pooled.shape == (1, 2 * model.config.hidden_size)
