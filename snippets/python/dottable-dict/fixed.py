"""修正版 DottableDict：缺键抛 AttributeError，嵌套写入能保留，打印可用。"""

import copy
import json
import pickle


class DottableDict(dict):
    """用 d.key 读写 d["key"]；与 dict 方法同名的键（items、keys……）仍需用 d["key"]。"""

    def __getattr__(self, name):
        # 只有在正常属性查找失败时才会调用 __getattr__，所以 dict 的方法不受影响
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} 没有键 {name!r}") from None
        if isinstance(value, dict) and not isinstance(value, DottableDict):
            value = DottableDict(value)
            self[name] = value  # 换成可点访问的版本存回去，之后的嵌套写入才能落到原对象上
        return value

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        try:
            del self[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} 没有键 {name!r}") from None

    def pformat(self, indent=0):
        """缩进的 key: value 文本，便于阅读（不保证是合法 YAML）。"""
        lines = []
        for key, value in self.items():
            if isinstance(value, dict):
                lines.append(" " * indent + f"{key}:")
                lines.append(DottableDict(value).pformat(indent + 2))
            else:
                lines.append(" " * indent + f"{key}: {value}")
        return "\n".join(lines)


config = DottableDict({"name": "bert", "model": {"hidden": 768, "layers": 12}})
print(config.pformat())

# 缺键：抛 AttributeError，于是 getattr 的默认值、hasattr 都恢复正常
try:
    print("config.missing =", config.missing)
except AttributeError as e:
    print("config.missing ->", type(e).__name__ + ":", e)
print("getattr(config, 'missing', '默认值') =", repr(getattr(config, "missing", "默认值")))

# 嵌套写入落在原字典上；新建的嵌套字典同样可以点访问
config.model.hidden = 1024
config.train = {"lr": 1e-4}
config.train.epochs = 3
print("写入之后:", config)

# 检查
assert not hasattr(config, "missing")
try:
    del config.missing
    raise AssertionError("应当出错")
except AttributeError:
    pass
assert config["model"]["hidden"] == 1024 and config.model is config.model
assert config["train"] == {"lr": 1e-4, "epochs": 3}
# 仍然是 dict：可以 copy、pickle、json 序列化
for clone in (copy.deepcopy(config), pickle.loads(pickle.dumps(config))):
    assert type(clone) is DottableDict and clone == config
assert isinstance(config, dict) and json.loads(json.dumps(config)) == config
