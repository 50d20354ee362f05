"""练习：找错。把第 i 个 token 的标签当成第 i 个字符的标签，实体“人民”会被还原成什么？"""

from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
text = "世界Hello人民大团结"
enc = tokenizer(text, return_offsets_mapping=True)
# 模型对 10 个 token 的预测：“人”“民”两个 token 是 B-ORG、I-ORG
labels = ["O"] * len(enc.input_ids)
labels[4], labels[5] = "B-ORG", "I-ORG"

# 错误：去掉 [CLS] [SEP] 后按下标一一对应到字符
buggy = "".join(ch for ch, lab in zip(text, labels[1:-1], strict=False) if lab != "O")
# 正确：用 offset_mapping 找回每个 token 的字符区间
fixed = "".join(text[s:e] for (s, e), lab in zip(enc.offset_mapping, labels, strict=True) if lab != "O")
print("token 数（不含特殊 token）:", len(labels) - 2, "| 字符数:", len(text))
print("按下标还原:", repr(buggy), "| 按 offset 还原:", repr(fixed))

# 检查：[UNK] 一个 token 吃掉了 5 个字符，之后的下标全部错位 4
assert buggy == "el" and fixed == "人民"
