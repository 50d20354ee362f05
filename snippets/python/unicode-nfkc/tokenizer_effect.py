"""同一句话，全角与半角写法被 BERT 分词器切成不同的 token：NFKC 让它们一致。"""

import unicodedata as ucd

from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")

text = "２０１８年准确率９５％，ｇｐｕ训练"
nfkc = ucd.normalize("NFKC", text)
for name, s in [("原文", text), ("NFKC", nfkc)]:
    tokens = tokenizer.tokenize(s)
    print(f"{name}: {s}")
    print(f"  {len(tokens)} 个 token:", tokens)

# 检查：规范化之后，2018、95、gpu 各是词表里的一个 token
assert {"2018", "95", "gpu"} <= set(tokenizer.tokenize(nfkc))
assert len(tokenizer.tokenize(text)) == 16 and len(tokenizer.tokenize(nfkc)) == 11
