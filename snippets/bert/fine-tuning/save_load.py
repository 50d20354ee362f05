"""保存微调后的模型：save_pretrained 写进一个本地文件夹，from_pretrained 再从这个文件夹读回来。"""

import os

import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

name = "uer/chinese_roberta_L-2_H-128"
save_dir = "review-classifier"
tokenizer = AutoTokenizer.from_pretrained(name)
model = AutoModelForSequenceClassification.from_pretrained(name, num_labels=2, id2label={0: "负面", 1: "正面"})

# 代替完整的训练：在一个 batch 上更新一步，让权重与检查点不同
batch = tokenizer(["很后悔,不怎么样的一本书,千万别买", "外观漂亮，速度也不错"], padding=True, return_tensors="pt")
model(**batch, labels=torch.tensor([0, 1])).loss.backward()
torch.optim.AdamW(model.parameters(), lr=5e-4).step()

model.save_pretrained(save_dir)
tokenizer.save_pretrained(save_dir)  # 分词器也存一份，文件夹就能单独使用
print(sorted(os.listdir(save_dir)))

loaded, info = AutoModelForSequenceClassification.from_pretrained(save_dir, output_loading_info=True)
loaded_tokenizer = AutoTokenizer.from_pretrained(save_dir)
print("读回时新建的参数:", sorted(info["missing_keys"]), " id2label:", loaded.config.id2label)

new = ["物流很快，包装完好，很满意", "质量太差了，用了两天就坏了", "一般般吧，没有想象中好"]
model.eval()
loaded.eval()  # 推理：关掉 dropout，否则同一句话两次的 logits 不同
with torch.no_grad():
    logits = model(**tokenizer(new, padding=True, return_tensors="pt")).logits
    logits_loaded = loaded(**loaded_tokenizer(new, padding=True, return_tensors="pt")).logits
print("logits:", tuple(logits_loaded.shape), " 与保存前的最大差:", (logits - logits_loaded).abs().max().item())

# 检查：读回的模型与保存前的模型逐位相同（包括更新过的分类头）
assert all(torch.equal(a, b) for a, b in zip(model.state_dict().values(), loaded.state_dict().values(), strict=True))
