"""画出 token 与字符的对齐：上排是原文的 12 个字符，下排是 10 个 token，每个 token 连到它的字符区间。"""

import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle
from transformers import AutoTokenizer

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

text = "世界Hello人民大团结"
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
enc = tokenizer(text, return_offsets_mapping=True)
tokens = tokenizer.convert_ids_to_tokens(enc.input_ids)

fig, ax = plt.subplots(figsize=(7, 2.8))
for i, ch in enumerate(text):  # 字符 i 画在 x = i + 1，左右留出 [CLS] [SEP] 的位置
    ax.add_patch(Rectangle((i + 0.55, 1.6), 0.9, 0.8, fc="#e8eef7", ec="0.5"))
    ax.text(i + 1, 2.0, ch, ha="center", va="center", fontsize=15)
    ax.text(i + 1, 2.65, str(i), ha="center", va="center", fontsize=11, color="0.4")
for k, (token, (start, end)) in enumerate(zip(tokens, enc.offset_mapping, strict=True)):
    if start == end:  # 特殊 token：不对应原文，offset 为 (0, 0)
        x, width, color = (0 if k == 0 else len(text) + 1), 0.9, "0.85"
    else:
        x, width, color = (start + end + 1) / 2, end - start - 0.1, ("#f4c7c3" if token == "[UNK]" else "#d9ead3")
        ax.plot([start + 0.55, start + 0.55, end + 0.45, end + 0.45], [1.55, 1.3, 1.3, 1.55], color="0.3", lw=1)
        ax.plot([x, x], [1.3, 0.9], color="0.3", lw=1)
    ax.add_patch(Rectangle((x - width / 2, 0.1), width, 0.8, fc=color, ec="0.5"))
    ax.text(x, 0.5, token, ha="center", va="center", fontsize=12 if len(token) > 1 else 15)
    ax.text(x, -0.25, f"{start},{end}", ha="center", va="center", fontsize=10, color="0.3")
ax.text(-0.65, 2.0, "字符", ha="right", va="center", fontsize=12)
ax.text(-0.65, 0.5, "token", ha="right", va="center", fontsize=12)
ax.set_xlim(-2.0, len(text) + 1.6)
ax.set_ylim(-0.5, 2.95)
ax.set_axis_off()
fig.tight_layout()
plt.savefig("alignment.svg")

print("序号     id  offset    token -> 原文")
for k, (token, tid, (start, end)) in enumerate(zip(tokens, enc.input_ids, enc.offset_mapping, strict=True)):
    print(f"{k:>4}  {tid:>5}  ({start:>2}, {end:>2})  {token} -> {text[start:end]!r}")

# 检查：除特殊 token 外，各区间首尾相接、正好铺满原文
spans = [s for s in enc.offset_mapping if s[0] < s[1]]
assert spans[0][0] == 0 and spans[-1][1] == len(text)
assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
