"""GPT-3 的训练数据配比（Brown et al. 2020, Table 2.2）：采样比例不按数据量分配。"""

# (数据集, token 数（十亿）, 训练时的采样比例)
table22 = [
    ("Common Crawl (filtered)", 410, 0.60),
    ("WebText2", 19, 0.22),
    ("Books1", 12, 0.08),
    ("Books2", 55, 0.08),
    ("Wikipedia", 3, 0.03),
]

total = sum(tokens for _, tokens, _ in table22)
cc_tokens = table22[0][1]
others = total - cc_tokens
print(f"{'数据集':<24}{'token 数':>9}{'占 token 总数':>12}{'采样比例':>9}")
for name, tokens, weight in table22:
    print(f"{name:<24}{tokens:>8}B{tokens / total:>14.0%}{weight:>12.0%}")
print(f"合计 {total}B；采样比例之和 {sum(w for *_, w in table22):.0%}（表中比例已四舍五入）")
print(f"Common Crawl / 其余四个之和 = {cc_tokens}B / {others}B = {cc_tokens / others:.1f}")
print(f"Common Crawl / Wikipedia = {cc_tokens / table22[-1][1]:.0f}")

# 检查
assert total == 499 and others == 89
assert round(cc_tokens / others, 1) == 4.6  # 是其余四个之和的 4.6 倍，不是“上百倍”
assert cc_tokens / table22[-1][1] > 100  # 只有和 Wikipedia 比才超过一百倍
assert cc_tokens / total > 0.8 and table22[0][2] == 0.60  # 占 token 的八成多，采样时只占六成
assert round(sum(w for *_, w in table22), 2) == 1.01
