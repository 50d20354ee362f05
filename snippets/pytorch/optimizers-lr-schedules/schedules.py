"""三种常见的学习率调度：StepLR、CosineAnnealingLR、线性预热 + 余弦衰减，画出每一步的学习率。"""

import matplotlib.pyplot as plt
import torch
from torch.optim.lr_scheduler import CosineAnnealingLR, StepLR
from transformers import get_cosine_schedule_with_warmup

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False
base_lr, total = 1e-3, 100


def lrs(make_scheduler):
    optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=base_lr)
    scheduler = make_scheduler(optimizer)
    used = []
    for _ in range(total):
        used.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step()
    return used


schedules = {
    "StepLR(30, 0.1)": lrs(lambda opt: StepLR(opt, step_size=30, gamma=0.1)),
    "CosineAnnealingLR(100)": lrs(lambda opt: CosineAnnealingLR(opt, T_max=total)),
    "预热 10 步 + 余弦": lrs(lambda opt: get_cosine_schedule_with_warmup(opt, 10, total)),
}
steps = [0, 5, 10, 29, 30, 50, 60, 90, 99]
print("".join(f"{s:>9}" for s in steps), "  ← 第几步")
for name, used in schedules.items():
    print("".join(f"{used[s]:9.2e}" for s in steps), " ", name)

fig, ax = plt.subplots(figsize=(6.4, 3.8))
for name, used in schedules.items():
    ax.plot(range(total), used, linewidth=2, label=name)
ax.set_xlabel("第几步（optimizer.step() 的次数）", fontsize=12)
ax.set_ylabel("学习率", fontsize=12)
ax.ticklabel_format(axis="y", style="sci", scilimits=(0, 0))
ax.tick_params(labelsize=11)
ax.legend(fontsize=11)
fig.tight_layout()
plt.savefig("schedules.svg")
