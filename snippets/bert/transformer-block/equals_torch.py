"""拷贝权重之后，自己写的 post-norm 块与 nn.TransformerEncoderLayer(norm_first=False) 逐元素相等，pre-norm 同理。"""

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


torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.randn(2, 5, 16).to(device)  # 在 CPU 上生成，再搬到设备上
pad_mask = torch.tensor([[False] * 5, [False] * 3 + [True] * 2]).to(device)  # 第 1 句的后 2 个是 padding

pairs = []
for norm_first in (False, True):
    ref = nn.TransformerEncoderLayer(
        d_model=16, nhead=4, dim_feedforward=64, activation="gelu", batch_first=True, norm_first=norm_first
    )
    mine = Block(d=16, heads=4, norm_first=norm_first)
    mine.load_state_dict(ref.state_dict())  # 默认 strict：参数的名字和形状一一对应，一个不多一个不少
    ref, mine = ref.to(device).eval(), mine.to(device).eval()  # eval()：两边的 dropout 都关掉
    with torch.no_grad():
        y_ref, y_mine = ref(x, src_key_padding_mask=pad_mask), mine(x, pad_mask)
    pairs.append((y_ref, y_mine))
    print(f"norm_first={norm_first}")
    print(f"  nn.TransformerEncoderLayer 第 0 个 token 前 6 维: {y_ref[0, 0, :6].cpu().numpy().round(4)}")
    print(f"  自己写的 Block             第 0 个 token 前 6 维: {y_mine[0, 0, :6].cpu().numpy().round(4)}")

# 检查：两种接法都逐元素相等（容差只留给 float32 的舍入误差）
for y_ref, y_mine in pairs:
    assert torch.allclose(y_ref, y_mine, atol=1e-5)
