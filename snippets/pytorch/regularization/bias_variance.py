"""偏差—方差分解的模拟：在 200 个训练集上拟合 L2 正则的 9 次多项式（岭回归），
按定义算出偏差² 和方差，验证 期望误差 = 偏差² + 方差 + 噪声。"""

import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

rng = np.random.default_rng(0)
n_sets, n_train, degree, sigma = 200, 20, 9, 0.3  # 200 个训练集，每个 20 个点；噪声标准差 0.3
x_test, lams = np.linspace(0.05, 0.95, 50), np.logspace(-8, 1, 19)


def f(x):
    return np.sin(2 * np.pi * x)  # 真实函数


def features(x):
    return np.vander(x, degree + 1, increasing=True)  # 1, x, x², …, x⁹


train_sets = []
for _ in range(n_sets):
    x = rng.uniform(0, 1, n_train)
    train_sets.append((features(x), f(x) + sigma * rng.normal(size=n_train)))
y_test = f(x_test) + sigma * rng.normal(size=(n_sets, x_test.size))  # 每个训练集配一份带噪声的测试标签

bias2, variance, error = [], [], []
for lam in lams:
    # 岭回归的闭式解 w = (ΦᵀΦ + λI)⁻¹ Φᵀ y；preds 的形状为 (训练集个数, 测试点个数)
    preds = np.array(
        [features(x_test) @ np.linalg.solve(p.T @ p + lam * np.eye(degree + 1), p.T @ y) for p, y in train_sets]
    )
    mean_pred = preds.mean(axis=0)  # 期望预测 f̄(x)
    bias2.append(((mean_pred - f(x_test)) ** 2).mean())  # 期望预测与真实函数之差的平方
    variance.append(((preds - mean_pred) ** 2).mean())  # 换一个训练集，预测变动多少
    error.append(((preds - y_test) ** 2).mean())  # 对带噪声标签的实测误差
    # 检查：对真实函数的误差恰好等于 偏差² + 方差（经验平均下也是恒等式）
    assert abs(((preds - f(x_test)) ** 2).mean() - (bias2[-1] + variance[-1])) < 1e-10
bias2, variance, error = map(np.array, (bias2, variance, error))
expected = bias2 + variance + sigma**2
best = int(np.argmin(expected))

print("列：正则强度 λ、偏差²、方差、三项之和（期望误差）、测试集上的实测误差")
print("      λ   bias²     var  bias²+var+σ²  test_err")
for i in (0, 6, best, 15, 18):
    print(f"{lams[i]:7.0e}  {bias2[i]:6.3f}  {variance[i]:6.3f}  {expected[i]:12.3f}  {error[i]:8.3f}")
print(
    f"误差最小的 λ: {lams[best]:.0e}；实测误差与 偏差²+方差+噪声 的最大相对差: {np.max(np.abs(error / expected - 1)):.2f}"
)

fig, ax = plt.subplots(figsize=(7, 4.2))
ax.plot(lams, bias2, "o-", color="#DD8452", label="偏差²")
ax.plot(lams, variance, "s-", color="#4C72B0", label="方差")
ax.plot(lams, expected, "k-", lw=2, label="偏差² + 方差 + 噪声")
ax.plot(lams, error, "k--", lw=1, label="实测误差")
ax.axhline(sigma**2, color="#888888", ls=":", label=f"噪声 σ² = {sigma**2:.2f}")
ax.set(xscale="log", yscale="log")
ax.set_xlabel("L2 正则强度 λ（越往右模型越简单）", fontsize=12)
ax.set_ylabel("平方误差", fontsize=12)
ax.set_title("正则越强，方差越小、偏差越大", fontsize=13)
ax.legend(fontsize=11)
fig.tight_layout()
plt.savefig("bias_variance.svg")

# 检查：方差随 λ 下降、偏差上升，期望误差在中间最小；实测误差与三项之和相差不到 10%
assert variance[-1] < variance[0] / 10 and bias2[-1] > bias2[0] * 10 and 0 < best < len(lams) - 1
assert np.all(np.abs(error / expected - 1) < 0.1)
