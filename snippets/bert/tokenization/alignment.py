"""画出同一句话在两种分词器下的切分：BERT 一字一格，GPT-2 的 token 落在 UTF-8 字节上。"""

import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle
from transformers import AutoTokenizer

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

text = "我爱自然语言处理。"
raw = text.encode("utf-8")
bert_tokens = AutoTokenizer.from_pretrained("bert-base-chinese").tokenize(text)
gpt2_tokens = AutoTokenizer.from_pretrained("gpt2").tokenize(text)
# GPT-2 的 token 里一个字符代表一个字节，所以 token 的长度就是它覆盖的字节数
gpt2_spans, pos = [], 0
for token in gpt2_tokens:
    gpt2_spans.append((pos, pos + len(token)))
    pos += len(token)
char_spans, pos = [], 0
for ch in text:
    char_spans.append((pos, pos + len(ch.encode("utf-8"))))
    pos += len(ch.encode("utf-8"))

fig, ax = plt.subplots(figsize=(6.4, 3.0))
rows = [("字符", 3.0, [(s, e, ch) for (s, e), ch in zip(char_spans, text, strict=True)], "#e8eef7"),
        ("BERT", 2.0, [(s, e, t) for (s, e), t in zip(char_spans, bert_tokens, strict=True)], "#d9ead3"),
        ("字节", 1.0, [(i, i + 1, f"{b:02x}") for i, b in enumerate(raw)], "white"),
        ("GPT-2", 0.0, [(s, e, t) for (s, e), t in zip(gpt2_spans, gpt2_tokens, strict=True)], "#fce5cd")]  # fmt: skip
for label, y, boxes, color in rows:
    ax.text(-0.4, y + 0.4, label, ha="right", va="center", fontsize=12)
    for start, end, s in boxes:
        ax.add_patch(Rectangle((start + 0.05, y + 0.05), end - start - 0.1, 0.7, fc=color, ec="0.5"))
        small = label == "字节"  # 字节的十六进制竖着写；GPT-2 的字节符号（æ、Ī、ĳ）用 DejaVu Sans，中文字体里没有它们
        font = "DejaVu Sans" if y < 1.5 else None
        ax.text((start + end) / 2, y + 0.4, s, ha="center", va="center", fontsize=11 if small else 13,
                rotation=90 if small else 0, family=font)  # fmt: skip
ax.set_xlim(-3.2, len(raw) + 0.2)
ax.set_ylim(-0.1, 3.9)
ax.set_axis_off()
fig.tight_layout()
plt.savefig("alignment.svg")

print("字符  UTF-8 字节   BERT token  GPT-2 token")
for ch, (s, e), bt in zip(text, char_spans, bert_tokens, strict=True):
    covering = [t for t, (ts, te) in zip(gpt2_tokens, gpt2_spans, strict=True) if s <= ts and te <= e]
    print(f" {ch}    {raw[s:e].hex(' ')}     {bt}          {covering}")
print(f"{len(text)} 个字符 -> BERT {len(bert_tokens)} 个 token，GPT-2 {len(gpt2_tokens)} 个 token")

# 检查：这句话里 GPT-2 的每个 token 都落在一个汉字的字节之内，没有跨字
assert all(any(s <= ts and te <= e for s, e in char_spans) for ts, te in gpt2_spans)
