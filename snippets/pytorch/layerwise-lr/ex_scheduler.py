"""练习：学习率调度器按同一个系数缩放每个组的初始学习率，组与组之间的比例不变。"""

import torch
from torch import nn

backbone, head = nn.Linear(4, 4), nn.Linear(4, 3)
optimizer = torch.optim.AdamW(
    [{"params": backbone.parameters(), "lr": 2e-5}, {"params": head.parameters(), "lr": 1e-3}]
)
total_steps = 10
scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: 1 - step / total_steps)  # 线性降到 0

for step in range(6):
    lrs = [g["lr"] for g in optimizer.param_groups]
    print(f"第 {step} 步: 主干 {lrs[0]:.2e}，分类头 {lrs[1]:.2e}，比例 {lrs[1] / lrs[0]:.1f}")
    optimizer.step()  # 真实训练里这之前还有 loss.backward()
    scheduler.step()

# 检查：第 5 步时系数是 0.5，每组的学习率都减半
assert [g["initial_lr"] for g in optimizer.param_groups] == [2e-5, 1e-3]
assert abs(lrs[0] - 1e-5) < 1e-18 and abs(lrs[1] - 5e-4) < 1e-15
