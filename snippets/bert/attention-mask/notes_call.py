"""原笔记的调用 bert(input_ids, token_type_ids, attention_mask) 把后两个参数传错了位置。"""

import inspect

import torch
from transformers import AutoModel, AutoTokenizer

device = "cuda" if torch.cuda.is_available() else "cpu"
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
# eager 实现能返回注意力权重；也是 2023 年 transformers 4 中 BERT 的默认实现
bert = AutoModel.from_pretrained("bert-base-chinese", attn_implementation="eager").to(device)

batch = tokenizer(
    ["我爱祖国", "世界人民大团结"], max_length=10, truncation=True, padding="max_length", return_tensors="pt"
).to(device)

print("forward 的前三个参数:", list(inspect.signature(bert.forward).parameters)[:3])

with torch.no_grad():
    right = bert(**batch).last_hidden_state
    # 原笔记的写法：第 2 个位置参数是 attention_mask，却传入了全 0 的 token_type_ids
    wrong = bert(
        batch["input_ids"], batch["token_type_ids"], batch["attention_mask"], output_attentions=True, return_dict=False
    )

attentions = wrong[2][0]  # 第 1 层的注意力权重，形状 (2, 12, 10, 10)
print("原笔记写法与正确写法的输出一致:", torch.allclose(wrong[0], right, atol=1e-4))
print(
    "原笔记写法下第 1 层注意力权重的最小值、最大值:",
    round(attentions.min().item(), 4),
    round(attentions.max().item(), 4),
)
print("第 1 句第 1 个 token 分给 4 个 pad 的注意力:", round(attentions[0, 0, 0, 6:].sum().item(), 4))

assert list(inspect.signature(bert.forward).parameters)[:3] == ["input_ids", "attention_mask", "token_type_ids"]
assert not torch.allclose(wrong[0], right, atol=1e-4)
# attention_mask 全为 0：每个位置都被屏蔽，eager 实现退化成对全部 10 个位置（含 pad）平均分配
assert torch.allclose(attentions, torch.full_like(attentions, 0.1))
