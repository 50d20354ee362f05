"""从零训练 BPE：数相邻符号对的频次，合并最频繁的一对，重复若干次。"""

from collections import Counter
from itertools import pairwise

# 语料：词 → 出现次数（Sennrich 等 2016 算法 1 的例子）
corpus = {"low": 5, "lower": 2, "newest": 6, "widest": 3}
# 每个词拆成字符，最后一个字符带上词尾标记 </w>：词尾的 t</w> 和词中的 t 是两个不同的符号
words = {tuple(w[:-1]) + (w[-1] + "</w>",): n for w, n in corpus.items()}


def count_pairs(words):
    pairs = Counter()
    for symbols, n in words.items():
        for a, b in pairwise(symbols):
            pairs[a, b] += n
    return pairs


def merge(words, pair):
    out = {}
    for symbols, n in words.items():
        merged, i = [], 0
        while i < len(symbols):
            if symbols[i : i + 2] == pair:
                merged.append(symbols[i] + symbols[i + 1])
                i += 2
            else:
                merged.append(symbols[i])
                i += 1
        out[tuple(merged)] = n
    return out


vocab = sorted({s for symbols in words for s in symbols})
print("初始词表:", vocab)
merges = []
for step in range(1, 11):
    pairs = count_pairs(words)
    best = max(pairs, key=pairs.get)  # 频次相同时取最先出现的一对
    words = merge(words, best)
    merges.append(best)
    vocab.append(best[0] + best[1])
    print(f"第 {step:>2} 次合并: {best[0]} + {best[1]}  （频次 {pairs[best]}）")
print("切分后的语料:", {" ".join(s): n for s, n in words.items()})
print(f"词表（{len(vocab)} 个 = 11 个字符 + {len(merges)} 次合并）:", vocab)

# 检查：合并只改变切分，不改变文字；10 次合并之后，4 个词里有 3 个成了一个符号
assert all("".join(s) == w + "</w>" for s, w in zip(words, corpus, strict=True))
assert [len(s) for s in words] == [1, 4, 1, 1]
