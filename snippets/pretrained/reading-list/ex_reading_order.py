"""按“建立在谁之上”给清单排阅读顺序：拓扑排序，每一轮读所有前置都已读过的工作。"""

from graphlib import TopologicalSorter

# 工作 → (首次公开的年份, 它建立在哪些工作之上)，与本页的表格一致
works = {
    "Transformer": (2017, []),
    "相对位置表示": (2018, ["Transformer"]),
    "GPT-1": (2018, ["Transformer"]),
    "BERT": (2018, ["Transformer", "GPT-1"]),
    "GPT-2": (2019, ["GPT-1"]),
    "Sparse Transformer": (2019, ["Transformer"]),
    "缩放定律": (2020, ["GPT-2"]),
    "PET": (2020, ["BERT", "GPT-2"]),
    "GPT-3": (2020, ["GPT-2", "Sparse Transformer", "缩放定律"]),
    "层次分解位置编码": (2020, ["BERT"]),
    "Prefix-Tuning": (2021, ["GPT-2", "GPT-3"]),
    "P-Tuning": (2021, ["GPT-3", "PET"]),
    "RoPE": (2021, ["Transformer", "相对位置表示"]),
    "Prompt Tuning": (2021, ["Prefix-Tuning", "GPT-3"]),
    "P-Tuning v2": (2021, ["Prefix-Tuning", "P-Tuning", "Prompt Tuning"]),
}

sorter = TopologicalSorter({work: deps for work, (_, deps) in works.items()})
sorter.prepare()
order, rounds = [], 0
while sorter.is_active():
    ready = sorted(sorter.get_ready(), key=lambda w: (works[w][0], list(works).index(w)))  # 同一轮内按年份
    rounds += 1
    print(f"第 {rounds} 轮：{'、'.join(f'{w}（{works[w][0]}）' for w in ready)}")
    order += ready
    sorter.done(*ready)

# 检查：每项工作都排在它所依赖的工作之后，年份也不早于它们
position = {w: i for i, w in enumerate(order)}
for work, (year, deps) in works.items():
    for dep in deps:
        assert position[dep] < position[work] and works[dep][0] <= year, (work, dep)
assert len(order) == len(works) and rounds == 8
