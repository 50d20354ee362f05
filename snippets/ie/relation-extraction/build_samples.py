"""把一条联合抽取样本（原文 + 三元组）拆成关系分类样本：给头、尾实体加上 <e1> <e2> 标记，标签取关系名。"""

from itertools import permutations

# 联合关系抽取：一条原文，对应它的全部三元组 [头实体, "头类型@关系@尾类型", 尾实体]
text = "【临床表现】 按病程发展及主要临床表现，可分为急性、慢性及晚期血吸虫病。 （一）急性血吸虫病 多见于夏秋季，以小儿及青壮年为多。"
triples = [
    ["血吸虫病", "疾病@病理分型@疾病", "急性血吸虫病"],
    ["急性血吸虫病", "疾病@病理分型@疾病", "血吸虫病"],
    ["急性血吸虫病", "疾病@多发群体@流行病学", "小儿及青壮年"],
]


def occurrences(entity):
    """实体在原文中所有出现位置 [(起, 止)]。"""
    return [(i, i + len(entity)) for i in range(len(text)) if text.startswith(entity, i)]


def locate(head, tail):
    """选一对互不重叠、彼此最近的出现位置：子串出现在长实体内部的那一次不算。"""
    pairs = [(h, t) for h in occurrences(head) for t in occurrences(tail) if h[1] <= t[0] or t[1] <= h[0]]
    return min(pairs, key=lambda p: abs(p[0][0] - p[1][0]))


def mark(head_span, tail_span):
    """从后往前插入标记，前面的位置不会被挪动。"""
    inserts = [(head_span[0], "<e1>"), (head_span[1], "</e1>"), (tail_span[0], "<e2>"), (tail_span[1], "</e2>")]
    marked = text
    for pos, tag in sorted(inserts, reverse=True):
        marked = marked[:pos] + tag + marked[pos:]
    return marked


samples = []
for head, schema, tail in triples:
    head_type, relation, tail_type = schema.split("@")
    head_span, tail_span = locate(head, tail)
    samples.append((mark(head_span, tail_span), relation))
    print(f"{head}{head_span} --{relation}--> {tail}{tail_span}  类型: {head_type} -> {tail_type}")

print("“血吸虫病”出现的位置:", occurrences("血吸虫病"), " “急性血吸虫病”:", occurrences("急性血吸虫病"))
for marked, relation in samples:
    print(f"{relation}\t{marked}")

# 流水线式的关系分类还要给没有关系的实体对造负样本
entities = sorted({e for h, _, t in triples for e in (h, t)}, key=text.find)
labelled = {(h, t) for h, _, t in triples}
negatives = [(h, t) for h, t in permutations(entities, 2) if (h, t) not in labelled]
print("实体:", entities, " 有序实体对:", len(list(permutations(entities, 2))), " 无关系:", negatives)

# 检查
assert occurrences("血吸虫病") == [(31, 35), (42, 46)] and occurrences("急性血吸虫病") == [(40, 46)]
assert locate("血吸虫病", "急性血吸虫病") == ((31, 35), (40, 46))  # 标的是“晚期血吸虫病”里那一次
assert [relation for _, relation in samples] == ["病理分型", "病理分型", "多发群体"]
assert all(s.count("<e1>") == s.count("<e2>") == 1 for s, _ in samples)  # 每条样本恰好一对标记，没有嵌套
# <e1> 永远标头实体、<e2> 永远标尾实体，与出现先后无关
assert all(s.split("<e1>")[1].split("</e1>")[0] == h for (s, _), (h, _, _) in zip(samples, triples, strict=True))
assert all(s.split("<e2>")[1].split("</e2>")[0] == t for (s, _), (_, _, t) in zip(samples, triples, strict=True))
assert len(negatives) == 3
