"""从零搭一个 Transformer 编码器块：多头自注意力 + 前馈层，各包一层残差与 LayerNorm，post-norm 和 pre-norm 两种接法。"""

import torch
from torch import nn


class Block(nn.Module):
    """子模块的名字与 nn.TransformerEncoderLayer 相同，方便下文直接拷贝权重。"""

    def __init__(self, d, heads, norm_first=False, p=0.1):
        super().__init__()
        self.norm_first = norm_first
        self.self_attn = nn.MultiheadAttention(d, heads, dropout=p, batch_first=True)  # 输入 (batch, seq, d)
        self.linear1, self.linear2 = nn.Linear(d, 4 * d), nn.Linear(4 * d, d)  # 前馈层 d → 4d → d
        self.norm1, self.norm2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.dropout, self.dropout1, self.dropout2 = nn.Dropout(p), nn.Dropout(p), nn.Dropout(p)

    def attn(self, x, pad_mask):  # 子层 1：每个 token 看整句
        return self.dropout1(self.self_attn(x, x, x, key_padding_mask=pad_mask, need_weights=False)[0])

    def ffn(self, x):  # 子层 2：每个位置各自过同一个两层 MLP
        return self.dropout2(self.linear2(self.dropout(nn.functional.gelu(self.linear1(x)))))

    def forward(self, x, pad_mask=None):
        if self.norm_first:  # pre-norm（GPT-2 及之后的多数模型）：x = x + sublayer(LN(x))
            x = x + self.attn(self.norm1(x), pad_mask)
            x = x + self.ffn(self.norm2(x))
        else:  # post-norm（原始 Transformer、BERT）：x = LN(x + sublayer(x))
            x = self.norm1(x + self.attn(x, pad_mask))
            x = self.norm2(x + self.ffn(x))
        return x


def fmt(t):
    return " ".join(f"{round(v, 3) + 0:.3f}" for v in t.tolist())  # + 0 把 -0.0 变成 0.0


torch.manual_seed(0)
x = torch.randn(2, 5, 16)  # batch=2 句，每句 5 个 token，d=16
outputs = {}
for name, norm_first in [("post-norm", False), ("pre-norm ", True)]:
    block = Block(d=16, heads=4, norm_first=norm_first).eval()  # eval()：关掉 dropout
    with torch.no_grad():
        y = outputs[name] = block(x)
        hidden = block.linear1(x)
    mean, std = y.mean(-1), y.std(-1, unbiased=False)  # 每个 token 向量的均值、标准差
    print(f"{name}: 输入 {tuple(x.shape)} → 前馈层中间 {tuple(hidden.shape)} → 输出 {tuple(y.shape)}")
    print(f"  第 0 句 5 个 token 的均值 {fmt(mean[0])}")
    print(f"  第 0 句 5 个 token 的标准差 {fmt(std[0])}")

# 检查：形状不变，块可以一层层堆叠；post-norm 的输出每个 token 都刚经过 LayerNorm
y_post = outputs["post-norm"]
assert all(y.shape == x.shape for y in outputs.values())
assert torch.allclose(y_post.mean(-1), torch.zeros(2, 5), atol=1e-5)
assert torch.allclose(y_post.std(-1, unbiased=False), torch.ones(2, 5), atol=1e-3)
