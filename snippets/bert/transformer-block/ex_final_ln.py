"""练习：pre-norm 堆叠的输出没有经过 LayerNorm，所以最后要补一个；GPT-2 的 ln_f 就是它。"""

import torch
from torch import nn
from transformers import GPT2Config, GPT2Model

torch.manual_seed(0)
d = 16
layer = nn.TransformerEncoderLayer(d, 4, 4 * d, activation="gelu", batch_first=True, norm_first=True)
# nn.TransformerEncoder 把 layer 复制 4 份；它的 norm 参数就是最后那个 LayerNorm
stack = nn.TransformerEncoder(layer, num_layers=4, enable_nested_tensor=False).eval()
stack_ln = nn.TransformerEncoder(layer, num_layers=4, norm=nn.LayerNorm(d), enable_nested_tensor=False).eval()

x = torch.randn(2, 5, d)
with torch.no_grad():
    for name, model in [("不加最后的 LN", stack), ("加最后的 LN  ", stack_ln)]:
        std = model(x).std(-1, unbiased=False)[0]  # 第 0 句每个 token 的标准差
        print(f"{name}: 第 0 句各 token 的标准差", " ".join(f"{v:.3f}" for v in std.tolist()))

with torch.device("meta"):  # 只看结构：GPT-2 small 的默认配置，不需要权重
    gpt2 = GPT2Model(GPT2Config())
n_ln = sum(isinstance(m, nn.LayerNorm) for m in gpt2.modules())
print("GPT2Model 的顶层子模块:", [name for name, _ in gpt2.named_children()])
print(f"{gpt2.config.n_layer} 个块，LayerNorm 共 {n_ln} 个 = 2 × {gpt2.config.n_layer} + 1（ln_f）")

# 检查
assert isinstance(gpt2.ln_f, nn.LayerNorm) and n_ln == 2 * gpt2.config.n_layer + 1
