"""用学到的合并规则切分新词：总是先合并规则里排得最靠前的一对；与词级、字符级切分对比。"""

from itertools import pairwise

from tokenizers.models import BPE

# 上一段代码学到的 10 条合并规则，先学到的优先
merges = [("e", "s"), ("es", "t</w>"), ("l", "o"), ("n", "e"), ("ne", "w"),
          ("new", "est</w>"), ("lo", "w</w>"), ("w", "i"), ("wi", "d"), ("wid", "est</w>")]  # fmt: skip
rank = {pair: i for i, pair in enumerate(merges)}


def bpe(word):
    symbols = list(word[:-1]) + [word[-1] + "</w>"]
    while len(symbols) > 1:
        # 在相邻的符号对里找规则排名最靠前的一对；一对都不在规则里就停止
        r, i = min((rank.get(pair, len(merges)), i) for i, pair in enumerate(pairwise(symbols)))
        if r == len(merges):
            break
        symbols[i : i + 2] = [symbols[i] + symbols[i + 1]]
    return symbols


word_vocab = {"low", "lower", "newest", "widest"}  # 词级词表：语料里出现过的词
for word in ["lowest", "newer", "widest", "slow"]:
    print(f"{word:<7} 词级: {word if word in word_vocab else '[UNK]':<7} 字符级: {len(word)} 个  BPE: {bpe(word)}")

# 检查：与 tokenizers 的 BPE 模型用同一套规则切分的结果相同
alphabet = ["d", "e", "i", "l", "n", "o", "r</w>", "s", "t</w>", "w", "w</w>"]
vocab = {s: i for i, s in enumerate(alphabet + [a + b for a, b in merges])}
model = BPE(vocab=vocab, merges=merges, end_of_word_suffix="</w>")
for word in ["lowest", "newer", "widest", "slow", "wider"]:
    assert [t.value for t in model.tokenize(word)] == bpe(word), word
