"""练习：f(w) = ½ wᵀAw 上，学习率超过 2/λ_max 时梯度下降发散。"""

import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[6.0, 2.0], [2.0, 3.0]])  # Hessian，不是对角阵
eigenvalues = torch.linalg.eigvalsh(A)
print("A 的特征值:", [round(v, 4) for v in eigenvalues.tolist()], " 2/λ_max =", round(2 / eigenvalues.max().item(), 4))

for lr in [0.28, 0.29]:
    w = torch.tensor([1.0, 1.0], requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=lr)
    for _ in range(100):
        optimizer.zero_grad()
        (0.5 * w @ A @ w).backward()
        optimizer.step()
    factor = 1 - lr * eigenvalues.max().item()
    print(f"lr={lr}: 最陡方向每步乘 {factor:+.2f}，100 步后 |w| = {w.norm().item():.4f}")

# 检查：临界值在 0.28 与 0.29 之间
assert 0.28 < 2 / eigenvalues.max().item() < 0.29
