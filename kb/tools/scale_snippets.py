"""The snippets of the synthetic knowledge base (kb/tools/scale_kb.py): small deterministic CPU scripts in the real
shape (a docstring, the idea, prints, then `# 检查` and an assert): most plain arithmetic or string work, some with
numpy or torch like the real ones, and on every topic page one that draws its figure."""

from __future__ import annotations

from collections.abc import Callable


def _arith(k: int) -> str:
    return f'''"""等差数列：首项 {k % 7 + 1}，公差 {k % 5 + 2}，共 {k % 11 + 5} 项。"""

first, step, count = {k % 7 + 1}, {k % 5 + 2}, {k % 11 + 5}
terms = [first + step * i for i in range(count)]
total = sum(terms)

print("前 4 项:", terms[:4])
print("总和:", total)

# 检查：首尾相加乘项数除以 2
assert total == (terms[0] + terms[-1]) * count // 2
'''


def _text(k: int) -> str:
    return f'''"""统计一句话里每个字出现的次数。"""

from collections import Counter

sentence = "深度学习{"的" * (k % 4 + 1)}笔记第{k}段"
counts = Counter(sentence)

print("长度:", len(sentence))
print("最常见:", counts.most_common(2))

# 检查
assert sum(counts.values()) == len(sentence)
'''


def _fractions(k: int) -> str:
    return f'''"""调和级数的前 {k % 6 + 3} 项，用分数精确计算。"""

from fractions import Fraction

parts = [Fraction(1, i) for i in range(1, {k % 6 + 4})]
total = sum(parts)

print("各项:", [str(p) for p in parts])
print("和:", total, "≈", round(float(total), 4))

# 检查
assert total > 1
'''


def _numpy(k: int) -> str:
    return f'''"""numpy：矩阵按行与按列求和。"""

import numpy as np

rng = np.random.default_rng({k})
x = rng.integers(0, 10, size=(3, {k % 3 + 2}))

print("x =")
print(x)
print("按行求和:", x.sum(axis=1))
print("按列求和:", x.sum(axis=0))

# 检查
assert x.sum() == x.sum(axis=1).sum()
'''


def _torch(k: int) -> str:
    return f'''"""torch：在 CPU 上生成随机张量，再搬到设备上求均值。"""

import torch

torch.manual_seed({k})
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.randn(4, {k % 3 + 2}).to(device)
mean = x.mean(dim=0)

print("形状:", tuple(x.shape))
print("按列均值:", mean.cpu())

# 检查
assert mean.shape == ({k % 3 + 2},)
'''


def _figure(k: int) -> str:
    return f'''"""matplotlib：把三个数画成柱状图（每个主题页的第一段代码画一张图，与本站相同）。"""

import matplotlib.pyplot as plt

values = [{k % 5 + 1}, {k % 7 + 2}, {k % 3 + 3}]
print("柱高:", values)

fig, ax = plt.subplots(figsize=(4, 2.4))
ax.bar(["a", "b", "c"], values)
fig.tight_layout()
plt.savefig("step.svg")

# 检查
assert len(values) == 3
'''


# most snippets are plain Python; one in eight uses numpy and one in ten torch, as on the real pages
KINDS: tuple[Callable[[int], str], ...] = (_arith, _text, _fractions, _arith, _text, _fractions, _arith, _numpy)


def snippet_source(k: int, figure: bool = False) -> str:
    """The k-th snippet of the KB (deterministic, unique per k: its docstring names it); `figure`: the one that draws
    its page's figure (every topic page shows one, as the page checks require)."""
    text = _figure(k) if figure else _torch(k) if k % 10 == 9 else KINDS[k % len(KINDS)](k)
    return text.replace('"""', f'"""第 {k + 1} 段：', 1)
