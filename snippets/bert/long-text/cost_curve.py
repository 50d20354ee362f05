"""画 BERT-base 一次前向的乘加次数随长度 N 的变化：与 N 成正比的投影和 FFN，与 N² 成正比的两次注意力矩阵乘法。"""

import matplotlib.pyplot as plt

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

layers, d, d_ff = 12, 768, 3072  # BERT-base


def macs(n):
    """12 层矩阵乘法的乘加次数，拆成 (QK^T 与 权重 × V, 投影与 FFN)；不含 softmax、LayerNorm、偏置、嵌入。"""
    return layers * 2 * n * n * d, layers * (4 * n * d * d + 2 * n * d * d_ff)


unit = sum(macs(512))  # 以 N=512 时的总乘加为 1
ns = list(range(0, 8193, 128))
quadratic = [macs(n)[0] / unit for n in ns]
linear = [macs(n)[1] / unit for n in ns]
for n in (512, 1024, 2048, 4096, 4608, 8192):
    q, lin = (x / unit for x in macs(n))
    print(f"N={n:>4}：N² 部分 {q:5.1f}  N 部分 {lin:5.1f}  合计 {q + lin:5.1f}（以 N=512 的合计为 1）")

fig, ax = plt.subplots(figsize=(6.4, 3.8))
ax.plot(ns, [a + b for a, b in zip(quadratic, linear, strict=True)], color="black", lw=2, label="合计")
ax.plot(ns, linear, color="tab:blue", lw=2, label=r"投影 + FFN（$\propto N$）")
ax.plot(ns, quadratic, color="tab:orange", lw=2, label=r"$QK^\top$ 与权重 × $V$（$\propto N^2$）")
ax.axvline(512, color="gray", ls=":", lw=1.5)
ax.text(620, 26, "BERT 的上限 512", fontsize=11, color="dimgray", va="top")
cross = 2 * d + d_ff  # 两部分相等的长度
ax.plot([cross], [macs(cross)[1] / unit], "o", color="tab:red")
ax.annotate(f"N = {cross}：两部分相等", (cross, macs(cross)[1] / unit), (4900, 3), fontsize=11,
            arrowprops=dict(arrowstyle="->", color="tab:red"))  # fmt: skip
ax.set_xlabel("序列长度 N（token）", fontsize=12)
ax.set_ylabel("乘加次数（N=512 时为 1）", fontsize=12)
ax.set_xlim(0, 8192)
ax.set_ylim(0, 42)
ax.set_xticks([0, 512, 2048, 4096, 6144, 8192])
ax.tick_params(labelsize=11)
ax.legend(fontsize=11, loc="upper left", frameon=False)
fig.tight_layout()
plt.savefig("cost_curve.svg")

# 检查：N < 4608 时线性部分更大，之后平方部分更大；8192 时平方部分已是线性部分的 16/9 倍
assert all(q < lin for q, lin, n in zip(quadratic, linear, ns, strict=True) if 0 < n < cross)
assert all(q > lin for q, lin, n in zip(quadratic, linear, ns, strict=True) if n > cross)
assert macs(8192)[0] * 9 == macs(8192)[1] * 16
