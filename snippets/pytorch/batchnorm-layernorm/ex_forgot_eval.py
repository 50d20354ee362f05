"""练习（找 bug）：验证时只写了 torch.no_grad()，忘了 model.eval()。验证数据会改写 BN 的运行统计量。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

bn = nn.BatchNorm1d(1).to(device)
for _ in range(100):  # “训练”：数据均值 5
    bn((torch.randn(8, 1) + 5).to(device))
trained = bn.running_mean.item()
print(f"训练后 running_mean = {trained:.3f}")

val_batch = torch.zeros(8, 1).to(device)  # 分布不同的验证数据（均值 0）
with torch.no_grad():  # 只关了梯度，BN 仍在训练模式
    for _ in range(10):
        bn(val_batch)
print(f"忘了 eval()，验证 10 个 batch 后 running_mean = {bn.running_mean.item():.3f}")

bn.eval()
with torch.no_grad():
    for _ in range(10):
        bn(val_batch)
print(f"先 eval() 再验证 10 个 batch，running_mean = {bn.running_mean.item():.3f}")

# 检查：no_grad 下照样更新，每个 batch 乘 0.9（再加 0.1 × 0），10 个 batch 后剩 0.9^10 ≈ 0.35 倍
assert abs(bn.running_mean.item() - trained * 0.9**10) < 1e-4
