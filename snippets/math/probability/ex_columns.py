"""概率基础：期望、方差与常见分布：练习 2 的答案：按列求和。"""

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.randn(2, 3).to(device)  # 在 CPU 上用固定种子生成，再搬到设备上
sums = x.sum(dim=0)

print("x 的形状:", tuple(x.shape))
print("求和后的形状:", tuple(sums.shape))

# 检查
assert sums.shape == (3,)
