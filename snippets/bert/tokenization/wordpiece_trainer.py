"""tokenizers 的 WordPieceTrainer 其实是带 ## 前缀的 BPE 训练：按频次合并，不按得分。"""

from tokenizers import Tokenizer, models, pre_tokenizers, trainers

corpus = {"low": 5, "lower": 2, "newest": 6, "widest": 3}
lines = [w for w, n in corpus.items() for _ in range(n)]  # 每行一个词，重复 n 次


def train(model, trainer):
    tokenizer = Tokenizer(model)
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.train_from_iterator(lines, trainer)
    vocab = tokenizer.get_vocab()
    return tokenizer, sorted(vocab, key=vocab.get)  # 按 id 排序：新 token 的 id 就是学到它的先后


bpe, bpe_vocab = train(models.BPE(), trainers.BpeTrainer(vocab_size=21, show_progress=False))
wp, wp_vocab = train(
    models.WordPiece(unk_token="[UNK]"),
    trainers.WordPieceTrainer(vocab_size=31, special_tokens=["[UNK]"], show_progress=False),
)
print("BpeTrainer 学到的前 4 个:", bpe_vocab[10:14])
print("WordPieceTrainer 学到的前 4 个:", [t for t in wp_vocab if len(t.removeprefix("##")) > 1 and t != "[UNK]"][:4])
for word in ["lowest", "newer", "slow"]:
    print(f"{word:<7} BPE: {bpe.encode(word).tokens}   WordPiece: {wp.encode(word).tokens}")

# 检查：两者第一个学到的都是频次最高的 e + s，而不是得分最高的 w + ##i
assert bpe_vocab[10] == "es" and "##es" in wp_vocab and "wi" not in bpe_vocab
