"""三个优化器的默认 lr 和 weight_decay，以及 weight_decay 作为衰减时每步让 w 乘上的因子 1 − lr·weight_decay。"""

import torch

params = [torch.zeros(1, requires_grad=True)]
print("优化器  lr      weight_decay  weight_decay 的作用方式")
for cls in (torch.optim.SGD, torch.optim.Adam, torch.optim.AdamW):
    d = cls(params).defaults
    how = "解耦的权重衰减" if d.get("decoupled_weight_decay") else "λ·w 加进梯度（L2 正则）"
    print(f"{cls.__name__:6s}  {d['lr']:<6}  {d['weight_decay']:<12}  {how}")

d = torch.optim.AdamW(params).defaults
factor = 1 - d["lr"] * d["weight_decay"]
print(
    f"AdamW 默认每步: w ← {factor:.5f}·w（再加 Adam 的一步）；只看衰减，10000 步后 w 变为原来的 {factor**10000:.3f} 倍"
)

# 检查
assert torch.optim.SGD(params).defaults["weight_decay"] == 0 == torch.optim.Adam(params).defaults["weight_decay"]
assert d["weight_decay"] == 1e-2 and d["decoupled_weight_decay"]
