"""transformers 5 里 BertTokenizer 就是基于 tokenizers（Rust）的“fast”实现；纯 Python 版改名 BertTokenizerLegacy。"""

from transformers import AutoTokenizer, BertTokenizer, BertTokenizerFast, BertTokenizerLegacy

text = "世界Hello人民大团结"
fast = BertTokenizer.from_pretrained("bert-base-chinese")

slow = BertTokenizerLegacy.from_pretrained("bert-base-chinese")  # 纯 Python 版，读的是 vocab.txt

fast_enc = fast(text, return_offsets_mapping=True)
slow_enc = slow(text, return_offsets_mapping=True)
try:
    slow_enc.word_ids()
    word_ids_error = None
except ValueError as e:
    word_ids_error = e

print("BertTokenizerFast is BertTokenizer:", BertTokenizerFast is BertTokenizer)
print("AutoTokenizer 给出:", type(AutoTokenizer.from_pretrained("bert-base-chinese")).__name__)
print("BertTokenizer.is_fast:", fast.is_fast, " BertTokenizerLegacy.is_fast:", slow.is_fast)
print("两者 input_ids 相同:", fast_enc.input_ids == slow_enc.input_ids)
print("fast 返回的字段:", list(fast_enc.keys()))
print("slow 返回的字段:", list(slow_enc.keys()))
print("slow 的 word_ids():", type(word_ids_error).__name__, "-", word_ids_error)

assert BertTokenizerFast is BertTokenizer  # 旧名字只是别名
assert fast.is_fast and not slow.is_fast
assert fast_enc.input_ids == slow_enc.input_ids == [101, 686, 4518, 100, 782, 3696, 1920, 1730, 5310, 102]
assert "offset_mapping" in fast_enc
assert "offset_mapping" not in slow_enc  # Python 版不给 offset（transformers 4 里会直接抛 NotImplementedError）
assert "word_ids() is not available" in str(word_ids_error)
