"""练习：去掉空格后，“iPhone14”是一个 token；只把“iPhone”标成实体，来回一趟后实体是什么？"""

from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
text = "李华用iPhone14拍照"
entities = [("PER", 0, 2), ("PRO", 3, 9)]  # 只有 iPhone 是产品名，14 不算


def spans_to_bio(offsets, entities):
    labels = []
    for start, end in offsets:
        label = -100 if start == end else "O"
        for kind, a, b in entities:
            if start < end and start < b and a < end:
                label = ("B-" if start <= a else "I-") + kind
        labels.append(label)
    return labels


def bio_to_spans(offsets, labels):
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
recovered = bio_to_spans(enc.offset_mapping, spans_to_bio(enc.offset_mapping, entities))
print("tokens :", tokenizer.convert_ids_to_tokens(enc.input_ids))
print("offsets:", enc.offset_mapping)
print("标注:", [(kind, a, b, text[a:b]) for kind, a, b in entities])
print("还原:", [(kind, a, b, text[a:b]) for kind, a, b in recovered])

# 检查：实体的止点 9 落在 token (3, 11) 内部，token 级标签表达不了，还原出的实体多了“14”
assert (3, 11) in enc.offset_mapping
assert recovered[1] == ("PRO", 3, 11)
