"""GPT-1 与 GPT-2 的结构：读配置，在 meta 设备上按配置建模型（不分配内存、没有权重），数参数。"""

import torch
from transformers import AutoConfig, GPT2Model, OpenAIGPTConfig, OpenAIGPTModel

configs = {
    "GPT-1": OpenAIGPTConfig(),  # 默认值就是 GPT-1 论文的结构
    "gpt2": AutoConfig.from_pretrained("gpt2"),  # 发布的最小 GPT-2 的配置
    "gpt2-xl": AutoConfig.from_pretrained("gpt2", n_layer=48, n_embd=1600, n_head=25),  # 最大的 GPT-2 只改这三项
}
counts = {}
print(f"{'':<8}{'n_layer':>8}{'n_embd':>7}{'n_head':>7}{'n_positions':>12}{'vocab_size':>11}{'参数量':>13}")
for name, c in configs.items():
    model_class = OpenAIGPTModel if c.model_type == "openai-gpt" else GPT2Model
    with torch.device("meta"):
        counts[name] = sum(p.numel() for p in model_class(c).parameters())
    row = f"{c.n_layer:>8}{c.n_embd:>7}{c.n_head:>7}{c.n_positions:>12}{c.vocab_size:>11}"
    print(f"{name:<8}{row}{counts[name]:>16,}  ≈ {counts[name] / 1e6:.1f}M")

# 检查：上下文 512 → 1024；最小的 GPT-2 与 GPT-1 同为 12 层、768 维，参数却不是论文写的 117M
gpt1, small, xl = configs.values()
assert (gpt1.n_positions, small.n_positions) == (512, 1024)
assert (gpt1.n_layer, gpt1.n_embd) == (small.n_layer, small.n_embd) == (12, 768)
assert list(counts.values()) == [116_534_784, 124_439_808, 1_557_611_200]
