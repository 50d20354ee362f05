"""广播规则：从最后一维开始对齐，每一维要么相等、要么有一方是 1（或缺失），长度为 1 的维被拉伸。"""

import torch

pairs = [((3, 4), (4,)), ((3, 4), (3, 1)), ((3, 1), (1, 4)), ((2, 3, 4), (3, 1)), ((3,), (3, 1)), ((3, 4), (3,))]
print("a.shape     b.shape     左边补 1 后右对齐        结果")
for sa, sb in pairs:
    n = max(len(sa), len(sb))
    pa, pb = (1,) * (n - len(sa)) + sa, (1,) * (n - len(sb)) + sb  # 在左边补 1，使维数相同
    aligned = f"{pa} 与 {pb}"
    try:
        result = str(tuple(torch.broadcast_shapes(sa, sb)))
    except RuntimeError:
        bad = [(x, y) for x, y in zip(pa, pb, strict=True) if x != y and 1 not in (x, y)]
        result = f"报错：{bad[0][0]} 与 {bad[0][1]} 不相等，也都不是 1"
    print(f"{sa!s:12}{sb!s:12}{aligned:24}{result}")

# 广播不复制数据：expand 得到的是视图，被拉伸的那一维步长为 0
a = torch.tensor([[0], [10], [20]])
big = a.expand(3, 4)
print("a.expand(3, 4) =", big, sep="\n")
print("步长 stride:", big.stride(), "与 a 共用内存:", "是" if big.data_ptr() == a.data_ptr() else "否")

# 检查
assert torch.broadcast_shapes((3,), (3, 1)) == (3, 3)
assert (torch.ones(3, 1) + torch.ones(1, 4)).shape == (3, 4)
