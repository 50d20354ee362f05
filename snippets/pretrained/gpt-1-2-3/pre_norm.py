"""GPT-1 是 post-norm（先子层、后 LayerNorm），GPT-2 是 pre-norm（先 LayerNorm、后子层）：用 hook 记录调用顺序并核对残差。"""

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
    """在第 0 块及其子模块上挂 hook，记录调用顺序、每个模块的输入和输出。"""
    calls, inputs, outputs = [], {}, {}

    def make_hook(key):
        def hook(module, args, kwargs, output):
            calls.append(key)
            inputs[key] = args[0] if args else kwargs["hidden_states"]
            outputs[key] = output[0] if isinstance(output, (tuple, list)) else output

        return hook

    for key in ("ln_1", "attn", "ln_2", "mlp"):
        getattr(block, key).register_forward_hook(make_hook(key), with_kwargs=True)
    block.register_forward_hook(make_hook("block"), with_kwargs=True)
    return calls, inputs, outputs


for name, model in models.items():
    calls, inputs, outputs = record(model.h[0])
    with torch.no_grad():
        model(input_ids)

    x, a, f = inputs["block"], outputs["attn"], outputs["mlp"]
    print(f"{name}: 第 0 块的调用顺序 {calls[:4]}，最后的 LayerNorm ln_f: {hasattr(model, 'ln_f')}")
    if name == "GPT-1":  # post-norm：h = LN(x + Attn(x))，out = LN(h + MLP(h))
        assert calls[:4] == ["attn", "ln_1", "mlp", "ln_2"]
        assert torch.equal(inputs["attn"], x)  # 注意力直接吃未归一化的输入
        assert torch.allclose(inputs["ln_1"], x + a, atol=1e-5)
        assert torch.equal(outputs["block"], outputs["ln_2"])  # 块的输出就是 LayerNorm 的输出
        assert not hasattr(model, "ln_f")
    else:  # pre-norm：h = x + Attn(LN(x))，out = h + MLP(LN(h))
        assert calls[:4] == ["ln_1", "attn", "ln_2", "mlp"]
        assert torch.equal(inputs["attn"], outputs["ln_1"])  # 注意力吃的是归一化后的输入
        assert torch.allclose(outputs["block"], x + a + f, atol=1e-5)  # 残差主干上没有 LayerNorm
        assert hasattr(model, "ln_f")  # 最后一个块之后额外的 LayerNorm
