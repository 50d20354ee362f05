"""若 GPT-3 按 token 数的比例采样，训练 3000 亿 token 时各数据集经过几轮？与论文的配比对照。"""

# (数据集, token 数（十亿）, 论文 Table 2.2 中训练 300B token 时经过的轮数)
table22 = [
    ("Common Crawl", 410, 0.44),
    ("WebText2", 19, 2.9),
    ("Books1", 12, 1.9),
    ("Books2", 55, 0.43),
    ("Wikipedia", 3, 3.4),
]
trained = 300  # 训练的 token 总数（十亿）
total = sum(tokens for _, tokens, _ in table22)

print(f"{'数据集':<13}{'论文的轮数':>5}{'按比例采样':>7}")  # 一个汉字占两格
for name, tokens, paper_epochs in table22:
    share = tokens / total  # 按比例采样：每个 token 被抽中的机会相同
    epochs = trained * share / tokens  # = trained / total，与数据集大小无关
    print(f"{name:<16}{paper_epochs:>10}{epochs:>12.2f}")

# 检查：按比例采样时每个数据集都经过 300/499 ≈ 0.6 轮；论文让小而精的数据集多过几轮
assert round(trained / total, 2) == 0.60
assert [name for name, _, e in table22 if e > 1] == ["WebText2", "Books1", "Wikipedia"]
