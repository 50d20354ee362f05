"""交叉熵损失 = 类别分布下真实类别的负对数似然：−log softmax(logits)[y]，再对样本取平均。"""

import math

import torch
import torch.nn.functional as F
from torch.distributions import Categorical

torch.set_printoptions(precision=4)
logits = torch.tensor([[2.0, 1.0, 0.1, -1.0], [0.5, 2.5, 0.0, 0.0], [1.0, 1.0, 1.0, 1.0]])  # 3 个样本，4 个类别
y = torch.tensor([0, 3, 2])  # 真实类别

probs = torch.softmax(logits, dim=1)
p_true = probs[torch.arange(3), y]  # 模型给真实类别的概率
nll = -p_true.log()
print("真实类别的概率:", p_true)
print("每个样本的 −log p:", nll)
print(f"手算平均 NLL           : {nll.mean().item():.4f}")
print(f"F.cross_entropy        : {F.cross_entropy(logits, y).item():.4f}")
print(f"F.nll_loss(log_softmax): {F.nll_loss(F.log_softmax(logits, dim=1), y).item():.4f}")
print(f"−Categorical.log_prob  : {-Categorical(logits=logits).log_prob(y).mean().item():.4f}")
print(f"均匀预测时的损失 ln 4 = {math.log(4):.4f}")

# 检查：四种写法相等；第 3 个样本的 logits 全相等，概率都是 1/4，损失为 ln 4
assert torch.isclose(F.cross_entropy(logits, y), nll.mean())
assert torch.isclose(F.nll_loss(F.log_softmax(logits, dim=1), y), nll.mean())
assert torch.isclose(-Categorical(logits=logits).log_prob(y).mean(), nll.mean())
assert math.isclose(nll[2].item(), math.log(4), rel_tol=1e-6)
