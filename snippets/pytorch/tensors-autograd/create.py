"""创建张量，看它的三个属性：形状 shape、元素类型 dtype、所在设备 device。"""

import torch

torch.manual_seed(0)

a = torch.tensor([[1, 2, 3], [4, 5, 6]])  # 从 Python 列表创建：整数默认是 int64
b = torch.tensor([0.5, 1.5])  # 小数默认是 float32
c = torch.arange(12).reshape(3, 4)  # 0..11 排成 3 行 4 列
z = torch.zeros(2, 3)
r = torch.randn(2, 3)  # 标准正态分布的随机数，先设种子才能复现

for name, t in [("a", a), ("b", b), ("c", c), ("z", z), ("r", r)]:
    print(f"{name}: shape={tuple(t.shape)!s:7} ndim={t.ndim} numel={t.numel():2} dtype={t.dtype} device={t.device}")
print("c =", c, sep="\n")
print("r =", r.round(decimals=4), sep="\n")
print("a / 2 =", a / 2, sep="\n")  # int64 除以整数得到 float32
print("b 转成 float64:", b.to(torch.float64))  # 显式转换类型

# 搬到 GPU（如果有）：返回一个新张量，原张量留在 CPU
device = "cuda" if torch.cuda.is_available() else "cpu"
a_dev = a.to(device)

# 检查
assert a.dtype == torch.int64 and b.dtype == torch.float32 and (a / 2).dtype == torch.float32
assert a.device.type == "cpu" and torch.equal(a_dev.cpu(), a)
