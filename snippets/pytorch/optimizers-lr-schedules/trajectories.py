"""在病态的二维二次函数上比较 SGD、带动量的 SGD 和 Adam 走过的路径。"""

import matplotlib.pyplot as plt
import torch

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False
torch.set_default_dtype(torch.float64)

lam = torch.tensor([1.0, 20.0])  # f(x, y) = (1·x² + 20·y²) / 2，两个方向的曲率相差 20 倍
start, steps = [-4.0, 1.0], 30


def f(w):
    return 0.5 * (lam * w**2).sum()


def run(make_optimizer):
    w = torch.tensor(start, requires_grad=True)
    optimizer = make_optimizer([w])
    path = [w.detach().clone()]
    for _ in range(steps):
        optimizer.zero_grad()
        f(w).backward()
        optimizer.step()
        path.append(w.detach().clone())
    return torch.stack(path)


paths = {
    "SGD lr=0.09": run(lambda p: torch.optim.SGD(p, lr=0.09)),
    "SGD+动量 lr=0.09, 0.5": run(lambda p: torch.optim.SGD(p, lr=0.09, momentum=0.5)),
    "Adam lr=0.3": run(lambda p: torch.optim.Adam(p, lr=0.3)),
}
print("SGD 的临界学习率 2/λ_max =", 2 / lam.max().item())
print("lr=0.09 时 SGD 在 x、y 方向每步乘", [round(v, 2) for v in (1 - 0.09 * lam).tolist()])
for name, path in paths.items():
    losses = " ".join(f"{f(path[t]).item():8.4f}" for t in (0, 5, 10, 20, 30))
    x1, y1 = path[1].tolist()
    print(f"{name}\n  第 1 步后 ({x1:+.2f}, {y1:+.2f})   f 在第 0/5/10/20/30 步: {losses}")

fig, ax = plt.subplots(figsize=(6.4, 3.8))
xs, ys = torch.meshgrid(torch.linspace(-4.5, 1.5, 200), torch.linspace(-1.5, 1.5, 200), indexing="xy")
ax.contour(xs, ys, 0.5 * (lam[0] * xs**2 + lam[1] * ys**2), levels=[0.1, 0.5, 1, 2, 4, 8, 16], colors="0.8")
for (name, path), style in zip(paths.items(), ["o-", "s-", "^-"], strict=True):
    ax.plot(path[:, 0], path[:, 1], style, markersize=3, linewidth=1.2, label=name)
ax.plot(0, 0, "k*", markersize=10)
ax.set_xlabel("x（曲率 1）", fontsize=12)
ax.set_ylabel("y（曲率 20）", fontsize=12)
ax.tick_params(labelsize=11)
ax.legend(fontsize=11, loc="lower right")
fig.tight_layout()
plt.savefig("trajectories.svg")
