"""一个 GPT 解码器块的参数：注意力 4d²+4d，MLP 8d²+5d，两个 LayerNorm 4d，合计 12d²+13d。"""

import torch
from transformers import GPT2Config
from transformers.models.gpt2.modeling_gpt2 import GPT2Block


def count(module):
    return sum(p.numel() for p in module.parameters())


rows = []
for d, heads in [(768, 12), (1024, 16), (1600, 25)]:
    with torch.device("meta"):
        block = GPT2Block(GPT2Config(n_embd=d, n_head=heads))
    # 注意力：Q、K、V 合并成一个 d→3d 的线性层，再加输出投影 d→d；MLP：d→4d→d；ln_1、ln_2 各有 weight 和 bias
    row = (d, count(block.attn), count(block.mlp), count(block.ln_1) + count(block.ln_2), count(block))
    rows.append(row)
    print("d={:<5} attn={:>10,}  mlp={:>10,}  ln={:>5,}  block={:>10,}".format(*row))

# 检查
for d, attn, mlp, norms, total in rows:
    assert attn == 4 * d * d + 4 * d
    assert mlp == 8 * d * d + 5 * d
    assert norms == 4 * d
    assert total == 12 * d * d + 13 * d
