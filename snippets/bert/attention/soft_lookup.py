"""注意力是一次“软”的字典查询：query 和每个 key 打分，softmax 成权重，再对 value 加权平均。"""

import torch

torch.set_printoptions(precision=4)

keys = torch.tensor([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])  # 4 个 key：右、上、左、下
values = torch.tensor([10.0, 20.0, 30.0, 40.0])  # 每个 key 对应一个 value
query = torch.tensor([2.0, 0.5])  # 偏向“右”，也有一点“上”

scores = keys @ query  # 点积：query 与每个 key 有多像
weights = torch.softmax(scores, dim=0)  # 变成非负、和为 1 的权重
output = weights @ values  # value 的加权平均

print("分数 q·k   :", scores)
print("权重       :", weights)
print("权重之和   :", round(weights.sum().item(), 4))
print(f"硬查询     : {values[scores.argmax()].item()}（只取分数最高的 key 的 value）")
print("软查询输出 :", round(output.item(), 4))

# 检查：输出落在 value 的最小值和最大值之间，离“右”的 value 10 最近
assert values.min() < output < values.max() and abs(output - 10) < abs(output - 20)
