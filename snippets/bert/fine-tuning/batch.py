"""一个 batch 的样子：tokenizer 把长短不一的评论补齐、截断成同样长度的张量，标签另放一个张量。"""

import torch
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("uer/chinese_roberta_L-2_H-128")
reviews = [  # 从训练数据里挑的三条：两条短的，一条超过 64 个 token
    "很后悔,不怎么样的一本书,千万别买",
    "外观漂亮，接口布局基本合理，速度用来看电影和一般的游戏都不错",
    "是看了其他读者的评论买的，不知道为什么还不少人觉得它好。读了三分之一，实在觉得所言无物；"
    "感觉没什么收获，里面讲的内容网上随便搜搜就能找到。帮助性不大，是到现在买的最失望的一本书。",
]
labels = torch.tensor([0, 1, 0])  # 0 = 负面，1 = 正面

batch = tokenizer(reviews, padding=True, truncation=True, max_length=64, return_tensors="pt")
print("每条评论的字数:", [len(r) for r in reviews])
print("不截断时的 token 数:", [len(ids) for ids in tokenizer(reviews)["input_ids"]])
print("input_ids:", tuple(batch["input_ids"].shape), " labels:", tuple(labels.shape), labels.tolist())
print("attention_mask 每行的 1 的个数:", batch["attention_mask"].sum(dim=1).tolist())
print(tokenizer.convert_ids_to_tokens(batch["input_ids"][0])[:20])
print("第 3 条截断后的最后 8 个 token:", "".join(tokenizer.convert_ids_to_tokens(batch["input_ids"][2])[-8:]))

# 检查：补齐到这一批里最长的一条（不超过 64），每行都以 [CLS] 开头；截断后的一行仍以 [SEP] 结尾
assert batch["input_ids"].shape[1] == 64 and (batch["input_ids"][:, 0] == tokenizer.cls_token_id).all()
assert batch["input_ids"][2, -1] == tokenizer.sep_token_id
