"""字符级的实体区间 -> token 的 BIO 标签（训练用），token 的 BIO 标签 -> 原文里的实体（预测后用）。"""

from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
text = "李华用iPhone 14拍照"
entities = [("PER", 0, 2), ("PRO", 3, 12)]  # 标注：(类型, 起, 止)，字符下标，止为开区间


def spans_to_bio(offsets, entities):
    """与实体重叠的第一个 token 标 B，其后重叠的标 I；特殊 token 标 -100（算 loss 时忽略）。"""
    labels = []
    for start, end in offsets:
        label = -100 if start == end else "O"
        for kind, a, b in entities:
            if start < end and start < b and a < end:
                label = ("B-" if start <= a else "I-") + kind
        labels.append(label)
    return labels


def bio_to_spans(offsets, labels):
    """把 B、I 连成实体：实体从第一个 token 的 start 到最后一个 token 的 end。"""
    spans = []
    for (start, end), label in zip(offsets, labels, strict=True):
        if label == -100 or label == "O":
            continue
        if label.startswith("B-") or not spans or spans[-1][0] != label[2:]:
            spans.append([label[2:], start, end])
        else:
            spans[-1][2] = end
    return [tuple(s) for s in spans]


enc = tokenizer(text, return_offsets_mapping=True)
labels = spans_to_bio(enc.offset_mapping, entities)  # 训练时喂给模型的 token 标签
recovered = bio_to_spans(enc.offset_mapping, labels)  # 假设模型预测得完全正确

print("offset    标签    token -> 原文")
for token, (start, end), label in zip(
    tokenizer.convert_ids_to_tokens(enc.input_ids), enc.offset_mapping, labels, strict=True
):
    print(f"({start:>2}, {end:>2})  {label!s:<6}  {token} -> {text[start:end]!r}")
print("还原:", [(kind, a, b, text[a:b]) for kind, a, b in recovered])

# 检查：实体边界都落在 token 边界上时，来回一趟不丢信息
assert recovered == entities
