"""类别分布：softmax 把 logits 变成概率；抽样的频率随样本数增多逼近概率。"""

import torch
from torch.distributions import Categorical

torch.set_printoptions(precision=4)
logits = torch.tensor([2.0, 1.0, 0.1, -1.0])  # 模型对 4 个类别的打分
probs = torch.softmax(logits, dim=0)  # 非负、和为 1
print("softmax 概率:", probs, "和", round(probs.sum().item(), 4))

g = torch.Generator().manual_seed(0)
for n in [20, 100_000]:
    # replacement=True：有放回地抽 n 次（默认 replacement=False，最多只能抽 4 次）
    samples = torch.multinomial(probs, n, replacement=True, generator=g)
    print(f"抽 {n:>6} 次的频率:", torch.bincount(samples, minlength=4) / n)

# torch.distributions 的写法：同一个分布，sample() 用的是全局生成器
torch.manual_seed(0)
dist = Categorical(logits=logits)
print("Categorical(logits).probs:", dist.probs)
print("抽 10 个样本:", dist.sample((10,)).tolist())

# 检查
assert torch.allclose(dist.probs, probs)
freq = torch.bincount(samples, minlength=4) / samples.numel()
assert torch.allclose(freq, probs, atol=0.01)
