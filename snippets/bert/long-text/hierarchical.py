"""方法“层次分解”（苏剑林）：用原来 512 个位置向量的两两组合生成更长的位置编码，前 512 个位置保持不变。"""

import torch
from transformers import AutoModel

bert = AutoModel.from_pretrained("bert-base-chinese")
max_position = 1024
p = bert.embeddings.position_embeddings.weight.detach().clone()  # 原位置编码 p，512 × 768
n = p.size(0)


def same_as(table, k):
    """表中与第 k 行相同（差 < 1e-6）的行号。"""
    return ((table - table[k]).abs().max(dim=1).values < 1e-6).nonzero().flatten().tolist()


# 层次分解位置编码（与 bert4keras / bert4torch 的实现相同，alpha 取它们的默认值 0.4）
alpha = 0.4
u = (p - alpha * p[:1]) / (1 - alpha)  # 基底 u_i = (p_i - alpha * p_1) / (1 - alpha)
position_index = torch.arange(max_position)[:, None]
embeddings_x = torch.take_along_dim(u, torch.div(position_index, n, rounding_mode="trunc"), dim=0)
embeddings_y = torch.take_along_dim(u, position_index % n, dim=0)
q = alpha * embeddings_x + (1 - alpha) * embeddings_y  # 位置 k = i * n + j 的编码
print("新位置编码表:", tuple(q.shape))

# 1. 约束：前 n 个位置的新编码与原编码相同（只差浮点舍入）
print("前 512 个位置中 q_k 与 p_k 相差 < 1e-6 的个数:", int(((q[:n] - p).abs().max(dim=1).values < 1e-6).sum()))

# 2. 位置 k 拆成 (i, j) = divmod(k, n)，q_k = alpha * u_i + (1 - alpha) * u_j
for k in (0, 511, 512, 851, 1023):
    i, j = divmod(k, n)
    print(f"位置 {k:4d} = (i={i}, j={j:3d})：q = {alpha}·u_{i} + {1 - alpha:.1f}·u_{j}")
print("与位置 0 向量相同的位置:", same_as(q, 0))

# 3. alpha 不能取 0.5：那样 (i, j) 与 (j, i) 两个位置会得到同一个向量，例如 (0, 1) 与 (1, 0)
swapped = {}
k = torch.arange(max_position)
for a in (0.4, 0.5):
    u_a = (p - a * p[:1]) / (1 - a)
    swapped[a] = same_as(a * u_a[k // n] + (1 - a) * u_a[k % n], 1)
    print(f"alpha={a}：与位置 1 向量相同的位置: {swapped[a]}")

# 4. 最长 n^2：最后一个位置 n^2 - 1 拆成 (n-1, n-1)；位置 n^2 拆出的 i = n 超出了 u 的 n 行
print(f"理论最大长度 n^2 = {n * n}，位置 n^2-1 拆成 {divmod(n * n - 1, n)}，位置 n^2 拆成 {divmod(n * n, n)}")

# 检查
assert q.shape == (1024, 768)
assert torch.allclose(u[0], p[0], atol=1e-6)  # u_1 = p_1
assert (q[:n] - p).abs().max() < 1e-6  # 方法的出发点：长度不超过 512 时，模型看到的位置编码与原来一样
for k in range(max_position):
    i, j = divmod(k, n)
    assert torch.allclose(q[k], alpha * u[i] + (1 - alpha) * u[j], atol=1e-6)
assert same_as(q, 0) == [0]  # 与“复制”不同，位置 512 与位置 0 不再相同
assert swapped == {0.4: [1], 0.5: [1, 512]}
assert n * n == 262144 and divmod(n * n - 1, n) == (n - 1, n - 1) and divmod(n * n, n)[0] == n
