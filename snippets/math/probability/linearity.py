"""期望是线性的；Var(aX + b) = a² Var(X)；方差只在独立时才相加。"""

import torch

g = torch.Generator().manual_seed(0)
n = 200_000
x = torch.randint(1, 7, (n,), generator=g).double()  # 骰子 X
y = torch.randint(1, 7, (n,), generator=g).double()  # 另一颗骰子 Y，与 X 独立

cases = {
    "X": x,
    "2X + 3": 2 * x + 3,  # 理论：E = 2·3.5 + 3 = 10，Var = 4·35/12
    "-X": -x,  # 理论：E = -3.5，Var 不变
    "X + Y": x + y,  # 独立：E = 7，Var = 2·35/12
    "X + X": x + x,  # 同一颗骰子加两次：E = 7，Var = 4·35/12
}
for name, v in cases.items():
    print(f"{name:<7} 样本均值 {v.mean().item():7.3f}   样本方差 {v.var().item():7.3f}")
print(f"对照：35/12 = {35 / 12:.3f}，2·35/12 = {2 * 35 / 12:.3f}，4·35/12 = {4 * 35 / 12:.3f}")

# 检查：与理论值相差不到 1%
var_x = 35 / 12
expected = {"X": (3.5, var_x), "2X + 3": (10, 4 * var_x), "-X": (-3.5, var_x), "X + Y": (7, 2 * var_x)}
expected["X + X"] = (7, 4 * var_x)
for name, (m, v) in expected.items():
    assert abs(cases[name].mean().item() - m) < 0.01 * abs(m) and abs(cases[name].var().item() - v) < 0.01 * v
