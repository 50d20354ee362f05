"""练习：dataclass 能挡住构造时拼错的字段名，那赋值时拼错呢？"""

from dataclasses import dataclass


@dataclass
class ModelConfig:
    hidden: int = 768
    layers: int = 12


@dataclass(slots=True)  # Python 3.10 起：实例没有 __dict__，只能有声明过的字段
class SlotsModelConfig:
    hidden: int = 768
    layers: int = 12


plain = ModelConfig()
plain.hiden = 1024  # 拼错：少了一个 d
print("普通 dataclass:", plain, "| vars:", vars(plain))

strict = SlotsModelConfig()
try:
    strict.hiden = 1024
except AttributeError as e:
    print("slots=True:", type(e).__name__ + ":", e)

# 检查
assert plain.hidden == 768 and plain.hiden == 1024  # 没有报错，只是多了一个属性
assert strict.hidden == 768 and not hasattr(strict, "hiden")
