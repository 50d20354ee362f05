"""把 pad 补在左边：attention_mask 跟着变，但 BERT 的位置编号仍从 0 数起，真实 token 拿到的位置变了。"""

import torch
from transformers import AutoModel, AutoTokenizer

device = "cuda" if torch.cuda.is_available() else "cpu"
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
bert = AutoModel.from_pretrained("bert-base-chinese").to(device)
texts = ["我爱祖国", "世界人民大团结"]

tokenizer.padding_side = "left"
batch = tokenizer(texts, padding="longest", return_tensors="pt").to(device)
mask = batch["attention_mask"]
tokens = tokenizer.convert_ids_to_tokens(batch["input_ids"][0])
print(tokens)
print("attention_mask:", mask.tolist())
print("“我”的下标，也就是 BERT 默认给它的位置编号:", tokens.index("我"))

position_ids = (mask.cumsum(dim=-1) - 1).clamp(min=0)  # 真实 token 从 0 数起，pad 随便给 0
print("按 mask 重新编号的 position_ids:", position_ids.tolist())

with torch.no_grad():
    alone = bert(**tokenizer(texts[0], return_tensors="pt").to(device)).last_hidden_state[0].cpu()
    shifted = bert(**batch).last_hidden_state[0, 3:].cpu()  # 第 1 句的 6 个真实 token 在下标 3..8
    fixed = bert(**batch, position_ids=position_ids).last_hidden_state[0, 3:].cpu()
scale = alone.abs().max()  # 用相对差异比较：与输出的量级无关
close = (shifted - alone).abs().max(dim=-1).values / scale < 1e-4
print("不传 position_ids：6 个真实 token 中与不补时相同的个数:", int(close.sum()))
print(f"传入 position_ids 后的最大相对差异: {((fixed - alone).abs().max() / scale).item():.4f}")

# 检查
assert mask.tolist() == [[0, 0, 0, 1, 1, 1, 1, 1, 1], [1] * 9]
assert close.sum() == 0 and (fixed - alone).abs().max() / scale < 1e-4
