"""transformers 5 里 BertTokenizer 就是基于 tokenizers（Rust）的“fast”实现；纯 Python 版改名 BertTokenizerLegacy。"""

from transformers import AutoTokenizer, BertTokenizer, BertTokenizerFast, BertTokenizerLegacy

text = "世界Hello人民大团结"
fast = BertTokenizer.from_pretrained("bert-base-chinese")
slow = BertTokenizerLegacy.from_pretrained("bert-base-chinese")  # 纯 Python 版，读的是 vocab.txt

print(
    "BertTokenizerFast 的类名:",
    BertTokenizerFast.__name__,
    "| AutoTokenizer 给出:",
    type(AutoTokenizer.from_pretrained("bert-base-chinese")).__name__,
)
for tok in (fast, slow):
    enc = tok(text, return_offsets_mapping=True)
    try:
        word_ids = enc.word_ids()
    except ValueError as e:
        word_ids = f"ValueError - {e}"
    print(f"{type(tok).__name__} (is_fast={tok.is_fast})")
    print("  返回的字段:", list(enc.keys()))
    print("  word_ids():", word_ids)

# 检查：ids 相同，只有 fast 版带对齐信息；旧名字 BertTokenizerFast 只是别名
fast_enc, slow_enc = fast(text, return_offsets_mapping=True), slow(text, return_offsets_mapping=True)
assert BertTokenizerFast is BertTokenizer
assert fast_enc.input_ids == slow_enc.input_ids == [101, 686, 4518, 100, 782, 3696, 1920, 1730, 5310, 102]
assert (
    "offset_mapping" in fast_enc and "offset_mapping" not in slow_enc
)  # transformers 4 的 Python 版会直接抛 NotImplementedError
