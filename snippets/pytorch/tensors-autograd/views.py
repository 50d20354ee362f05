"""视图与拷贝：切片和 view() 与原张量共用同一块内存，改一个另一个也变；clone() 才是真的拷贝。"""

import torch

x = torch.arange(6)
row = x[1:4]  # 切片：视图
m = x.view(2, 3)  # 换个形状看同一块内存：视图
c = x.clone()  # 拷贝：新的内存
picked = x[[1, 2, 3]]  # 用下标列表取元素：拷贝
masked = x[x < 4]  # 用布尔掩码取元素：拷贝

row[0] = 100  # 只改了 row 的第 0 个元素，也就是 x[1]
print("x      =", x)
print("m      =", m, sep="\n")
print("c      =", c)
print("picked =", picked)
print("masked =", masked)


def same_memory(t):
    return t.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()


t = m.t()  # 转置：视图，只交换了步长
for name, v in [("row", row), ("m", m), ("m.t()", t), ("c", c), ("picked", picked), ("masked", masked)]:
    print(f"{name:6} 与 x 共用内存: {'是' if same_memory(v) else '否'}")

# 转置后的张量在内存里不连续，view() 拒绝；reshape() 能给视图时给视图，给不了就悄悄拷贝
print("m.t() 在内存里连续:", "是" if t.is_contiguous() else "否")
try:
    t.view(6)
except RuntimeError as e:
    print("m.t().view(6) 报错:", e)
flat = t.reshape(6)
print("m.t().reshape(6) =", flat, "与 x 共用内存:", "是" if same_memory(flat) else "否")
print("m.reshape(6)     =", m.reshape(6), "与 x 共用内存:", "是" if same_memory(m.reshape(6)) else "否")

# 检查
assert x[1] == 100 and m[0, 1] == 100 and t[1, 0] == 100 and c[1] == 1 and picked[0] == 1 and masked[1] == 1
