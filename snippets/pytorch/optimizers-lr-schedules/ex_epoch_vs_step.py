"""练习：调度器按“总步数”构造，却每个 epoch 才调用一次 scheduler.step()，学习率会怎样？"""

import torch
from transformers import get_cosine_schedule_with_warmup

base_lr, epochs, batches = 1e-3, 3, 100
total = epochs * batches  # 300 步，预热 30 步


def lrs_per_epoch(step_per_batch):
    optimizer = torch.optim.AdamW([torch.zeros(1, requires_grad=True)], lr=base_lr)
    scheduler = get_cosine_schedule_with_warmup(optimizer, num_warmup_steps=30, num_training_steps=total)
    per_epoch = []
    for _ in range(epochs):
        used = []
        for _ in range(batches):
            used.append(optimizer.param_groups[0]["lr"])
            optimizer.step()
            if step_per_batch:
                scheduler.step()  # 正确：每个 batch 一次
        if not step_per_batch:
            scheduler.step()  # 错误：每个 epoch 一次
        per_epoch.append(used)
    return per_epoch


right, wrong = lrs_per_epoch(True), lrs_per_epoch(False)
print("epoch | 每个 batch 调用：平均、最大 | 每个 epoch 调用：平均、最大")
for epoch, (r, w) in enumerate(zip(right, wrong, strict=True), start=1):
    print(f"{epoch:>5} | {sum(r) / batches:.2e}  {max(r):.2e}      | {sum(w) / batches:.2e}  {max(w):.2e}")

# 检查：错误写法整个训练都停在预热阶段，学习率从未超过峰值的 1/10
assert max(max(u) for u in wrong) < base_lr / 10
