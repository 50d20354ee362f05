"""正确传入 attention_mask 时，补多少 pad 都不改变真实 token 的输出；pad 位置的输出不是 0。"""

import torch
from transformers import AutoModel, AutoTokenizer

device = "cuda" if torch.cuda.is_available() else "cpu"
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
bert = AutoModel.from_pretrained("bert-base-chinese").to(device)  # from_pretrained 返回的模型已处于 eval() 模式

texts = ["我爱祖国", "世界人民大团结"]


@torch.no_grad()
def encode(text_or_texts, **padding):
    batch = tokenizer(text_or_texts, return_tensors="pt", **padding).to(device)
    return bert(**batch).last_hidden_state.cpu()  # 用关键字参数传，不会传错位置


alone = encode(texts[0])  # 第 1 句单独编码，完全不补
pad10 = encode(texts, padding="max_length", max_length=10)
pad32 = encode(texts, padding="max_length", max_length=32)
longest = encode(texts, padding="longest")  # 按最长句补齐：第 2 句没有 pad


def rel_diff(h, ref):  # 相对差异：与输出的量级无关（浮点误差随数值大小按比例变化）
    return ((h - ref).abs().max() / ref.abs().max()).item()


n = 6  # “我爱祖国”加上 [CLS] [SEP] 共 6 个真实 token
print("形状:", tuple(alone.shape), tuple(pad10.shape), tuple(pad32.shape))
print("第 1 句 6 个真实 token，与不补相比的最大相对差异（保留 4 位小数）:")
for name, h in [("补到 10", pad10), ("补到 32", pad32)]:
    print(f"  {name}: {rel_diff(h[0, :n], alone[0]):.4f}")
print(f"第 2 句补到 10 与不补的最大相对差异: {rel_diff(pad10[1, :9], longest[1]):.4f}")
print("第 1 句 4 个 pad 位置中输出全为 0 的个数:", int((pad10[0, n:] == 0).all(dim=-1).sum()))

# 检查
assert rel_diff(pad10[0, :n], alone[0]) < 1e-4
assert rel_diff(pad32[0, :n], alone[0]) < 1e-4
assert rel_diff(pad10[1, :9], longest[1]) < 1e-4
assert (pad10[0, n:].abs().sum(dim=-1) > 0).all()  # pad 位置有输出，下游要靠 mask 忽略它们
