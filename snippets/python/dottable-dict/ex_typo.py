"""练习（找 bug）：配置里写的是 warmup_steps，代码里读的是 warmup_step。"""

import json
from types import SimpleNamespace


class DottableDict(dict):  # 缺键返回 None 的写法
    def __getattr__(self, item):
        value = self.get(item)
        return DottableDict(value) if isinstance(value, dict) else value


raw = {"train": {"lr": 1e-3, "warmup_steps": 100}}


def schedule(cfg):
    if cfg.train.warmup_step:  # 拼错了：少了一个 s
        return f"先线性 warmup {cfg.train.warmup_step} 步"
    return "不做 warmup"


print("DottableDict:", schedule(DottableDict(raw)))

cfg = json.loads(json.dumps(raw), object_hook=lambda d: SimpleNamespace(**d))
try:
    schedule(cfg)
except AttributeError as e:
    print("SimpleNamespace:", type(e).__name__ + ":", e)

# 检查
assert schedule(DottableDict(raw)) == "不做 warmup"  # 拼错的名字悄悄变成 None，warmup 被跳过
