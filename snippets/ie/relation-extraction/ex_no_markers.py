"""练习：去掉实体标记，只把整句交给模型。在玩具数据上，任何模型最多能对多少？"""

import random
import re
from collections import Counter, defaultdict

random.seed(0)
TEMPLATES = [
    ("{P}出生于{L}，现在在{O}工作。", {("P", "L"): "出生地", ("P", "O"): "任职于"}),
    ("{P}生在{L}，如今供职于{O}。", {("P", "L"): "出生地", ("P", "O"): "任职于"}),
    ("{O}总部位于{L}，{P}是那里的工程师。", {("O", "L"): "总部位于", ("P", "O"): "任职于"}),
    ("总部设在{L}的{O}录用了{P}。", {("O", "L"): "总部位于", ("P", "O"): "任职于"}),
    ("{P}去{L}出差时参观了{O}。", {}),
    ("{O}在{L}开了分店，{P}路过时进去看了看。", {}),
]
NAMES = {"P": "张伟 王芳 李娜 刘洋 陈静 杨磊 赵敏 黄涛", "L": "北京 上海 广州 深圳 杭州 成都 武汉 南京", "O": "华为 腾讯 阿里 百度 小米 京东 网易 美团"}  # fmt: skip

data = []
for template, relations in TEMPLATES:
    for _ in range(20):
        names = {k: random.choice(v.split()) for k, v in NAMES.items()}
        for head, tail in [(h, t) for h in "PLO" for t in "PLO" if h != t]:
            marked = dict(names, **{head: f"<e1>{names[head]}</e1>", tail: f"<e2>{names[tail]}</e2>"})
            data.append((template.format(**marked), relations.get((head, tail), "无关系")))

# 去掉标记后，同一句话的 6 条样本输入完全相同；对同一个输入，最好的做法是总猜它最常见的标签
by_input = defaultdict(Counter)
for text, relation in data:
    by_input[re.sub(r"</?e[12]>", "", text)][relation] += 1
best = sum(c.most_common(1)[0][1] for c in by_input.values())
majority = Counter(r for _, r in data).most_common(1)[0]
print("不同的输入:", len(by_input), "| 样本:", len(data))
print("一句话的 6 条样本:", dict(next(iter(by_input.values()))))
print(f"去掉标记后的准确率上限: {best}/{len(data)} = {best / len(data):.3f}")
print(f"全猜“{majority[0]}”: {majority[1]}/{len(data)} = {majority[1] / len(data):.3f}")

# 检查：上限恰好等于“全猜无关系”的基线
assert best == majority[1] == 560
