"""调用 LTP：分词（cws）+ 依存句法分析（dep），把输出接到本页读树的代码上。"""

from importlib.metadata import version

import torch
from ltp import LTP

device = "cuda" if torch.cuda.is_available() else "cpu"

text = "他叫汤姆(TOM)去拿外衣。"
ltp = LTP("LTP/base2").to(device)
output = ltp.pipeline([text], tasks=["cws", "dep"])  # 一次传一批句子，这里只有一句

cws = output.cws[0]  # 词的列表
dep_head = output.dep[0]["head"]  # 第 i 个词的中心词编号，0 是 ROOT
dep_label = output.dep[0]["label"]  # 每条弧的关系
# 换成本页其他代码用的格式：下标 0 留给 ROOT
words, heads, labels = ["ROOT", *cws], [None, *dep_head], [None, *dep_label]

print("ltp", version("ltp"), "| transformers", version("transformers"), "| huggingface_hub", version("huggingface_hub"))
print("output 的字段:", list(output.keys()), "| dep[0] 的键:", list(output.dep[0].keys()))
print("cws、head、label 的类型:", type(cws).__name__, type(dep_head).__name__, type(dep_label).__name__)
print("模型的依存标签表:", len(ltp.dep_vocab), sorted(ltp.dep_vocab))
# 离线替身的权重是随机数：这里不打印分词和句法树本身，只检查对任何权重都成立的结构


def path_to_root(i):
    path = [i]
    while path[-1] != 0 and len(path) <= len(words):
        path.append(heads[path[-1]])
    return path


# 检查：分词按字符位置切原文，一词一个 head、一个 label；Eisner 解码给出单根、无环、投射的树
n = len(cws)
assert "".join(cws) == text
assert len(dep_head) == len(dep_label) == n
assert all(isinstance(h, int) and 0 <= h <= n for h in dep_head)
assert dep_head.count(0) == 1
assert all(path_to_root(i)[-1] == 0 for i in range(1, n + 1))
arcs = [tuple(sorted((i, heads[i]))) for i in range(1, n + 1)]
assert not any(a < c < b < d for a, b in arcs for c, d in arcs)
# 标签对每条弧单独取 argmax，只保证属于标签表（不保证挂在 ROOT 上的词一定是 HED）
assert set(dep_label) <= set(ltp.dep_vocab)
