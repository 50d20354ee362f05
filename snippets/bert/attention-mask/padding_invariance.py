"""正确传入 attention_mask 时，补多少 pad 都不改变真实 token 的输出；pad 位置的输出不是 0。"""

import torch
from transformers import AutoModel, AutoTokenizer

device = "cuda" if torch.cuda.is_available() else "cpu"
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
bert = AutoModel.from_pretrained("bert-base-chinese").to(device)  # from_pretrained 返回的模型已处于 eval() 模式

texts = ["我爱祖国", "世界人民大团结"]


@torch.no_grad()
def encode(**padding):
    batch = tokenizer(texts, return_tensors="pt", **padding).to(device)
    return batch, bert(**batch).last_hidden_state  # 用关键字参数传，不会传错位置


_, no_pad = encode(padding="longest")  # 按最长句补齐：第 2 句没有 pad
batch10, pad10 = encode(padding="max_length", max_length=10)
batch32, pad32 = encode(padding="max_length", max_length=32)
with torch.no_grad():  # 第 1 句单独编码，完全不补
    alone = bert(**tokenizer(texts[0], return_tensors="pt").to(device)).last_hidden_state

n = 6  # “我爱祖国”加上 [CLS] [SEP] 共 6 个真实 token
print(pad10.shape, pad32.shape, alone.shape)
for name, h in [("补到 10", pad10), ("补到 32", pad32)]:
    diff = (h[0, :n] - alone[0]).abs().max().item()
    print(f"{name} vs 不补：真实 token 的最大差异 < 1e-4:", diff < 1e-4)
print("第 2 句补到 10 vs 补到最长:", (pad10[1, :9] - no_pad[1, :9]).abs().max().item() < 1e-4)
print("pad 位置的输出全为 0:", bool((pad10[0, n:] == 0).all()))

assert (pad10[0, :n] - alone[0]).abs().max() < 1e-4
assert (pad32[0, :n] - alone[0]).abs().max() < 1e-4
assert (pad10[1, :9] - no_pad[1, :9]).abs().max() < 1e-4
assert (pad10[0, n:].abs().sum(dim=-1) > 0).all()  # pad 位置有输出，下游要靠 mask 忽略它们
