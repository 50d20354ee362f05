"""从零写缩放点积注意力 softmax(QKᵀ/√d_k)V：3 个 query、5 个 key/value，打印权重矩阵。"""

import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)
device = "cuda" if torch.cuda.is_available() else "cpu"


def attention(q, k, v, bias=None):
    """q: (..., n_q, d_k)，k: (..., n_k, d_k)，v: (..., n_k, d_v)；bias 加在分数上（mask 用）。"""
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1])  # (..., n_q, n_k)
    if bias is not None:
        scores = scores + bias
    weights = torch.softmax(scores, dim=-1)  # 每一行：一个 query 分给各个 key 的权重
    return weights @ v, weights  # (..., n_q, d_v)


q = torch.randn(3, 4).to(device)  # 3 个 query，d_k = 4（在 CPU 上生成再搬到设备上）
k = torch.randn(5, 4).to(device)  # 5 个 key，d_k = 4
v = torch.randn(5, 2).to(device)  # 5 个 value，d_v = 2
output, weights = attention(q, k, v)

print("形状  Q", tuple(q.shape), " K", tuple(k.shape), " V", tuple(v.shape), " 输出", tuple(output.shape))
print("注意力权重 (3, 5):")
print(weights.cpu())
print("每行之和:", weights.sum(dim=-1).cpu())
print("输出:")
print(output.cpu())

# 检查
# 输出第 0 行 = 第 0 行权重对 5 个 value 的加权和
assert torch.allclose(output[0], sum(weights[0, j] * v[j] for j in range(5)), atol=1e-6)
# 与 PyTorch 的实现相同（它默认也除以 √d_k）
assert torch.allclose(output, F.scaled_dot_product_attention(q[None], k[None], v[None])[0], atol=1e-5)
