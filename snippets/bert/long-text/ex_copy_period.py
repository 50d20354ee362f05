"""复制法扩到 2048 行：哪些位置的位置向量与位置 3 完全相同？层次分解呢？"""

import torch

torch.manual_seed(0)
p = torch.randn(512, 8)  # 代替 BERT 的 512 × 768 位置编码表
n, max_position, alpha = 512, 2048, 0.4
k = torch.arange(max_position)

copied = p[k % n]  # 复制：第 k 行 = 第 k mod n 行
u = (p - alpha * p[:1]) / (1 - alpha)
hierarchical = alpha * u[k // n] + (1 - alpha) * u[k % n]

for name, table in [("复制", copied), ("层次分解", hierarchical)]:
    same = ((table - table[3]).abs().max(dim=1).values < 1e-6).nonzero().flatten().tolist()
    print(f"{name}：与位置 3 相同的位置 {same}")

# 检查
assert ((copied - copied[3]).abs().max(dim=1).values < 1e-6).nonzero().flatten().tolist() == [3, 515, 1027, 1539]
