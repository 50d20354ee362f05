"""扩充词表：add_special_tokens 之后必须 resize_token_embeddings，新 id 才有对应的词向量。"""

import torch
from transformers import AutoModel, AutoTokenizer

torch.manual_seed(0)  # resize 时新行是随机采样的
device = "cuda" if torch.cuda.is_available() else "cpu"
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
model = AutoModel.from_pretrained("bert-base-chinese").to(device)

text = "[prompt_1][prompt_2]"
repr_before = repr(model.get_input_embeddings())
old_weight = model.get_input_embeddings().weight.detach().cpu().clone()
ids_before = tokenizer.encode(text)
print("扩充前:", repr_before, "len(tokenizer) =", len(tokenizer))
print("扩充前编码:", ids_before)
print(tokenizer.convert_ids_to_tokens(ids_before))

# 扩充词表：两个新 token 排在原词表之后，id 为 21128、21129
num_added = tokenizer.add_special_tokens({"additional_special_tokens": ["[prompt_1]", "[prompt_2]"]})
ids_after = tokenizer.encode(text)
print("新增 token 数:", num_added, "len(tokenizer) =", len(tokenizer))
print("扩充后编码:", ids_after, tokenizer.convert_ids_to_tokens(ids_after))

# 模型的 embedding 也要扩到同样的行数
model.resize_token_embeddings(len(tokenizer))
embeddings = model.get_input_embeddings()
new_weight = embeddings.weight.detach().cpu()
print("resize 后:", embeddings, "config.vocab_size =", model.config.vocab_size)
print("词向量矩阵形状:", tuple(old_weight.shape), "->", tuple(new_weight.shape))

same_rows = int((new_weight[:21128] == old_weight).all(dim=1).sum())
near_mean = int(((new_weight[21128:] - old_weight.mean(dim=0)).abs().max(dim=1).values < 1e-4).sum())
print("前 21128 行中与原来逐位相同的行数:", same_rows)
print(f"新增 {len(new_weight) - len(old_weight)} 行，其中与原词向量均值相差 < 1e-4 的行数: {near_mean}")

with torch.no_grad():
    out = model(**tokenizer(text, return_tensors="pt").to(device))
print("前向输出形状:", tuple(out.last_hidden_state.shape))

# 检查：与 2023-06-07 记录的结果相同
assert repr_before == "Embedding(21128, 768, padding_idx=0)"
assert ids_before == [101, 138, 8376, 9085, 8165, 142, 122, 140, 138, 8376, 9085, 8165, 142, 123, 140, 102]
assert num_added == 2 and ids_after == [101, 21128, 21129, 102]
# 2024 年起 resize 保留 padding_idx=0（2023 年记录的是 Embedding(21130, 768)）
assert repr(embeddings) == "Embedding(21130, 768, padding_idx=0)" and model.config.vocab_size == 21130
assert same_rows == 21128 and near_mean == 2  # 原有行原样保留；新行取自以旧词向量均值为中心、协方差极小的正态分布
assert tuple(out.last_hidden_state.shape) == (1, 4, 768)
