"""WordPiece 的切分：从左到右，每次取词表里最长的前缀；词中的片段带 ## 前缀；拼不出来整个词记 [UNK]。"""

from tokenizers.models import WordPiece

vocab_list = ["[UNK]", "un", "##aff", "##able", "want", "##ed", "run", "##n", "##ing", "a", "ab", "##c", "##bcd"]
vocab = set(vocab_list)


def wordpiece(word, unk="[UNK]"):
    pieces, start = [], 0
    while start < len(word):
        end = len(word)
        while end > start:  # 从最长的候选开始，逐个缩短
            piece = word[start:end] if start == 0 else "##" + word[start:end]
            if piece in vocab:
                break
            end -= 1
        if end == start:  # 从这个位置起一个片段都找不到：整个词是 [UNK]
            return [unk]
        pieces.append(piece)
        start = end
    return pieces


words = ["unaffable", "wanted", "running", "unwanted", "abcd"]
for word in words:
    print(f"{word:<10} -> {wordpiece(word)}")

# 检查：与 tokenizers 的 WordPiece 模型在同一个词表上的切分相同
model = WordPiece({t: i for i, t in enumerate(vocab_list)}, unk_token="[UNK]")
assert all([t.value for t in model.tokenize(w)] == wordpiece(w) for w in words)
assert {"a", "##bcd"} <= vocab  # abcd 本可以切成 a + ##bcd，贪心先取了最长的 ab，后面就接不上了
