"""三个优化器 weight_decay 的默认值：SGD 0，Adam 0，AdamW 0.01。"""

import inspect

import torch

params = [torch.zeros(1, requires_grad=True)]
for cls in (torch.optim.SGD, torch.optim.Adam, torch.optim.AdamW):
    defaults = cls(params).defaults
    signature_default = inspect.signature(cls).parameters["weight_decay"].default
    print(
        f"{cls.__name__:6s} weight_decay={defaults['weight_decay']}  签名里的默认值={signature_default}  lr={defaults['lr']}"
    )

print("Adam decoupled_weight_decay:", torch.optim.Adam(params).defaults["decoupled_weight_decay"])
print("AdamW decoupled_weight_decay:", torch.optim.AdamW(params).defaults["decoupled_weight_decay"])

assert torch.optim.SGD(params).defaults["weight_decay"] == 0
assert torch.optim.Adam(params).defaults["weight_decay"] == 0
assert torch.optim.AdamW(params).defaults["weight_decay"] == 1e-2
assert inspect.signature(torch.optim.AdamW).parameters["weight_decay"].default == 1e-2
# Adam 默认不解耦（L2 写进梯度），AdamW 默认解耦
assert torch.optim.Adam(params).defaults["decoupled_weight_decay"] is False
assert torch.optim.AdamW(params).defaults["decoupled_weight_decay"] is True
