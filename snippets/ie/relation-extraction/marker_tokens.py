"""<e1> 等标记在 bert-base-chinese 里会被切碎；空格不产生 token，但会改变字符位置。"""

from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
markers = ["<e1>", "</e1>", "<e2>", "</e2>"]
sample = "晚期<e1>血吸虫病</e1>。（一）<e2>急性血吸虫病</e2> 多见于"

print("加词表前:", tokenizer.tokenize(sample))
before = tokenizer.tokenize("<e1>")

tokenizer.add_special_tokens({"additional_special_tokens": markers})  # 模型还要 resize_token_embeddings
marker_ids = tokenizer.convert_tokens_to_ids(markers)
print("加词表后:", tokenizer.tokenize(sample))
print("标记的 id:", marker_ids)

# 联合抽取样本与分类样本之间那一个空格：token 完全相同，字符位置却差 1
with_space = "晚期血吸虫病。 （一）急性血吸虫病"
without_space = "晚期血吸虫病。（一）急性血吸虫病"
same_ids = tokenizer(with_space).input_ids == tokenizer(without_space).input_ids
print("有无空格的 input_ids 相同:", same_ids)
print("“急性血吸虫病”的起点:", with_space.find("急性血吸虫病"), "vs", without_space.find("急性血吸虫病"))

assert before == ["<", "e1", ">"]
assert tokenizer.tokenize("<e1>血</e1>") == ["<e1>", "血", "</e1>"]
assert marker_ids == [21128, 21129, 21130, 21131]
assert same_ids
assert with_space.find("急性血吸虫病") - without_space.find("急性血吸虫病") == 1
