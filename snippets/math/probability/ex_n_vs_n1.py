"""练习：样本方差为什么除以 n − 1：对十万组 n = 5 的样本取平均，看哪种估计没有偏差。"""

import torch

g = torch.Generator().manual_seed(0)
n, groups, true_var = 5, 100_000, 35 / 12
x = torch.randint(1, 7, (groups, n), generator=g).double()  # 十万组，每组掷 5 次骰子

by_n1 = x.var(dim=1)  # torch 默认 correction=1：围绕样本均值，除以 n − 1
by_n = x.var(dim=1, correction=0)  # 围绕样本均值，除以 n
by_n_true_mean = ((x - 3.5) ** 2).mean(dim=1)  # 围绕真实均值 3.5，除以 n
print(f"真实方差 35/12             : {true_var:.4f}")
print(f"除以 n − 1（样本均值）的平均: {by_n1.mean().item():.4f}")
print(f"除以 n（样本均值）的平均    : {by_n.mean().item():.4f}，(n − 1)/n × 35/12 = {(n - 1) / n * true_var:.4f}")
print(f"除以 n（真实均值）的平均    : {by_n_true_mean.mean().item():.4f}")

# 检查：除以 n 的估计系统性偏小 (n − 1)/n 倍
assert abs(by_n1.mean().item() - true_var) < 0.02 and abs(by_n.mean().item() - 0.8 * true_var) < 0.02
assert abs(by_n_true_mean.mean().item() - true_var) < 0.02
