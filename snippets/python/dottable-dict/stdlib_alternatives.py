"""标准库里现成的“点访问”：SimpleNamespace、argparse.Namespace、dataclass。"""

import argparse
import dataclasses
import json
from types import SimpleNamespace

raw = {"name": "bert", "model": {"hidden": 768, "layers": 12}}

# 1. types.SimpleNamespace：属性容器，缺属性抛 AttributeError，有可读的 repr；嵌套的 dict 不会自动转换
ns = SimpleNamespace(**raw)
print(ns)

# 嵌套的 JSON 配置：用 object_hook 把每一层都变成 SimpleNamespace
cfg = json.loads(json.dumps(raw), object_hook=lambda d: SimpleNamespace(**d))
cfg.model.hidden = 1024  # 嵌套写入直接改在对象上
print(cfg)

# 2. argparse.Namespace：parse_args() 的返回值，同样是点访问，另外支持 in
args = argparse.Namespace(lr=2e-5, epochs=3)
print(args)


# 3. dataclass：字段名、类型、默认值写在类里，拼错字段名在构造时就报错
@dataclasses.dataclass
class ModelConfig:
    hidden: int = 768
    layers: int = 12


@dataclasses.dataclass
class Config:
    name: str
    model: ModelConfig = dataclasses.field(default_factory=ModelConfig)


c = Config(name="bert", model=ModelConfig(**raw["model"]))
c.model.hidden = 1024
print(c)
try:
    Config(name="bert", modle=ModelConfig())  # 拼错的字段名
except TypeError as e:
    print("拼错字段名 ->", type(e).__name__ + ":", e)

# 检查
assert ns.name == "bert" and isinstance(ns.model, dict)
assert not hasattr(ns, "missing") and getattr(ns, "missing", "默认值") == "默认值"
assert vars(ns) == raw  # vars() 取回 dict
assert SimpleNamespace(a=1) == SimpleNamespace(a=1)  # 按属性比较相等
assert cfg.model.hidden == 1024 and cfg.model.layers == 12
assert "lr" in args and "missing" not in args and vars(args) == {"lr": 2e-5, "epochs": 3}
assert dataclasses.asdict(c) == {"name": "bert", "model": {"hidden": 1024, "layers": 12}}
