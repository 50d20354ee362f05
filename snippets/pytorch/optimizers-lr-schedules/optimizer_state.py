"""优化器在 optimizer.state 里为每个参数保存什么：SGD 带动量存一个缓冲，Adam 存步数和两个滑动平均。"""

import torch

torch.set_default_dtype(torch.float64)
grads = [torch.tensor([1.0, -2.0]), torch.tensor([3.0, 0.5]), torch.tensor([-1.0, 1.0])]  # 三步里的梯度


def train(make_optimizer):
    w = torch.zeros(2, requires_grad=True)
    optimizer = make_optimizer([w])
    print(type(optimizer).__name__, "开始前 state:", dict(optimizer.state))
    for g in grads:
        w.grad = g.clone()  # 直接给出梯度，省掉损失函数
        optimizer.step()
    for key, value in optimizer.state[w].items():
        print(f"  {key:<15}", value)
    return optimizer.state[w]


sgd_state = train(lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9))
adam_state = train(lambda p: torch.optim.Adam(p, lr=0.1, betas=(0.9, 0.999)))

# 检查：动量缓冲 b ← 0.9·b + g（第一步 b = g）；Adam 的 exp_avg、exp_avg_sq 是 g 与 g² 的指数滑动平均
b, m, v = grads[0].clone(), torch.zeros(2), torch.zeros(2)
for g in grads[1:]:
    b = 0.9 * b + g
for g in grads:
    m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g**2
assert torch.allclose(sgd_state["momentum_buffer"], b)
assert torch.allclose(adam_state["exp_avg"], m) and torch.allclose(adam_state["exp_avg_sq"], v)
