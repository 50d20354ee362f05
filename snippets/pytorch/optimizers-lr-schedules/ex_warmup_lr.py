"""练习：预热 100 步、共 1000 步、峰值 5e-5，第 50 步和第 400 步的学习率是多少？"""

import math

import torch
from transformers import get_cosine_schedule_with_warmup

base_lr, warmup, total = 5e-5, 100, 1000
progress = (400 - warmup) / (total - warmup)
print(f"第 400 步的进度 {progress:.4f}，倍数 {0.5 * (1 + math.cos(math.pi * progress)):.4f}")
by_hand = {
    50: base_lr * 50 / warmup,  # 预热阶段：线性
    400: base_lr * 0.5 * (1 + math.cos(math.pi * progress)),  # 余弦阶段
}

optimizer = torch.optim.AdamW([torch.zeros(1, requires_grad=True)], lr=base_lr)
scheduler = get_cosine_schedule_with_warmup(optimizer, num_warmup_steps=warmup, num_training_steps=total)
for step in range(1, 401):
    optimizer.step()
    scheduler.step()  # 调用 step 次之后，下一次 optimizer.step() 用的就是第 step 步的学习率
    if step in by_hand:
        print(f"第 {step} 步：手算 {by_hand[step]:.3e}，调度器 {scheduler.get_last_lr()[0]:.3e}")

# 检查
assert math.isclose(by_hand[400], 0.75 * base_lr)
