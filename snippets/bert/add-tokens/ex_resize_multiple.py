"""add_tokens 一个词表里已有的字，再按 64 的倍数 resize：词向量矩阵有几行？"""

from transformers import AutoModel, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
model = AutoModel.from_pretrained("bert-base-chinese")

tokenizer.add_tokens(["我", "ChatGPT"])  # “我”本来就在词表里
print("len(tokenizer):", len(tokenizer))
print("“我”和“ChatGPT”的 id:", tokenizer.convert_tokens_to_ids(["我", "ChatGPT"]))

model.resize_token_embeddings(len(tokenizer), pad_to_multiple_of=64)  # 行数向上取整到 64 的倍数
rows = model.get_input_embeddings().num_embeddings
print(
    "词向量矩阵形状:", tuple(model.get_input_embeddings().weight.shape), "config.vocab_size =", model.config.vocab_size
)
print("tokenizer 永远不会产生的行数:", rows - len(tokenizer))

# 检查
assert len(tokenizer) == 21129 and rows == 21184 == 64 * 331
