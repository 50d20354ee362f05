"""transformers 里的 GPT-1 与 GPT-2：用 forward hook 记录第 0 块里各子模块的调用顺序，看 LayerNorm 在哪。"""

import torch
from transformers import GPT2Config, GPT2Model, OpenAIGPTConfig, OpenAIGPTModel

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
tiny = dict(n_layer=2, n_embd=32, n_head=4, vocab_size=100, n_positions=16)
models = {
    "GPT-1": OpenAIGPTModel(OpenAIGPTConfig(**tiny)).to(device).eval(),
    "GPT-2": GPT2Model(GPT2Config(**tiny, bos_token_id=0, eos_token_id=0)).to(device).eval(),
}
input_ids = torch.randint(0, 100, (1, 8)).to(device)  # 在 CPU 上生成，再搬到设备上


def record(block):
    """在块及其子模块上挂 hook：记下调用顺序，以及每个模块的（输入, 输出）。"""
    calls, seen = [], {}

    def make_hook(key):
        def hook(module, args, kwargs, output):
            calls.append(key)
            out = output[0] if isinstance(output, (tuple, list)) else output
            seen[key] = (args[0] if args else kwargs["hidden_states"], out)

        return hook

    for key in ("ln_1", "attn", "ln_2", "mlp"):
        getattr(block, key).register_forward_hook(make_hook(key), with_kwargs=True)
    block.register_forward_hook(make_hook("block"), with_kwargs=True)
    return calls, seen


for name, model in models.items():
    calls, seen = record(model.h[0])
    with torch.no_grad():
        model(input_ids)
    final = [n for n, m in model.named_children() if isinstance(m, torch.nn.LayerNorm)]
    print(f"{name}: 第 0 块的调用顺序 {calls[:4]}；块外的 LayerNorm {final}")

    # 检查
    x, a = seen["block"][0], seen["attn"][1]
    if name == "GPT-1":  # post-norm：h = LN(x + Attn(x))，out = LN(h + MLP(h))
        assert calls[:4] == ["attn", "ln_1", "mlp", "ln_2"] and final == []
        assert torch.equal(seen["attn"][0], x)  # 注意力直接接收未归一化的输入
        assert torch.equal(seen["block"][1], seen["ln_2"][1])  # 块的输出就是 LayerNorm 的输出
    else:  # pre-norm：h = x + Attn(LN(x))，out = h + MLP(LN(h))
        assert calls[:4] == ["ln_1", "attn", "ln_2", "mlp"] and final == ["ln_f"]
        assert torch.equal(seen["attn"][0], seen["ln_1"][1])  # 注意力接收的是归一化后的输入
        assert torch.allclose(seen["block"][1], x + a + seen["mlp"][1], atol=1e-5)  # 残差主干上没有 LayerNorm
