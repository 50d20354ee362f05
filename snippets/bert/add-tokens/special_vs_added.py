"""add_tokens 与 add_special_tokens：都不会被切开，区别在于“是否算特殊 token”。"""

from transformers import AutoTokenizer

new_tokens = ["[prompt_1]", "[prompt_2]"]
plain = AutoTokenizer.from_pretrained("bert-base-chinese")
special = AutoTokenizer.from_pretrained("bert-base-chinese")
plain.add_tokens(new_tokens)  # 普通新词
special.add_special_tokens({"additional_special_tokens": new_tokens})  # 特殊 token

text = "[prompt_1]世界[prompt_2]"
results = {}
for name, tok in [("add_tokens", plain), ("add_special_tokens", special)]:
    ids = tok.encode(text)
    results[name] = {
        "ids": ids,
        "decode": tok.decode(ids, skip_special_tokens=True),
        "special": [t for t in new_tokens if t in tok.all_special_tokens],
    }
    print(name, ids, tok.convert_ids_to_tokens(ids))
    print("  decode(skip_special_tokens=True):", repr(results[name]["decode"]))
    print("  all_special_tokens 里的新 token:", results[name]["special"])

# 检查
# 两种方式：id 相同，新词都作为整体匹配，不会被 WordPiece 切开
assert results["add_tokens"]["ids"] == results["add_special_tokens"]["ids"] == [101, 21128, 686, 4518, 21129, 102]
assert len(plain) == len(special) == 21130
# 区别：特殊 token 在 skip_special_tokens=True 时被去掉，普通新词保留
assert results["add_tokens"]["decode"] == "[prompt_1] 世 界 [prompt_2]"
assert results["add_special_tokens"]["decode"] == "世 界"
assert results["add_tokens"]["special"] == [] and results["add_special_tokens"]["special"] == new_tokens
