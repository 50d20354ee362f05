"""小型回归实验：L1（近端梯度 / 软阈值）把无关特征的权重压到恰好为 0；L2 只把权重缩小，不会变成 0。"""

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

n, d = 100, 10
true_w = torch.tensor([3.0, -2.0, 1.5] + [0.0] * (d - 3))  # 只有前 3 个特征有用
x = torch.randn(n, d)
y = x @ true_w + 0.1 * torch.randn(n)
x, y, true_w = x.to(device), y.to(device), true_w.to(device)

lr, lam, steps = 0.1, 0.1, 500


def grad_mse(w):
    """C0 = (1/2n)·||Xw − y||² 的梯度。"""
    return x.T @ (x @ w - y) / n


# L1：近端梯度下降（ISTA）。每步先走一步梯度，再做软阈值：|w| ≤ lr·λ 的分量直接置 0
w_l1 = torch.zeros(d, device=device)
for _ in range(steps):
    z = w_l1 - lr * grad_mse(w_l1)
    w_l1 = torch.sign(z) * torch.clamp(z.abs() - lr * lam, min=0)

# L2：梯度里加 λ·w（即 SGD 的 weight_decay），每步把 w 乘以 (1 − lr·λ) 再走梯度
w_l2 = torch.zeros(d, device=device)
for _ in range(steps):
    w_l2 = w_l2 - lr * (grad_mse(w_l2) + lam * w_l2)


def rounded(w):
    return [round(v, 2) + 0.0 for v in w.cpu().tolist()]  # + 0.0 把 -0.0 显示成 0.0


# 不加正则的最小二乘解，作为对照
w_ols = torch.linalg.lstsq(x, y.unsqueeze(1)).solution.squeeze(1)

print("真实权重:", true_w.cpu().tolist())
print("L1  权重:", rounded(w_l1))
print("L2  权重:", rounded(w_l2))
print("L1 恰好为 0 的个数:", int((w_l1 == 0).sum()))
print("L2 恰好为 0 的个数:", int((w_l2 == 0).sum()))
print("L2 最小的 |w|:", round(w_l2.abs().min().item(), 4))
print("||w||₂  无正则 / L2:", round(w_ols.norm().item(), 2), "/", round(w_l2.norm().item(), 2))

# L1 把 7 个无关特征全部压成精确的 0，保留 3 个有用特征
assert (w_l1[3:] == 0).all() and (w_l1[:3] != 0).all()
# L2 没有任何一个权重精确为 0，但整体范数比不加正则时小
assert (w_l2 != 0).all()
assert w_l2.norm() < w_ols.norm()
