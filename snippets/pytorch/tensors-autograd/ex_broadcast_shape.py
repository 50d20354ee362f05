"""练习：先预测广播后的形状，再让 PyTorch 验证。"""

import torch

cases = [((5, 4), (4,)), ((4,), (4, 1)), ((2, 1, 3), (4, 1)), ((8, 1, 6, 1), (7, 1, 5)), ((2, 3), (3, 2))]
for sa, sb in cases:
    try:
        shape = tuple((torch.zeros(sa) + torch.zeros(sb)).shape)
    except RuntimeError:
        shape = "报错"
    print(f"{sa!s:14} + {sb!s:11} → {shape}")

# 检查
assert torch.broadcast_shapes((2, 1, 3), (4, 1)) == (2, 4, 3)
assert torch.broadcast_shapes((8, 1, 6, 1), (7, 1, 5)) == (8, 7, 6, 5)
