"""训练模式下 BatchNorm 用本 batch 的统计量归一化，同时按 momentum 更新 running_mean / running_var；
eval() 之后改用运行统计量。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

bn = nn.BatchNorm1d(1).to(device)  # 1 个特征；momentum=0.1，running_mean 初值 0，running_var 初值 1
batches = [torch.randn(4, 1) * 2 + 5 for _ in range(3)]  # 每个 batch 4 个样本，来自均值 5、方差 4 的分布

print(f"momentum = {bn.momentum}")
print("列：步数 t；本 batch 的均值、有偏方差、无偏方差；更新后的 running_mean、running_var")
print(" t    mean  var_biased  var_unbiased  running_mean  running_var")
for t, x in enumerate(batches, 1):
    bn(x.to(device))  # 训练模式：用本 batch 的均值和有偏方差归一化，顺带更新运行统计量
    print(
        f"{t:>2}  {x.mean().item():6.4f}  {x.var(unbiased=False).item():10.4f}  {x.var().item():12.4f}"
        f"  {bn.running_mean.item():12.4f}  {bn.running_var.item():11.4f}"
    )

bn.eval()  # 推理：改用运行统计量，且不再更新它们
x_new = torch.tensor([[4.0]]).to(device)
by_hand = (4.0 - bn.running_mean.item()) / (bn.running_var.item() + bn.eps) ** 0.5
print(f"eval() 下 x = 4 的输出: {bn(x_new).item():.4f}；(4 − running_mean) / √(running_var + eps) = {by_hand:.4f}")

bn.train()
try:
    bn(x_new)  # 训练模式下每个通道只有 1 个值：方差无从估计
except ValueError as e:
    print("训练模式、batch 里只有 1 个值:", e)

# 检查：running ← (1 − momentum)·running + momentum·本 batch 统计量，方差一项用无偏估计
mean, var = 0.0, 1.0
for x in batches:
    mean, var = 0.9 * mean + 0.1 * x.mean().item(), 0.9 * var + 0.1 * x.var().item()
assert abs(bn.running_mean.item() - mean) < 1e-5 and abs(bn.running_var.item() - var) < 1e-5
