"""按位置传参 bert(input_ids, token_type_ids, attention_mask)：第 2、3 个参数传错了位置，mask 变成了全 0。"""

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
print("第 2 个位置上传入的 token_type_ids（被当成了 attention_mask）:", batch["token_type_ids"].tolist())

with torch.no_grad():
    right = bert(**batch, output_attentions=True)  # 关键字参数：各就各位
    wrong = bert(
        batch["input_ids"], batch["token_type_ids"], batch["attention_mask"], output_attentions=True, return_dict=False
    )

right_att, wrong_att = right.attentions[0].cpu(), wrong[2][0].cpu()  # 第 1 层的注意力权重，形状 (2, 12, 10, 10)
print("正确传参：第 1 句 query 0 对 4 个 pad 的权重:", right_att[0, 0, 0, 6:].tolist())
print(
    "传错位置：第 1 层所有注意力权重的最小值、最大值:",
    round(wrong_att.min().item(), 4),
    round(wrong_att.max().item(), 4),
)
print("传错位置：第 1 句 query 0 分给 4 个 pad 的注意力:", round(wrong_att[0, 0, 0, 6:].sum().item(), 4))

# 检查
assert list(inspect.signature(bert.forward).parameters)[:3] == ["input_ids", "attention_mask", "token_type_ids"]
assert (right_att[0, :, :, 6:] == 0).all()  # 正确传参时，第 1 句的 4 个 pad 列在每个头、每个 query 上都是 0
# attention_mask 全为 0：每个位置都被屏蔽，eager 实现退化成对全部 10 个位置（含 pad）平均分配
assert torch.allclose(wrong_att, torch.full_like(wrong_att, 0.1))
assert not torch.allclose(wrong[0], right.last_hidden_state, atol=1e-4)  # 两种写法的输出不同
