"""post-norm 与 pre-norm：LayerNorm 放在残差相加之后，还是放在子层的入口。"""

import torch
from torch import nn

torch.manual_seed(0)
d, n_layers = 16, 12


class Residual(nn.Module):
    """一个残差子层；子层 f 用一个小 MLP 代替注意力或前馈层。"""

    def __init__(self, pre_norm):
        super().__init__()
        self.pre_norm = pre_norm
        self.ln = nn.LayerNorm(d)
        self.f = nn.Sequential(nn.Linear(d, 4 * d), nn.GELU(), nn.Linear(4 * d, d))

    def forward(self, x):
        if self.pre_norm:
            return x + self.f(self.ln(x))  # GPT-2：只归一化子层的输入，x 原样走残差主干
        return self.ln(x + self.f(x))  # GPT-1：相加之后再归一化，主干上的输出都经过 LayerNorm


def rms(h):
    """每个 token 向量的均方根，再对 token 取平均：信号的“尺度”。"""
    return h.pow(2).mean(-1).sqrt().mean().item()


post = nn.ModuleList(Residual(pre_norm=False) for _ in range(n_layers))
pre = nn.ModuleList(Residual(pre_norm=True) for _ in range(n_layers))
pre.load_state_dict(post.state_dict())  # 两种堆叠的权重完全相同，只差 LayerNorm 的位置
final_ln = nn.LayerNorm(d)  # GPT-2 在最后一个块之后加的 LN_f
x = 3 * torch.randn(4, d)  # 4 个 token，尺度故意不是 1

with torch.no_grad():
    print(f"输入 x 的 RMS {rms(x):.3f}")
    print(f"第 1 层  post-norm：f 的输入 {rms(x):.3f}，输出 {rms(post[0](x)):.3f}")
    print(f"第 1 层  pre-norm ：f 的输入 {rms(pre[0].ln(x)):.3f}，输出 {rms(pre[0](x)):.3f}")
    h_post, h_pre = x, x
    print("层数  post-norm 主干  pre-norm 主干")
    for i in range(n_layers):
        h_post, h_pre = post[i](h_post), pre[i](h_pre)
        if (i + 1) % 4 == 0:
            print(f"{i + 1:>4}{rms(h_post):>16.3f}{rms(h_pre):>15.3f}")
    print(f"pre-norm 主干再经过 LN_f：{rms(final_ln(h_pre)):.3f}")

    # 检查：pre-norm 块的输出 = x 原样 + f(LN(x))；post-norm 块的输出是归一化过的
    assert torch.allclose(pre[0](x) - pre[0].f(pre[0].ln(x)), x, atol=1e-6)
    assert torch.allclose(post[0](x).mean(-1), torch.zeros(4), atol=1e-6)  # 每个 token 均值 0
    assert abs(rms(h_post) - 1) < 1e-3 and rms(h_pre) > 3
