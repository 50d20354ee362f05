"""练习：只用前 6 条合并规则，逐步切分 newest、renew、lowest，并用 tokenizers 的 BPE 模型核对。"""

from itertools import pairwise
from string import ascii_lowercase

from tokenizers.models import BPE

merges = [("e", "s"), ("es", "t</w>"), ("l", "o"), ("n", "e"), ("ne", "w"), ("new", "est</w>")]
rank = {pair: i for i, pair in enumerate(merges)}


def bpe(word, verbose=False):
    symbols = list(word[:-1]) + [word[-1] + "</w>"]
    if verbose:
        print(f"    开始  : {' '.join(symbols)}")
    while len(symbols) > 1:
        r, i = min((rank.get(pair, len(merges)), i) for i, pair in enumerate(pairwise(symbols)))
        if r == len(merges):
            break
        symbols[i : i + 2] = [symbols[i] + symbols[i + 1]]
        if verbose:
            print(f"    规则 {r + 1}: {' '.join(symbols)}")
    return symbols


for word in ["newest", "renew", "lowest"]:
    print(f"{word}:")
    print(f"  结果: {bpe(word, verbose=True)}")

# 检查：tokenizers 的 BPE 模型用同样的 6 条规则，切分相同
alphabet = [c + suffix for c in ascii_lowercase for suffix in ("", "</w>")]
vocab = {s: i for i, s in enumerate(alphabet + [a + b for a, b in merges])}
model = BPE(vocab=vocab, merges=merges, end_of_word_suffix="</w>")
assert all([t.value for t in model.tokenize(w)] == bpe(w) for w in ["newest", "renew", "lowest"])
