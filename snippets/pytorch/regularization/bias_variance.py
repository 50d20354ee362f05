"""偏差—方差分解的模拟：用 200 个不同的训练集拟合带 L2 正则的 9 次多项式，
验证 期望误差 = 偏差² + 方差 + 噪声，并画出正则强度 λ 增大时偏差² 上升、方差下降。"""

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["font.sans-serif"] = [
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
    "Arial Unicode MS",
    "DejaVu Sans",
]
plt.rcParams["axes.unicode_minus"] = False

rng = np.random.default_rng(0)
n_sets, n_train, degree, sigma = 200, 20, 9, 0.3  # 200 个训练集，每个 20 个点；噪声标准差 0.3


def f(x):
    return np.sin(2 * np.pi * x)  # 真实函数


def features(x):
    return np.vander(x, degree + 1, increasing=True)  # 1, x, x², …, x⁹


x_test = np.linspace(0.05, 0.95, 50)
lams = np.logspace(-8, 1, 19)
train_sets = []
for _ in range(n_sets):
    x = rng.uniform(0, 1, n_train)
    train_sets.append((x, f(x) + sigma * rng.normal(size=n_train)))
y_test_noisy = f(x_test) + sigma * rng.normal(size=(n_sets, x_test.size))  # 每个训练集配一份带噪声的测试标签

bias2, variance, error = [], [], []
for lam in lams:
    preds = []
    for x, y in train_sets:
        phi = features(x)
        # 岭回归（L2 正则的最小二乘）的闭式解：w = (ΦᵀΦ + λI)⁻¹ Φᵀ y
        w = np.linalg.solve(phi.T @ phi + lam * np.eye(degree + 1), phi.T @ y)
        preds.append(features(x_test) @ w)
    preds = np.array(preds)  # 形状 (训练集个数, 测试点个数)
    mean_pred = preds.mean(axis=0)  # 期望预测 f̄(x)
    b2 = ((mean_pred - f(x_test)) ** 2).mean()  # 偏差²：期望预测与真实函数之差的平方
    var = ((preds - mean_pred) ** 2).mean()  # 方差：换一个训练集，预测变动多少
    # 对真实函数的误差恰好等于 偏差² + 方差（经验平均下也是恒等式）
    assert abs(((preds - f(x_test)) ** 2).mean() - (b2 + var)) < 1e-10
    bias2.append(b2)
    variance.append(var)
    error.append(((preds - y_test_noisy) ** 2).mean())  # 对带噪声标签的误差，期望是 偏差² + 方差 + σ²
bias2, variance, error = map(np.array, (bias2, variance, error))

best = int(np.argmin(bias2 + variance))
print(f"{'λ':>8} {'偏差²':>7} {'方差':>7} {'偏差²+方差+噪声':>8} {'实测误差':>7}")
for i in (0, 6, best, 15, 18):
    print(
        f"{lams[i]:8.0e} {bias2[i]:8.3f} {variance[i]:8.3f} {bias2[i] + variance[i] + sigma**2:14.3f} {error[i]:11.3f}"
    )
print("误差最小的 λ:", f"{lams[best]:.0e}")
print(
    "实测误差与 偏差²+方差+噪声 的最大相对差:",
    round(float(np.max(np.abs(error / (bias2 + variance + sigma**2) - 1))), 2),
)

fig, ax = plt.subplots(figsize=(7, 4.2))
ax.plot(lams, bias2, "o-", color="#DD8452", label="偏差²")
ax.plot(lams, variance, "s-", color="#4C72B0", label="方差")
ax.plot(lams, bias2 + variance + sigma**2, "k-", lw=2, label="偏差² + 方差 + 噪声（期望误差）")
ax.plot(lams, error, "k--", lw=1, label="测试集上的实测误差")
ax.axhline(sigma**2, color="#888888", ls=":", label=f"噪声 σ² = {sigma**2:.2f}")
ax.axvline(lams[best], color="#55A868", ls="-.", lw=1, label="期望误差最小处")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("L2 正则强度 λ（越往右模型越简单）")
ax.set_ylabel("平方误差")
ax.set_title("9 次多项式岭回归：正则越强，方差越小、偏差越大")
ax.legend(fontsize=8)
fig.tight_layout()
plt.savefig("bias_variance.svg")
print("图已保存:", Path("bias_variance.svg").exists())

# 正则增强：方差下降、偏差上升；期望误差在中间取到最小
assert variance[-1] < variance[0] / 10 and bias2[-1] > bias2[0] * 10
assert 0 < best < len(lams) - 1
# 带噪声的实测误差与 偏差² + 方差 + σ² 相差不到 10%（有限样本的随机误差）
assert np.all(np.abs(error / (bias2 + variance + sigma**2) - 1) < 0.1)
assert Path("bias_variance.svg").exists()
