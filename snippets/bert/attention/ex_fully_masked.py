"""练习：一个 query 的所有 key 都被 mask 挡住时，手写的 softmax 得到 NaN。"""

import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
dtype = torch.float64  # float64：在 CUDA 上 F.scaled_dot_product_attention 也走同一条数学实现
q, k, v = torch.randn(3, 1, 3, 4, dtype=dtype).unbind(0)  # 3 个位置
allowed = torch.tensor([[True, False, False], [True, True, False], [False, False, False]])  # 第 3 行一个都不许看
bias = torch.zeros(3, 3, dtype=dtype).masked_fill(~allowed, float("-inf"))

scores = q @ k.transpose(-2, -1) / math.sqrt(4) + bias
weights = torch.softmax(scores, dim=-1)
print("第 3 行的分数:", scores[0, 2].tolist())
print("手写 softmax 的权重:")
print(weights[0].numpy().round(4))
print("手写实现的输出第 3 行:", (weights @ v)[0, 2].tolist())
print(
    "F.scaled_dot_product_attention 第 3 行:", F.scaled_dot_product_attention(q, k, v, attn_mask=allowed)[0, 2].tolist()
)

# 检查：全是 -inf 的一行 softmax 算出 NaN；前两行不受影响
assert weights[0, 2].isnan().all() and not weights[0, :2].isnan().any()
