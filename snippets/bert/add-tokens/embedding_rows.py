"""画词向量矩阵在 resize_token_embeddings 前后的样子：新 token 的 id 就是末尾新增的行号。"""

import matplotlib.pyplot as plt
import torch
from matplotlib.patches import Rectangle
from transformers import AutoModel, AutoTokenizer

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

torch.manual_seed(0)  # resize 时新行是随机采样的
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
model = AutoModel.from_pretrained("bert-base-chinese")
old_weight = model.get_input_embeddings().weight.detach().clone()
rows_before = len(old_weight)
tokenizer.add_special_tokens({"additional_special_tokens": ["[prompt_1]", "[prompt_2]"]})
model.resize_token_embeddings(len(tokenizer))
new_weight = model.get_input_embeddings().weight.detach()
shape_after = tuple(new_weight.shape)

ids = [0, None, 100, 101, None, rows_before - 1, *tokenizer.convert_tokens_to_ids(["[prompt_1]", "[prompt_2]"])]
for i in ids:
    if i is not None:
        has = "有" if i < rows_before else "没有"
        print(f"id {i:>5}  {tokenizer.convert_ids_to_tokens(i):<10}  resize 前{has}这一行")
print("词向量矩阵:", (rows_before, shape_after[1]), "->", shape_after)

fig, ax = plt.subplots(figsize=(6.4, 4.2))
columns = {"tokenizer": 0.3, f"resize 前\n({rows_before}, {shape_after[1]})": 3.2, f"resize 后\n{shape_after}": 5.6}
for title, x in columns.items():
    ax.text(x + 1.1, len(ids) + 0.2, title, ha="center", va="bottom", fontsize=12)
for row, i in enumerate(ids):
    y = len(ids) - 1 - row
    if i is None:  # 省略的行
        for x in (0.8, 4.3, 6.7):
            ax.plot([x] * 3, [y + 0.25, y + 0.5, y + 0.75], "k.", ms=4)
        continue
    token = "（最后一个）" if i == rows_before - 1 else tokenizer.convert_ids_to_tokens(i)
    new = i >= rows_before
    ax.text(0.3, y + 0.5, f"{i}", ha="left", va="center", fontsize=11, color="tab:red" if new else "black")
    ax.text(1.3, y + 0.5, token, ha="left", va="center", fontsize=11)
    if new:  # resize 前没有这一行：查表越界
        ax.add_patch(Rectangle((3.2, y + 0.1), 2.2, 0.8, fill=False, ls="--", ec="tab:red"))
        ax.text(4.3, y + 0.5, "无此行", ha="center", va="center", fontsize=11, color="tab:red")
    else:
        ax.add_patch(Rectangle((3.2, y + 0.1), 2.2, 0.8, fc="#9ecae1", ec="white"))
    ax.add_patch(Rectangle((5.6, y + 0.1), 2.2, 0.8, fc="#fdae6b" if new else "#9ecae1", ec="white"))
    ax.text(6.7, y + 0.5, "新增" if new else f"第 {i} 行", ha="center", va="center", fontsize=11)
ax.plot([8.0, 8.0], [2.1, len(ids) - 0.1], color="#3182bd", lw=2)  # 原有的行
ax.text(8.15, (len(ids) + 2) / 2, "原样\n保留", ha="left", va="center", fontsize=11, color="#3182bd")
ax.text(0.3, -0.55, f"新 token 的 id = 末尾新增的行号；每行 {shape_after[1]} 维", ha="left", va="center", fontsize=11)
ax.set_xlim(0, 9.0)
ax.set_ylim(-0.9, len(ids) + 1.2)
ax.axis("off")
fig.tight_layout()
plt.savefig("embedding_rows.svg")

# 检查：新 token 接在原词表之后；resize 只在末尾追加两行，原有的行原样保留
assert ids[-2:] == [rows_before, rows_before + 1] == [21128, 21129]
assert shape_after == (rows_before + 2, 768)
assert torch.equal(new_weight[:rows_before], old_weight)
