"""一行的 key 全被屏蔽时：偏置用 -inf 得到 NaN，用 float32 的最小值得到平均分配。"""

import torch

torch.manual_seed(0)
scores = torch.randn(2, 4)  # 2 个 query 对 4 个 key 的分数
attention_mask = torch.zeros(4, dtype=torch.long)  # 4 个 key 全被屏蔽（就像把全 0 的 token_type_ids 当成了 mask）

for name, fill in [("-inf", float("-inf")), ("finfo.min", torch.finfo(torch.float32).min)]:
    bias = torch.where(attention_mask.bool(), 0.0, fill)
    print(f"偏置用 {name}:", torch.softmax(scores + bias, dim=-1))

# 检查
# 分数加上 -3.4e38 后舍入成同一个数，4 个 key 一样大，softmax 平均分配：每个 1/4
assert torch.equal(scores + torch.finfo(torch.float32).min, torch.full_like(scores, torch.finfo(torch.float32).min))
assert torch.softmax(scores + float("-inf"), dim=-1).isnan().all()
