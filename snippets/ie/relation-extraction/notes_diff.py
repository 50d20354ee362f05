"""原笔记的三条关系分类样本去掉标记后，和联合抽取样本的原文差一个空格；这个空格不改变 input_ids，却挪动字符位置。"""

import re

from transformers import AutoTokenizer

text = "【临床表现】 按病程发展及主要临床表现，可分为急性、慢性及晚期血吸虫病。 （一）急性血吸虫病 多见于夏秋季，以小儿及青壮年为多。"
# 原笔记 2023-07-08 的三条关系分类样本，逐字抄录（“"->”之前是文本，之后是标签）
notes_samples = [
    "【临床表现】 按病程发展及主要临床表现，可分为急性、慢性及晚期<e1>血吸虫病</e1>。（一）<e2>急性血吸虫病</e2> 多见于夏秋季，以小儿及青壮年为多。\"->病理分型",
    "【临床表现】 按病程发展及主要临床表现，可分为急性、慢性及晚期<e2>血吸虫病</e2>。（一）<e1>急性血吸虫病</e1> 多见于夏秋季，以小儿及青壮年为多。\"->病理分型",
    "【临床表现】 按病程发展及主要临床表现，可分为急性、慢性及晚期血吸虫病。（一）<e1>急性血吸虫病</e1> 多见于夏秋季，以<e2>小儿及青壮年</e2>为多。\"->多发群体",
]  # fmt: skip

for sample in notes_samples:
    plain, label = sample.split('"->')
    plain = re.sub(r"</?e[12]>", "", plain)  # 去掉标记，应当得到原文
    i = next(k for k, (a, b) in enumerate(zip(text, plain, strict=False)) if a != b)
    print(f"{label}: 第 {i} 个字符起不同，原文 {text[i - 1 : i + 2]!r}，样本 {plain[i - 1 : i + 2]!r}")

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
without_space = text.replace("。 （一）", "。（一）")
print("input_ids 有空格:", tokenizer(text[30:45]).input_ids)
print("input_ids 无空格:", tokenizer(without_space[30:44]).input_ids)
print("“小儿及青壮年”的起点:", text.find("小儿及青壮年"), "vs", without_space.find("小儿及青壮年"))

# 检查：补上这个空格，三条样本去掉标记后与原文逐字相同；整句的 input_ids 也不受空格影响
assert all(re.sub(r"</?e[12]>", "", s.split('"->')[0]) == without_space for s in notes_samples)
assert tokenizer(text).input_ids == tokenizer(without_space).input_ids
