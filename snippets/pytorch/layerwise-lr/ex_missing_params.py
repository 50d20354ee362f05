"""练习：分组时漏掉了分类头的 bias。会报错吗？它会被训练吗？"""

import torch
from torch import nn

torch.manual_seed(0)
model = nn.ModuleDict({"backbone": nn.Linear(4, 4), "head": nn.Linear(4, 3)})
optimizer = torch.optim.AdamW(
    [
        {"params": model["backbone"].parameters(), "lr": 2e-5},
        {"params": [model["head"].weight], "lr": 1e-3},  # 漏掉了 model["head"].bias
    ]
)

bias_before = model["head"].bias.detach().clone()
for _ in range(3):
    loss = model["head"](model["backbone"](torch.randn(8, 4))).pow(2).mean()
    model.zero_grad()  # optimizer.zero_grad() 只清它管的参数，漏掉的 bias 的梯度会一直累加
    loss.backward()
    optimizer.step()
print("head.bias 训练前:", bias_before)
print("head.bias 训练后:", model["head"].bias.detach())
print("head.bias 的梯度:", model["head"].bias.grad)

# 发现漏掉的参数：对照模型的全部参数和各组里的参数
grouped = {id(p) for g in optimizer.param_groups for p in g["params"]}
missing = [n for n, p in model.named_parameters() if id(p) not in grouped]
print("没有放进任何组的参数:", missing)

# 检查：有梯度，却没人更新它
assert torch.equal(model["head"].bias.detach(), bias_before) and model["head"].bias.grad.abs().sum() > 0
assert missing == ["head.bias"]
