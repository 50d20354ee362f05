"""没有数据梯度、只有 weight_decay 时三个优化器怎样改变同一个权重：
SGD 与 AdamW 每步把 w 乘以 (1 − lr·weight_decay)；Adam 的 weight_decay 是加进梯度的 L2 项，被自适应分母除掉。"""

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
lr, wd = 0.1, 0.1

weights, optimizers = {}, {}
for name, cls in (("SGD", torch.optim.SGD), ("AdamW", torch.optim.AdamW), ("Adam", torch.optim.Adam)):
    weights[name] = torch.ones(1, device=device, requires_grad=True)  # 初值 w = 1
    optimizers[name] = cls([weights[name]], lr=lr, weight_decay=wd)

print("t  (1-lr*wd)^t     SGD   AdamW    Adam")
for t in range(1, 6):
    for name, w in weights.items():
        w.grad = torch.zeros_like(w)  # 数据梯度为 0：只剩 weight_decay 的作用
        optimizers[name].step()
    values = "  ".join(f"{w.item():6.4f}" for w in weights.values())
    print(f"{t}  {(1 - lr * wd) ** t:11.4f}  {values}")

# 检查：SGD 和 AdamW 都是 w·(1 − lr·wd)^t；Adam 每步大约减少 lr = 0.1，与 w 的大小和 wd 几乎无关
for name in ("SGD", "AdamW"):
    assert abs(weights[name].item() - (1 - lr * wd) ** 5) < 1e-6
assert abs(weights["Adam"].item() - 0.5) < 0.01
