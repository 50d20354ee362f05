"""从依存弧抽取 (主语, 谓语, 宾语)：SBV 给主语，VOB 给宾语；兼语 DBL 既是宾语又是下一个动词的主语。"""

words = ["ROOT", "他", "叫", "汤姆", "(", "TOM", ")", "去", "拿", "外衣", "。"]
heads = [None, 2, 0, 2, 5, 3, 5, 8, 2, 8, 2]
labels = [None, "SBV", "HED", "DBL", "WP", "COO", "WP", "ADV", "VOB", "VOB", "WP"]


def dependents(head, label):
    return [i for i in range(1, len(words)) if heads[i] == head and labels[i] == label]


def naive_svo():
    """只看 SBV 和 VOB：谓语 v 同时有主语孩子和宾语孩子。"""
    return [(s, v, o) for v in range(1, len(words)) for s in dependents(v, "SBV") for o in dependents(v, "VOB")]


def svo_with_dbl():
    """兼语句 “他叫汤姆去拿外衣”：叫 -DBL-> 汤姆 是“叫”的宾语，也是“叫”的 VOB 动词“拿”的主语。"""
    triples = []
    for v in range(1, len(words)):
        subjects = dependents(v, "SBV")
        for d in dependents(v, "DBL"):
            triples += [(s, v, d) for s in subjects]
            for v2 in dependents(v, "VOB"):  # 兼语后面的动词
                triples += [(d, v2, o) for o in dependents(v2, "VOB")]
        if not dependents(v, "DBL"):
            triples += [(s, v, o) for s in subjects for o in dependents(v, "VOB")]
    return triples


def show(triples):
    return [tuple(words[i] for i in t) for t in triples]


print("只看 SBV + VOB:", show(naive_svo()))
print("处理兼语 DBL :", show(svo_with_dbl()))

# 检查
assert show(naive_svo()) == [("他", "叫", "拿")]
assert show(svo_with_dbl()) == [("他", "叫", "汤姆"), ("汤姆", "拿", "外衣")]
