"""原笔记的 DottableDict 原样运行：逐条验证它的问题。"""

import copy
import pickle


# ---- 原笔记的类，一字未改 ----
class DottableDict(dict):
    def __getattr__(self, item):
        value = self.get(item)
        if isinstance(value, dict):
            return DottableDict(value)
        return value

    def __setattr__(self, key, value):
        self[key] = value

    def __delattr__(self, item):
        del self[item]

    def print(self, indent=0):
        for key, value in self.items():
            if isinstance(value, DottableDict):
                print(" " * indent + f"{key}:")
                value.print_properties(indent + 2)
            elif isinstance(value, dict):
                print(" " * indent + f"{key}:")
                DottableDict(value).print_properties(indent + 2)
            else:
                print(" " * indent + f"{key}: {value}")


config = DottableDict({"name": "bert", "model": {"hidden": 768, "layers": 12}, "items": 3})

# 正常的用法确实可以
print("config.name =", config.name, "| config.model.hidden =", config.model.hidden)
assert config.name == "bert" and config.model.hidden == 768

# 1. 打印：扁平字典能打印；一遇到嵌套字典就调用不存在的 print_properties。
#    __getattr__ 对它返回 None，所以报的不是 AttributeError，而是 TypeError
DottableDict({"lr": 0.001, "epochs": 3}).print()
try:
    config.print()
    raise AssertionError("应当出错")
except TypeError as e:
    print("config.print() ->", type(e).__name__, e)
assert config.print_properties is None

# 2. 不存在的键返回 None，而不是抛 AttributeError
print("config.missing =", config.missing)
assert config.missing is None
assert hasattr(config, "any_name_at_all")  # hasattr 永远为 True
assert getattr(config, "missing", "default") is None  # getattr 的默认值永远用不上
config_none = DottableDict(dropout=None)
assert config_none.dropout is None and config_none.missing is None  # 分不清“值是 None”和“没有这个键”

# 3. 嵌套写入丢失：config.model 每次返回一个新的副本
config.model.hidden = 1024
print("config.model.hidden = 1024 之后:", config["model"])
assert config["model"]["hidden"] == 768
assert config.model is not config.model

# 4. 与 dict 方法同名的键：读到的是方法，不是值；写进去的值也读不回来
print("config.items ->", type(config.items).__name__, "| config['items'] ->", config["items"])
assert callable(config.items) and config["items"] == 3
config.update = 5
assert config["update"] == 5 and callable(config.update)
config["print"] = "yes"
assert callable(config.print)  # 键名 print 被同名方法挡住

# 5. 删除不存在的属性抛 KeyError，而不是 AttributeError
try:
    del config.missing
    raise AssertionError("应当出错")
except KeyError as e:
    print("del config.missing ->", type(e).__name__, e)

# 这些没有坏（Python 3.11）：copy、deepcopy、pickle 都能工作，类型也保留
assert config.__deepcopy__ is None  # copy 模块把 None 当作“没有这个方法”，碰巧没事
for clone in (copy.copy(config), copy.deepcopy(config), pickle.loads(pickle.dumps(config))):
    assert type(clone) is DottableDict and clone == config
print("copy / deepcopy / pickle: OK")
