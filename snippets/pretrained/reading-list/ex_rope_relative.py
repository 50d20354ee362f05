"""RoPE：位置 i 的 query 与位置 j 的 key 各旋转与位置成正比的角度，二者的内积只取决于 i − j。"""

import torch

torch.manual_seed(0)
dim = 8
theta = 10000 ** (-torch.arange(0, dim, 2, dtype=torch.float64) / dim)  # 每两维一组，各有一个频率


def rope(x, pos):
    """把第 k 组 (x[2k], x[2k+1]) 旋转 pos·theta[k] 弧度。"""
    cos, sin = torch.cos(pos * theta), torch.sin(pos * theta)
    out = torch.empty_like(x)
    out[0::2] = x[0::2] * cos - x[1::2] * sin
    out[1::2] = x[0::2] * sin + x[1::2] * cos
    return out


q, k = torch.randn(dim, dtype=torch.float64), torch.randn(dim, dtype=torch.float64)
scores = {}
for i, j in [(5, 2), (10, 7), (503, 500), (6, 2), (2, 5)]:
    scores[i, j] = (rope(q, i) @ rope(k, j)).item()
    print(f"i={i:>3}  j={j:>3}  i−j={i - j:>2}   旋转后的 q·k = {scores[i, j]:+.4f}")
print(f"旋转不改变长度：|q| = {q.norm():.4f}，|rope(q, 500)| = {rope(q, 500).norm():.4f}")

# 检查：i − j 相同，内积相同；i − j 不同，内积一般不同（相对位置 3 与 −3 也不同）
assert abs(scores[5, 2] - scores[10, 7]) < 1e-12 and abs(scores[5, 2] - scores[503, 500]) < 1e-12
assert abs(scores[6, 2] - scores[5, 2]) > 1e-3 and abs(scores[2, 5] - scores[5, 2]) > 1e-3
