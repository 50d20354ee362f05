"""练习：写一个 to_namespace，把嵌套的 dict（包括列表里的 dict）逐层变成 SimpleNamespace。"""

from types import SimpleNamespace


def to_namespace(value):
    if isinstance(value, dict):
        return SimpleNamespace(**{key: to_namespace(v) for key, v in value.items()})
    if isinstance(value, list):
        return [to_namespace(v) for v in value]
    return value


raw = {"name": "bert", "heads": [{"task": "ner", "labels": 7}, {"task": "cls", "labels": 2}]}
cfg = to_namespace(raw)
print(cfg)
print("cfg.heads[1].labels =", cfg.heads[1].labels)
cfg.heads[1].labels = 3  # 嵌套写入改在对象上
print("写入之后:", cfg.heads[1])

# 检查
assert cfg.heads[0].task == "ner" and cfg.heads[1].labels == 3
assert raw["heads"][1]["labels"] == 2  # 原来的 dict 不受影响：to_namespace 建的是新对象
