"""把 0/1 的 attention_mask 变成加在注意力分数上的偏置：pad 列加一个极大的负数，softmax 之后权重恰好是 0。"""

import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=3)
length, d = 5, 4
q, k, v = torch.randn(3, length, d).unbind(0)  # 一句话的 query、key、value：5 个位置，每个 4 维
attention_mask = torch.tensor([1, 1, 1, 0, 0])  # 后 2 个位置是 pad

scores = q @ k.T / d**0.5  # (5, 5)：第 i 行是 query i 对每个 key 的分数
# 1 → 0（不动），0 → float32 能表示的最小值（约 -3.4e38），效果等同 -inf
bias = torch.where(attention_mask.bool(), 0.0, torch.finfo(scores.dtype).min)
weights = torch.softmax(scores + bias, dim=-1)  # bias 是一行，广播到每个 query：谁都看不到 pad key
output = weights @ v

print("bias:", bias)
print("不加 mask 的注意力权重:")
print(torch.softmax(scores, dim=-1))
print("加上 bias 之后:")
print(weights)
print("pad 列（key 3、4）的权重之和:", weights[:, 3:].sum().item())

# 检查
# 真实 token 的输出 = 把 pad 整个删掉、只在 3 个真实位置上做注意力的结果
alone = torch.softmax(q[:3] @ k[:3].T / d**0.5, dim=-1) @ v[:3]
assert torch.allclose(output[:3], alone, atol=1e-6)
# PyTorch 的 scaled_dot_product_attention 接受布尔 mask（True = 可以看），结果相同
sdpa = F.scaled_dot_product_attention(q[None], k[None], v[None], attn_mask=attention_mask.bool())[0]
assert torch.allclose(output, sdpa, atol=1e-6)
assert (weights[:, 3:] == 0).all() and torch.allclose(weights.sum(dim=-1), torch.ones(length))
