"""“以 yaml 的形式打印”？把这种缩进的 key: value 文本交给 YAML 解析器，看能否读回原值。"""

import yaml  # PyYAML


def pformat(d, indent=0):
    """与上文常见写法里的 print 方法（修好 print_properties 之后）相同的格式。"""
    lines = []
    for key, value in d.items():
        if isinstance(value, dict):
            lines.append(" " * indent + f"{key}:")
            lines.append(pformat(value, indent + 2))
        else:
            lines.append(" " * indent + f"{key}: {value}")
    return "\n".join(lines)


config = {
    "name": "bert",
    "model": {"hidden": 768, "dropout": 0.1},
    "lr": 2e-5,
    "version": "1.10",
    "resume": None,
    "note": "lr: warmup",
}

text = pformat(config)
print(text)

# 1. 合法 YAML 吗？"note: lr: warmup" 这一行解析不了
try:
    yaml.safe_load(text)
except yaml.YAMLError as e:
    print("\nyaml.safe_load ->", type(e).__name__)

# 2. 去掉那一行，能解析了，但值变了
loaded = yaml.safe_load(pformat({k: v for k, v in config.items() if k != "note"}))
for key in ("lr", "version", "resume"):
    print(f"{key}: {config[key]!r} -> {loaded[key]!r}")

# 要输出 YAML，用 YAML 库：能原样读回
dumped = yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
print("\n" + dumped, end="")

# 检查
assert loaded["lr"] == "2e-05"  # Python 把 2e-5 打印成 2e-05，PyYAML（YAML 1.1 规则）把它读成字符串
assert loaded["version"] == 1.1  # 字符串 "1.10" 被读成浮点数 1.1
assert loaded["resume"] == "None"  # None 被读成字符串 "None"（YAML 的空值写作 null 或 ~）
assert loaded["model"] == config["model"]  # 简单的整数、小数没问题
assert yaml.safe_load(dumped) == config
