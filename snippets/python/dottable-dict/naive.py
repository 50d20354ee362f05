"""一个常见的 DottableDict：dict 子类，用 __getattr__ 把 d.key 转成 d.get("key")。逐条看它的问题。"""

import copy
import pickle


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
print("config.name =", repr(config.name), "| config.model.hidden =", config.model.hidden)

# 1. 缺键不报错，返回 None；getattr 的默认值永远用不上
print("config.missing =", config.missing)
print("getattr(config, 'missing', '默认值') =", getattr(config, "missing", "默认值"))

# 2. 嵌套写入丢失：config.model 每次返回一个新的副本
config.model.hidden = 1024
print("config.model.hidden = 1024 之后 config['model'] =", config["model"])

# 3. 打印：扁平字典能打印；一遇到嵌套字典就调用不存在的 print_properties，
#    __getattr__ 对它返回 None，于是报的是 TypeError 而不是 AttributeError
DottableDict({"lr": 0.001, "epochs": 3}).print()
try:
    config.print()
except TypeError as e:
    print("config.print() ->", type(e).__name__ + ":", e)

# 4. 与 dict 方法同名的键：读到的是方法，不是值
print("config.items ->", type(config.items).__name__, "| config['items'] ->", config["items"])

# 5. 删除不存在的属性抛 KeyError，而按约定应是 AttributeError
try:
    del config.missing
except KeyError as e:
    print("del config.missing ->", type(e).__name__ + ":", e)

# 检查
assert config.missing is None and DottableDict(dropout=None).dropout is None  # 分不清“值是 None”和“没有这个键”
assert hasattr(config, "any_name_at_all")  # hasattr 永远为真
assert config.model is not config.model and config["model"]["hidden"] == 768
config.update = 5
assert config["update"] == 5 and callable(config.update)  # 写进去的值读不回来
# copy、deepcopy、pickle 都能用；deepcopy 是碰巧：它在实例上查 __deepcopy__ 得到 None，当作“没有这个方法”
for clone in (copy.copy(config), copy.deepcopy(config), pickle.loads(pickle.dumps(config))):
    assert type(clone) is DottableDict and clone == config
