"""L1 正则：普通的次梯度下降让权重在 0 附近来回跳，很少恰好为 0；近端梯度（软阈值）给出精确的 0。L2 只把权重缩小。"""

import torch

# 次梯度法在 0 附近的符号翻转对舍入误差很敏感，整个实验在 CPU 上做，任何机器上结果都相同
torch.manual_seed(0)
n, d = 100, 10
true_w = torch.tensor([3.0, -2.0, 1.5] + [0.0] * (d - 3))  # 只有前 3 个特征有用
x = torch.randn(n, d)
y = x @ true_w + 0.1 * torch.randn(n)
lr, lam, steps = 0.1, 0.1, 500


def grad_c0(w):
    return x.T @ (x @ w - y) / n  # C0 = (1/2n)·||Xw − y||² 的梯度


w_sub, w_prox, w_l2 = torch.zeros(d), torch.zeros(d), torch.zeros(d)
trace = []  # 次梯度法下第 4 个（无关）权重的轨迹
for _ in range(steps):
    # L1，次梯度下降：梯度里加 λ·sign(w)，每步朝 0 走固定的 lr·λ = 0.01
    w_sub = w_sub - lr * (grad_c0(w_sub) + lam * torch.sign(w_sub))
    trace.append(w_sub[3].item())
    # L1，近端梯度（ISTA）：先走一步梯度，再软阈值，|z| ≤ lr·λ 的分量直接置 0
    z = w_prox - lr * grad_c0(w_prox)
    w_prox = torch.sign(z) * torch.clamp(z.abs() - lr * lam, min=0)
    # L2（SGD 的 weight_decay）：w ← (1 − lr·λ)·w − lr·∇C0
    w_l2 = w_l2 - lr * (grad_c0(w_l2) + lam * w_l2)

print("有用的 3 个权重     | 无关的 7 个权重（0 表示恰好为 0）")
for name, w in (("L1 次梯度", w_sub), ("L1 软阈值", w_prox), ("L2", w_l2)):
    useful = " ".join(f"{v:6.3f}" for v in w[:3].tolist())
    rest = " ".join(f"{'0':>6}" if v == 0 else f"{v:+.0e}" for v in w[3:].tolist())
    print(f"{useful} | {rest} | {name}")
print("次梯度法最后 6 步的 w₄:", " ".join(f"{v:+.4f}" for v in trace[-6:]))

# 检查：软阈值把 7 个无关权重全部置 0；次梯度法和 L2 一个 0 也没有
assert (w_prox[3:] == 0).all() and (w_prox[:3] != 0).all()
assert (w_sub != 0).all() and (w_l2 != 0).all()
