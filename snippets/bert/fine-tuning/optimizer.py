"""优化器与学习率调度：AdamW 分两组（bias 和 LayerNorm 不衰减），学习率先线性升温、再线性降到 0。"""

import matplotlib.pyplot as plt
import torch
from transformers import AutoModelForSequenceClassification, get_linear_schedule_with_warmup

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

model = AutoModelForSequenceClassification.from_pretrained("uer/chinese_roberta_L-2_H-128", num_labels=2)
no_decay = [p for n, p in model.named_parameters() if n.endswith("bias") or "LayerNorm" in n]
decay = [p for n, p in model.named_parameters() if not (n.endswith("bias") or "LayerNorm" in n)]
optimizer = torch.optim.AdamW(
    [{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}], lr=5e-4
)
for i, group in enumerate(optimizer.param_groups):
    n = sum(p.numel() for p in group["params"])
    print(f"第 {i} 组: {len(group['params']):2d} 个张量, {n:>9,} 个参数, weight_decay={group['weight_decay']}")

# 800 条训练评论、batch 16：每个 epoch 50 步，3 个 epoch 共 150 步，前 10% 升温
total_steps = 3 * 50
scheduler = get_linear_schedule_with_warmup(optimizer, num_warmup_steps=15, num_training_steps=total_steps)
lrs = []
for _ in range(total_steps):
    lrs.append(scheduler.get_last_lr()[0])  # 这一步 optimizer.step() 用的学习率
    optimizer.step()  # 还没有梯度：step() 跳过所有参数，只是让调度器不报“顺序不对”的警告
    scheduler.step()
for step in [0, 1, 14, 15, 50, 100, 149]:
    print(f"第 {step:3d} 步的学习率: {lrs[step]:.2e}")

fig, ax = plt.subplots(figsize=(6.4, 3.2))
ax.plot(range(total_steps), [lr * 1e4 for lr in lrs], color="tab:blue")
ax.axvline(15, color="gray", linestyle="--", linewidth=1)
ax.text(30, 4.7, "升温结束（第 15 步）", fontsize=11)
ax.set_xlabel("训练步数（optimizer.step() 的次数）", fontsize=12)
ax.set_ylabel("学习率（×1e-4）", fontsize=12)
ax.tick_params(labelsize=11)
ax.grid(alpha=0.3)
fig.tight_layout()
plt.savefig("schedule.svg")

# 检查：两组合起来正好是全部参数；学习率从 0 升到 5e-4，再降到接近 0
assert len(decay) + len(no_decay) == len(list(model.parameters()))
assert lrs[0] == 0 and lrs[15] == max(lrs) == 5e-4 and lrs[-1] < 1e-5
