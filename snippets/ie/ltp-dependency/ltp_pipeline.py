"""笔记中的 LTP 代码：分词 + 依存句法分析，检查输出的结构（对任何模型权重都成立的性质）。"""

from importlib.metadata import version

import torch
from huggingface_hub import hf_hub_download
from ltp import LTP

# ---- 原笔记的代码（未改动）----
device = "cuda" if torch.cuda.is_available() else "cpu"

text = "他叫汤姆(TOM)去拿外衣。"

ltp = LTP("LTP/base2").to(device)

output = ltp.pipeline([text], tasks=["cws", "dep"])

cws = output.cws[0]
dep_head = output.dep[0]["head"]
dep_label = output.dep[0]["label"]
# ---- 原笔记的代码结束 ----


def has_cycle(heads):
    """heads[i] 是第 i+1 个词的中心词编号（0 表示虚拟根 ROOT）；沿中心词往上走，回到走过的词就是环。"""
    for start in range(1, len(heads) + 1):
        seen, node = set(), start
        while node != 0:
            if node in seen:
                return True
            seen.add(node)
            node = heads[node - 1]
    return False


def is_projective(heads):
    """没有两条依存弧交叉（把 ROOT 放在位置 0，弧 ROOT→核心词 也算在内）。"""
    arcs = [tuple(sorted((dep, head))) for dep, head in enumerate(heads, start=1)]
    return not any(a < c < b < d for a, b in arcs for c, d in arcs)


# 这个环境的版本（envs/ltp.txt 精确固定），以及 LTP 4.2.14 依赖的两个旧接口
print("ltp", version("ltp"), "| transformers", version("transformers"), "| huggingface_hub", version("huggingface_hub"))
# LTP 下载文件时的调用方式（这里从缓存取回 config.json）
config_path = hf_hub_download(repo_id="LTP/base2", filename="config.json", use_auth_token=None)
print("hf_hub_download(..., use_auth_token=None) 可用:", config_path.endswith("config.json"))
print("tokenizer 有 batch_encode_plus:", hasattr(ltp.tokenizer, "batch_encode_plus"))

n = len(cws)
print("输出的字段:", list(output.keys()), "| dep[0] 的键:", list(output.dep[0].keys()))
print("cws 是字符串列表:", all(isinstance(w, str) for w in cws))
print("分词结果拼回原文:", "".join(cws) == text)
print("head、label 与词一一对应:", len(dep_head) == len(dep_label) == n)
print("head 都在 0..词数 之内:", all(isinstance(h, int) and 0 <= h <= n for h in dep_head))
print("恰好一个词挂在 ROOT 上:", dep_head.count(0) == 1)
print("没有环（是一棵树）:", not has_cycle(dep_head))
print("投射（弧不交叉）:", is_projective(dep_head))
print("标签都来自模型的标签表:", set(dep_label) <= set(ltp.dep_vocab))
print("模型的依存标签表:", len(ltp.dep_vocab), sorted(ltp.dep_vocab))

assert config_path.endswith("config.json")
assert hasattr(ltp.tokenizer, "batch_encode_plus")
assert list(output.keys()) == ["cws", "dep"]
assert all(isinstance(w, str) and w for w in cws)
# 分词 = 按字符位置切分原文，所以词拼起来一定是原文
assert "".join(cws) == text
assert len(dep_head) == len(dep_label) == n
# head 用从 1 开始的词序号，0 表示 ROOT
assert all(isinstance(h, int) and 0 <= h <= n for h in dep_head)
# LTP 用 Eisner 算法解码，并限制 ROOT 只有一个孩子：结果一定是单根、无环、投射的树
assert dep_head.count(0) == 1
assert not has_cycle(dep_head)
assert is_projective(dep_head)
# 标签对每条弧单独取 argmax，只保证属于标签表（不保证挂在 ROOT 上的词一定是 HED）
assert set(dep_label) <= set(ltp.dep_vocab)
