"""练习：把 weight_decay 从 0.1 调小 100 倍到 0.001，没有数据梯度时，5 步后 AdamW 和 Adam 的 w 各是多少？"""

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
lr = 0.1

for wd in (0.1, 0.001):
    row = []
    for cls in (torch.optim.AdamW, torch.optim.Adam):
        w = torch.ones(1, device=device, requires_grad=True)
        opt = cls([w], lr=lr, weight_decay=wd)
        for _ in range(5):
            w.grad = torch.zeros_like(w)  # 数据梯度为 0
            opt.step()
        row.append(w.item())
    print(f"weight_decay={wd}:  AdamW 5 步后 {row[0]:.6f}   Adam 5 步后 {row[1]:.4f}")

# 检查：AdamW 是 (1 − lr·wd)^5；Adam 的 λ·w 被 √v̂ 除掉，wd 小 100 倍结果几乎不变
assert abs(row[0] - (1 - lr * 0.001) ** 5) < 1e-6 and abs(row[1] - 0.508) < 0.01
