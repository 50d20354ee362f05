"""训练与推理：BatchNorm 维护 running_mean / running_var，eval() 后改用它们；LayerNorm 没有运行统计量，两种模式结果相同。"""

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

features = 3
batches = [(torch.randn(8, features) * 2 + 5).to(device) for _ in range(3)]

bn = nn.BatchNorm1d(features).to(device)  # 默认 momentum=0.1, eps=1e-5
print("momentum:", bn.momentum, " eps:", bn.eps)
print("BN 的 buffer:", [name for name, _ in bn.named_buffers()])

# 按 PyTorch 文档的公式手动维护运行统计量：初值 mean=0、var=1
running_mean = torch.zeros(features, device=device)
running_var = torch.ones(features, device=device)
m = bn.momentum
for x in batches:
    y = bn(x)  # 训练模式：归一化用本 batch 的有偏方差
    biased = x.var(dim=0, unbiased=False)
    assert torch.allclose(y, (x - x.mean(dim=0)) / torch.sqrt(biased + bn.eps), atol=1e-5)
    # 更新运行统计量：new = (1 - momentum) * old + momentum * batch 统计量，方差用无偏估计（除以 N-1）
    running_mean = (1 - m) * running_mean + m * x.mean(dim=0)
    running_var = (1 - m) * running_var + m * x.var(dim=0, unbiased=True)

print("running_mean 与手算一致:", torch.allclose(bn.running_mean, running_mean, atol=1e-5))
print("running_var 与手算（无偏方差）一致:", torch.allclose(bn.running_var, running_var, atol=1e-5))
wrong_var = torch.ones(features, device=device)
for x in batches:
    wrong_var = (1 - m) * wrong_var + m * x.var(dim=0, unbiased=False)
print("running_var 与有偏方差的版本一致:", torch.allclose(bn.running_var, wrong_var, atol=1e-5))
tracked = bn.num_batches_tracked.item()
print("num_batches_tracked:", tracked)

# eval()：不再用 batch 统计量，改用 running_mean / running_var，且不再更新它们
bn.eval()
x = batches[0]
y_eval = bn(x)
print(
    "eval() 输出 == 用运行统计量归一化:",
    torch.allclose(y_eval, (x - running_mean) / torch.sqrt(running_var + bn.eps), atol=1e-5),
)
unchanged = torch.allclose(bn.running_mean, running_mean, atol=1e-6)
print("eval() 后运行统计量不变:", unchanged)
print("eval() 下单个样本也能归一化:", tuple(bn(x[:1]).shape))
bn.train()
try:
    bn(x[:1])  # 训练模式下 batch 只有 1 个样本：方差无从估计
except ValueError as e:
    print("训练模式下 batch=1 报错:", type(e).__name__)
    single_failed = True
else:
    single_failed = False

# LayerNorm：没有 buffer，训练和推理完全一样
ln = nn.LayerNorm(features).to(device)
print("LN 的 buffer:", [name for name, _ in ln.named_buffers()])
y_train = ln(x)
ln.eval()
print("LN 训练模式与 eval() 输出相同:", torch.equal(y_train, ln(x)))

assert bn.momentum == 0.1 and bn.eps == 1e-5
assert torch.allclose(bn.running_mean, running_mean, atol=1e-5)
assert torch.allclose(bn.running_var, running_var, atol=1e-5)
assert not torch.allclose(bn.running_var, wrong_var, atol=1e-5)
assert tracked == len(batches)
assert torch.allclose(y_eval, (x - running_mean) / torch.sqrt(running_var + bn.eps), atol=1e-5)
assert unchanged
assert single_failed
assert list(ln.named_buffers()) == []
assert torch.equal(y_train, ln(x))
