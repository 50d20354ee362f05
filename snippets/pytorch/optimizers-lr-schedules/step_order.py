"""先 optimizer.step() 再 scheduler.step()：顺序反了，PyTorch 会警告，调度的第一个学习率被跳过。"""

import warnings

import torch
from torch.optim.lr_scheduler import StepLR


def used_lrs(scheduler_first):
    w = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=1.0)
    scheduler = StepLR(optimizer, step_size=1, gamma=0.5)  # 每调用一次 step()，学习率减半
    used = []
    for _ in range(4):
        w.grad = torch.ones(1)
        if scheduler_first:
            scheduler.step()
        used.append(optimizer.param_groups[0]["lr"])  # optimizer.step() 用的学习率
        optimizer.step()
        if not scheduler_first:
            scheduler.step()
    return used


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("正确顺序 optimizer → scheduler:", used_lrs(scheduler_first=False))
    warnings_when_right = len(caught)
    print("顺序反了 scheduler → optimizer:", used_lrs(scheduler_first=True))
print("警告:", caught[0].category.__name__)
print(caught[0].message)

# 检查：只有顺序反了的那次发出警告
assert warnings_when_right == 0 and len(caught) == 1
