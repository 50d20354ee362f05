"""WordPiece 训练挑哪一对合并：不看频次 count(ab)，看得分 count(ab) / (count(a)·count(b))。"""

from collections import Counter
from fractions import Fraction
from itertools import pairwise

corpus = {"low": 5, "lower": 2, "newest": 6, "widest": 3}
# 词首字符不带前缀，词中字符带 ##：和切分时的写法一致
words = {(w[0], *("##" + c for c in w[1:])): n for w, n in corpus.items()}


def stats(words):
    unit, pair = Counter(), Counter()
    for symbols, n in words.items():
        for s in symbols:
            unit[s] += n
        for a, b in pairwise(symbols):
            pair[a, b] += n
    return unit, pair


def merge(words, a, b):
    out = {}
    for symbols, n in words.items():
        s = list(symbols)
        for i in range(len(s) - 2, -1, -1):  # 从右往左合并，下标不会错位
            if (s[i], s[i + 1]) == (a, b):
                s[i : i + 2] = [a + b.removeprefix("##")]
        out[tuple(s)] = n
    return out


unit, pair = stats(words)
print("符号对          频次  得分")
for (a, b), n in sorted(pair.items(), key=lambda kv: -kv[1])[:8]:
    print(f"{a:>3} + {b:<4}  {n:>4}   {n}/({unit[a]}·{unit[b]}) = {n / (unit[a] * unit[b]):.3f}")

first_by_count = max(pair, key=pair.get)
for step in range(1, 7):
    unit, pair = stats(words)
    score = {p: Fraction(n, unit[p[0]] * unit[p[1]]) for p, n in pair.items()}  # 用分数，避免浮点数打平时出错
    a, b = max(score, key=score.get)  # 得分相同时取最先出现的一对
    if step == 1:
        first_by_score = (a, b)
    new = a + b.removeprefix("##")
    print(f"第 {step} 次合并: {a} + {b} -> {new}（得分 {float(score[a, b]):.3f}，频次 {pair[a, b]}）")
    words = merge(words, a, b)
print("切分后的语料:", {" ".join(s): n for s, n in words.items()})

# 检查：按频次会先合并 ##e + ##s，按得分先合并的是另一对
assert first_by_count == ("##e", "##s") and first_by_score != first_by_count
