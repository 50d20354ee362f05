"""BatchNorm 在训练时估计每个特征的均值和方差：就是高斯分布 μ、σ² 的极大似然估计。"""

import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
mu = torch.tensor([-2.0, 0.0, 5.0], dtype=torch.float64)  # 三个特征的真实均值
sigma = torch.tensor([0.5, 1.0, 3.0], dtype=torch.float64)  # 三个特征的真实标准差


def show(values, label):
    print("".join(f"{round(v, 2) + 0.0:8.2f}" for v in values.cpu().tolist()), "  ", label)


print(" 特征 1  特征 2  特征 3")
show(mu, "真实 μ")
show(sigma, "真实 σ")
for batch in (8, 4096):
    x = (mu + sigma * torch.randn(batch, 3, dtype=torch.float64)).to(device)
    mean = x.mean(dim=0)  # 每个特征（每一列）一个均值
    var = x.var(dim=0, unbiased=False)  # 有偏方差（除以 batch 大小）：σ² 的极大似然估计
    bn = nn.BatchNorm1d(3, dtype=torch.float64).to(device)  # 训练模式：用当前 batch 的统计量
    y = bn(x)
    show(mean, f"batch = {batch} 估计的 μ")
    show(var.sqrt(), f"batch = {batch} 估计的 σ")
    show(y.mean(dim=0), f"batch = {batch} 时 BN 输出每列的均值")
    show(y.std(dim=0, unbiased=False), f"batch = {batch} 时 BN 输出每列的标准差")
    # 检查：BN 的输出 = (x − 估计的 μ) / √(估计的 σ² + ε)
    assert torch.allclose(y, (x - mean) / torch.sqrt(var + bn.eps))
