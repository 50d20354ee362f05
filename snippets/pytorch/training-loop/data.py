"""真实的小数据集：scikit-learn 自带的 8×8 手写数字，1797 张，10 个类别。"""

import re

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

digits = load_digits()  # 随 scikit-learn 安装，不需要联网
desc = " ".join(digits.DESCR.split())  # 数据集自带的说明，把换行合并成空格
print(re.search(r"This is a copy of the test set.*?datasets", desc).group())
print(re.search(r"From a total of.*?test set\.", desc).group())
print("images:", digits.images.shape, "data:", digits.data.shape, digits.data.dtype)
print("像素取值:", int(digits.data.min()), "到", int(digits.data.max()))
print("类别:", digits.target_names.tolist())
print("每类张数:", np.bincount(digits.target).tolist())

# 第 0 张图：一个 8×8 的整数矩阵，数值越大笔画越浓
print("第 0 张，标签", digits.target[0])
for row in digits.images[0].astype(int):
    print(" ".join(f"{v:2d}" for v in row))

# 把前 10 张画成灰度图
print("前 10 张的标签:", digits.target[:10].tolist())
fig, axes = plt.subplots(2, 5, figsize=(6.4, 3.2))
for i, ax in enumerate(axes.flat):
    ax.imshow(digits.images[i], cmap="gray_r", vmin=0, vmax=16)
    ax.set_title(f"标签 {digits.target[i]}", fontsize=12)
    ax.axis("off")
fig.tight_layout()
plt.savefig("digits.svg")

# 检查
assert digits.data.shape == (1797, 64) and (digits.data.reshape(-1, 8, 8) == digits.images).all()
