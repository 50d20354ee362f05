"""常见的一行清洗：NFKC 之后 replace(" ", "")。全角变半角了，英文单词之间的空格也没了。"""

import unicodedata as ucd

text = "Ｇｏｏｇｌｅ\u3000在２０１８年发布了ＢＥＲＴ：Pre-training of Deep Bidirectional Transformers\u00a0（论文）"

nfkc = ucd.normalize("NFKC", text)
cleaned = nfkc.replace(" ", "")
print("原文:      ", repr(text))
print("NFKC:      ", repr(nfkc))
print("再删空格:  ", repr(cleaned))
print("长度:", len(text), "->", len(nfkc), "->", len(cleaned))

# 只统一空白、保留单词间的空格：split() 按任意空白切分，再用一个普通空格连接
tidy = " ".join(nfkc.split())
print("压缩空白:  ", repr(tidy))

# 检查
assert nfkc.startswith("Google 在2018年发布了BERT:")  # 全角字母、数字、冒号被转换成半角，一个字符都没少
assert len(nfkc) == len(text)
assert "Pre-trainingofDeepBidirectionalTransformers" in cleaned  # 英文单词之间的空格也被删掉了
assert "Pre-training of Deep Bidirectional Transformers" in tidy
