"""用模板造一份关系分类的玩具数据：每句 3 个实体，每个有序实体对加上 <e1> <e2> 标记，就是一条样本。"""

import random
from collections import Counter

random.seed(0)
RELATIONS = ["无关系", "出生地", "任职于", "总部位于"]
TEMPLATES = [  # P 人名、L 地名、O 机构；字典里是有关系的 (头, 尾)，其余有序对都是“无关系”
    ("{P}出生于{L}，现在在{O}工作。", {("P", "L"): "出生地", ("P", "O"): "任职于"}),
    ("{P}生在{L}，如今供职于{O}。", {("P", "L"): "出生地", ("P", "O"): "任职于"}),
    ("{O}总部位于{L}，{P}是那里的工程师。", {("O", "L"): "总部位于", ("P", "O"): "任职于"}),
    ("总部设在{L}的{O}录用了{P}。", {("O", "L"): "总部位于", ("P", "O"): "任职于"}),
    ("{P}去{L}出差时参观了{O}。", {}),  # 同样三类实体，却没有任何关系
    ("{O}在{L}开了分店，{P}路过时进去看了看。", {}),
]
NAMES = {"P": "张伟 王芳 李娜 刘洋 陈静 杨磊 赵敏 黄涛", "L": "北京 上海 广州 深圳 杭州 成都 武汉 南京", "O": "华为 腾讯 阿里 百度 小米 京东 网易 美团"}  # fmt: skip


def make_dataset(pools, n_per_template):
    data = []
    for template, relations in TEMPLATES:
        for _ in range(n_per_template):
            names = {k: random.choice(v.split()) for k, v in pools.items()}
            for head, tail in [(h, t) for h in "PLO" for t in "PLO" if h != t]:  # 6 个有序对
                marked = dict(names, **{head: f"<e1>{names[head]}</e1>", tail: f"<e2>{names[tail]}</e2>"})
                data.append((template.format(**marked), relations.get((head, tail), "无关系")))
    return data


train = make_dataset(NAMES, 20)
for text, relation in train[:6]:  # 同一句话的 6 条样本
    print(f"{relation:<4}  {text}")
print("样本数:", len(train), "| 各关系:", dict(Counter(r for _, r in train)))

# 检查：每句 6 条样本，每条恰好一对标记
assert len(train) == len(TEMPLATES) * 20 * 6
assert all(s.count("<e1>") == s.count("<e2>") == 1 for s, _ in train)
