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
len_before = len(tokenizer)
print("扩充前:", repr_before, "len(tokenizer) =", len_before)
print("扩充前编码:", ids_before)
print(tokenizer.convert_ids_to_tokens(ids_before))

# 扩充词表：两个新 token 排在原词表之后，id 为 21128、21129
num_added = tokenizer.add_special_tokens({"additional_special_tokens": ["[prompt_1]", "[prompt_2]"]})
ids_after = tokenizer.encode(text)
print("新增 token 数:", num_added, "len(tokenizer) =", len(tokenizer))
print("扩充后编码:", ids_after)

# 模型的 embedding 也要扩到同样的行数
model.resize_token_embeddings(len(tokenizer))
embeddings = model.get_input_embeddings()
new_weight = embeddings.weight.detach().cpu()
print("resize 后:", embeddings, "config.vocab_size =", model.config.vocab_size)

unchanged = torch.equal(new_weight[:21128], old_weight)
gap = (new_weight[21128:] - old_weight.mean(dim=0)).abs().max().item()
print("前 21128 行与原来逐位相同:", unchanged)
print("新增 2 行与原词向量均值的最大差 < 1e-4:", gap < 1e-4)

with torch.no_grad():
    out = model(**tokenizer(text, return_tensors="pt").to(device))
print("前向输出形状:", tuple(out.last_hidden_state.shape))

# 原笔记 2023-06-07 记录的结果
assert repr_before == "Embedding(21128, 768, padding_idx=0)" and len(old_weight) == len_before == 21128
assert ids_before == [101, 138, 8376, 9085, 8165, 142, 122, 140, 138, 8376, 9085, 8165, 142, 123, 140, 102]
assert tokenizer.convert_ids_to_tokens(ids_before)[1:8] == ["[", "pro", "##mp", "##t", "_", "1", "]"]
assert num_added == 2 and len(tokenizer) == 21130
assert ids_after == [101, 21128, 21129, 102]
# transformers 5 中 resize 保留了 padding_idx=0（原笔记记录的是 Embedding(21130, 768)）
assert repr(embeddings) == "Embedding(21130, 768, padding_idx=0)"
assert model.config.vocab_size == 21130
assert unchanged  # 原有 21128 行原样保留
assert gap < 1e-4  # 新行取自以旧词向量均值为中心、协方差极小的正态分布
assert tuple(out.last_hidden_state.shape) == (1, 4, 768)
