"""线性预热再余弦衰减：自己写一个 LambdaLR，与 transformers 的 get_cosine_schedule_with_warmup 逐步比较。"""

import math

import torch
from torch.optim.lr_scheduler import LambdaLR
from transformers import get_cosine_schedule_with_warmup

base_lr, warmup, total = 1e-3, 10, 100


def warmup_cosine(step):  # 返回乘在 base_lr 上的倍数
    if step < warmup:
        return step / warmup  # 0 → 1 线性增加
    progress = (step - warmup) / (total - warmup)  # 0 → 1
    return 0.5 * (1 + math.cos(math.pi * progress))  # 1 → 0 半个余弦


def lrs(make_scheduler):
    w = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.AdamW([w], lr=base_lr)
    scheduler = make_scheduler(optimizer)
    used = []
    for _ in range(total):
        used.append(optimizer.param_groups[0]["lr"])  # 这一步实际用的学习率
        optimizer.step()
        scheduler.step()
    return used


ours = lrs(lambda opt: LambdaLR(opt, lr_lambda=warmup_cosine))
theirs = lrs(lambda opt: get_cosine_schedule_with_warmup(opt, num_warmup_steps=warmup, num_training_steps=total))
for step in [0, 1, 5, 9, 10, 11, 55, 99]:
    print(f"第 {step:>2} 步  LambdaLR {ours[step]:.8f}  transformers {theirs[step]:.8f}")
print("100 步里最大的差:", max(abs(a - b) for a, b in zip(ours, theirs, strict=True)))

# 检查：峰值 base_lr 出现在第 warmup 步
assert max(ours) == ours[warmup] == base_lr
