"""一个 GPT 解码器块的参数：注意力 4d²+4d，MLP 8d²+5d，两个 LayerNorm 4d，合计 12d²+13d。"""

import torch
from transformers import GPT2Config
from transformers.models.gpt2.modeling_gpt2 import GPT2Block


def count(module):
    return sum(p.numel() for p in module.parameters())


for d, heads in [(768, 12), (1024, 16), (1600, 25)]:
    with torch.device("meta"):
        block = GPT2Block(GPT2Config(n_embd=d, n_head=heads))
    attn, mlp = count(block.attn), count(block.mlp)
    norms = count(block.ln_1) + count(block.ln_2)
    print(f"d={d:<5} attn={attn:>10,}  mlp={mlp:>10,}  ln={norms:>5,}  block={count(block):>10,}")

    # 注意力：Q、K、V 合并成一个 d→3d 的线性层（3d²+3d），输出投影 d→d（d²+d）
    assert attn == 4 * d * d + 4 * d
    # MLP：d→4d（4d²+4d），4d→d（4d²+d）
    assert mlp == 8 * d * d + 5 * d
    # 两个 LayerNorm，各有 weight 和 bias（2d）
    assert norms == 4 * d
    assert count(block) == 12 * d * d + 13 * d
