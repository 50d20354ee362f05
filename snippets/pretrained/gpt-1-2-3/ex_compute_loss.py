"""用 C ≈ 6ND 估算 GPT-3 175B 的训练计算量，换算成 PetaFLOP/s-day，再代入 Figure 3.1 的拟合线。"""

N = 174.6e9  # 参数量（按闭式公式算出的 1746 亿）
D = 300e9  # 训练的 token 数
flops = 6 * N * D  # 每个 token：前向约 2N 次浮点运算，反向约 4N 次
pf_day = 1e15 * 24 * 3600  # 1 PetaFLOP/s 持续一天 = 8.64e19 次浮点运算
C = flops / pf_day
loss = 2.57 * C**-0.048

print(f"N = {N:.4g}，D = {D:.3g}，1 PF-day = {pf_day:.3g} FLOPs")
print(f"C = 6·N·D = {flops:.3g} FLOPs = {C:,.0f} PF-days")
print(f"拟合线给出的验证损失 2.57·C^(-0.048) = {loss:.3f}")
print(f"与 C = 1 PF-day（损失 2.570）相比，降为 {loss / 2.57:.1%}")

# 检查：与论文 Table D.1 给出的 3.14E+23 FLOPs 一致
assert abs(flops / 3.14e23 - 1) < 0.01
assert round(loss, 2) == 1.73
