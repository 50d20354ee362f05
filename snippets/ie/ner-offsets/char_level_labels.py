"""方法 1：先按字符切成列表，is_split_into_words=True，再用 word_ids() 在字符标签与 token 之间来回对齐。"""

from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")

text = "李华用iPhone 14拍照"
# 字符级 BIO 标签：李华 = PER，“iPhone 14”（含中间的空格）= PRO
char_labels = ["B-PER", "I-PER", "O"] + ["B-PRO"] + ["I-PRO"] * 8 + ["O", "O"]
assert len(char_labels) == len(text)


def spans(labels):
    """BIO 标签序列 -> [(类型, 起, 止)]，止为开区间；None（没有 token 的字符）不打断实体。"""
    result, inside = [], False
    for i, label in enumerate(labels):
        if label is None:
            continue
        if label.startswith("B-"):
            result.append([label[2:], i, i + 1])
            inside = True
        elif label.startswith("I-") and inside and result[-1][0] == label[2:]:
            result[-1][2] = i + 1
        else:
            inside = False
    return [tuple(s) for s in result]


enc = tokenizer(list(text), is_split_into_words=True)
word_ids = enc.word_ids()  # 每个 token 来自第几个“词”，这里就是第几个字符；特殊 token 为 None

# 字符标签 -> token 标签（特殊 token 用 -100，算 loss 时被忽略）
token_labels = [char_labels[w] if w is not None else -100 for w in word_ids]

# token 标签（假设这就是模型的预测）-> 字符标签
recovered = [None] * len(text)  # None：这个字符没有 token
for w, label in zip(word_ids, token_labels, strict=True):
    if w is not None:
        recovered[w] = label
no_token = sorted(set(range(len(text))) - {w for w in word_ids if w is not None})

print("字符数:", len(text), "token 数（不含特殊 token）:", len(enc.input_ids) - 2)
print("tokens  :", tokenizer.convert_ids_to_tokens(enc.input_ids))
print("word_ids:", word_ids)
print("没有 token 的字符位置:", no_token, [text[i] for i in no_token])
print("token 标签:", token_labels)
print("原实体:", [(t, text[s:e]) for t, s, e in spans(char_labels)])
print("还原实体:", [(t, text[s:e]) for t, s, e in spans(recovered)])

assert word_ids[1:-1] == [i for i in range(len(text)) if not text[i].isspace()]
assert no_token == [9]  # 空格不产生 token，被跳过
assert recovered == [label if i != 9 else None for i, label in enumerate(char_labels)]
assert spans(recovered) == spans(char_labels) == [("PER", 0, 2), ("PRO", 3, 12)]
assert text[3:12] == "iPhone 14"
assert tokenizer.convert_ids_to_tokens(enc.input_ids)[4:10] == [
    "i",
    "[UNK]",
    "h",
    "o",
    "n",
    "e",
]  # 代价：大写字母逐个变 [UNK]
