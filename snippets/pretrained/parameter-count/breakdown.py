"""参数都在哪里：bert-base-chinese 与 GPT-2 各规模按部件（嵌入、注意力、前馈、LayerNorm、pooler）分组计数。"""

import matplotlib.pyplot as plt
import torch
from torch import nn
from transformers import AutoConfig, BertModel, GPT2Config, GPT2Model

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

PARTS = ["嵌入", "注意力", "前馈", "LayerNorm", "pooler"]


def part_of(name, module):
    """按模块的类型和名字把它归到一个部件。"""
    if isinstance(module, nn.Embedding):
        return "嵌入"
    if isinstance(module, nn.LayerNorm):
        return "LayerNorm"
    if "pooler" in name:
        return "pooler"
    return "注意力" if "attn" in name or "attention" in name else "前馈"  # 其余的是前馈层 d→4d→d


def breakdown(model):
    counts = dict.fromkeys(PARTS, 0)
    for name, module in model.named_modules():
        counts[part_of(name, module)] += sum(p.numel() for p in module.parameters(recurse=False))
    return counts


configs = {"bert-base-chinese": AutoConfig.from_pretrained("bert-base-chinese")}
gpt2_sizes = {"small": (12, 768, 12), "medium": (24, 1024, 16), "large": (36, 1280, 20), "xl": (48, 1600, 25)}
for size, (L, d, heads) in gpt2_sizes.items():
    configs[f"GPT-2 {size}"] = GPT2Config(n_layer=L, n_embd=d, n_head=heads)
results, totals = {}, {}
for name, config in configs.items():
    with torch.device("meta"):  # 只有形状、没有数据：只数参数
        model = BertModel(config) if name.startswith("bert") else GPT2Model(config)
    results[name] = breakdown(model)
    totals[name] = total = sum(p.numel() for p in model.parameters())
    print(f"{name}（共 {total:,}）")
    print("  " + "  ".join(f"{part} {n:,}（{n / total:.2%}）" for part, n in results[name].items() if n))

fig, ax = plt.subplots(figsize=(6.4, 3.8))
colors = ["#9ecae1", "#fdae6b", "#74c476", "#bcbddc", "#d9d9d9"]
names = list(results)[::-1]  # 从上到下：bert-base-chinese、GPT-2 small、medium、large、xl
left = [0.0] * len(names)
for part, color in zip(PARTS, colors, strict=True):
    shares = [100 * results[n][part] / totals[n] for n in names]
    ax.barh(names, shares, left=left, color=color, edgecolor="white", label=part)
    for y, (x0, share) in enumerate(zip(left, shares, strict=True)):
        if share >= 8:  # 太窄的段不写数字
            ax.text(x0 + share / 2, y, f"{share:.0f}%", ha="center", va="center", fontsize=11)
    left = [a + b for a, b in zip(left, shares, strict=True)]
ax.set_yticks(range(len(names)), [f"{n}\n{totals[n] / 1e6:.0f}M 个参数" for n in names])
ax.set_xlim(0, 100)
ax.set_xlabel("占全部参数的百分比", fontsize=12)
ax.tick_params(labelsize=11)
ax.legend(
    ncol=5, fontsize=11, loc="lower center", bbox_to_anchor=(0.4, 1.0), frameon=False, handlelength=1, columnspacing=1
)
fig.tight_layout()
plt.savefig("breakdown.svg")

# 检查：各部件加起来就是整个模型；与上文按部件数出的值一致；GPT-2 的嵌入占比随模型变大而下降
assert all(sum(results[n].values()) == totals[n] for n in results)
bert = results["bert-base-chinese"]
assert sum(bert.values()) == 102_267_648 and bert["注意力"] == 12 * 2_362_368 and bert["前馈"] == 12 * 4_722_432
assert bert["LayerNorm"] == 1_536 + 12 * 3_072 and bert["pooler"] == 590_592
for size, (L, d, _) in gpt2_sizes.items():  # GPT-2：每块注意力 4d²+4d、前馈 8d²+5d，2L+1 个 LayerNorm
    gpt2 = results[f"GPT-2 {size}"]
    assert gpt2["嵌入"] == (50257 + 1024) * d and gpt2["LayerNorm"] == (2 * L + 1) * 2 * d
    assert gpt2["注意力"] == L * (4 * d * d + 4 * d) and gpt2["前馈"] == L * (8 * d * d + 5 * d)
shares = [results[n]["嵌入"] / totals[n] for n in results]
assert shares[1] > shares[2] > shares[3] > shares[4]
