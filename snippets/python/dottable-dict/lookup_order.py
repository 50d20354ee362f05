"""config.名字 先走正常的属性查找，找不到才调用 __getattr__：记下每次访问有没有调用它，画出查找的路线。"""

import matplotlib.pyplot as plt

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

calls = []  # __getattr__ 收到的名字


class DottableDict(dict):  # 与上文常见写法相同的 __getattr__，只多了一行记录
    def __getattr__(self, item):
        calls.append(item)
        value = self.get(item)
        return DottableDict(value) if isinstance(value, dict) else value


config = DottableDict({"name": "bert", "model": {"hidden": 768}, "items": 3})
accesses = {
    "config.name": lambda: config.name,
    "config.model.hidden": lambda: config.model.hidden,
    "config.items": lambda: config.items,
    "config.missing": lambda: config.missing,
}
results = {}
for expr, read in accesses.items():
    calls.clear()
    value = read()
    results[expr] = (list(calls), "dict 的 items 方法" if callable(value) else repr(value))
    print(f"{expr:20} __getattr__ 收到: {str(calls):20} 结果: {results[expr][1]}")

fig, ax = plt.subplots(figsize=(6.4, 3.8))
boxes = {  # 名字: (x, y, 文字, 底色)
    "start": (2.2, 5.5, "config.名字", "0.92"),
    "normal": (2.2, 4.1, "① 正常的属性查找\n实例、类、父类 dict", "#c6dbef"),
    "found": (7.3, 4.1, "直接返回，不调用 __getattr__\nconfig.items → " + results["config.items"][1], "#c6dbef"),
    "getattr": (2.2, 2.4, "② 调用\n__getattr__(名字)", "#fde0c5"),
    "key": (7.3, 2.4, "返回 self.get(名字)\nconfig.name → " + results["config.name"][1], "#d9ead3"),
    "none": (2.2, 0.6, "返回 None\nconfig.missing → " + results["config.missing"][1], "#f4a6a6"),
    "fixed": (7.3, 0.6, "修正版：\n抛 AttributeError", "#d9ead3"),
}
artists = {}
for name, (x, y, text, color) in boxes.items():
    bbox = {"boxstyle": "round,pad=0.4", "fc": color, "ec": "0.4"}
    artists[name] = ax.text(x, y, text, ha="center", va="center", fontsize=11, bbox=bbox)
arrows = [("start", "normal", ""), ("normal", "found", "找到"), ("normal", "getattr", "找不到")]
arrows += [("getattr", "key", "有这个键"), ("getattr", "none", "没有这个键"), ("none", "fixed", "应当")]
for a, b, label in arrows:
    (x0, y0, *_), (x1, y1, *_) = boxes[a], boxes[b]
    props = {"arrowstyle": "-|>", "color": "0.3", "lw": 1.4, "linestyle": "--" if b == "fixed" else "-"}
    props |= {"patchA": artists[a].get_bbox_patch(), "patchB": artists[b].get_bbox_patch(), "shrinkA": 4, "shrinkB": 4}
    ax.annotate("", (x1, y1), (x0, y0), arrowprops=props)
    down = x0 == x1  # 竖直的箭头：文字放在右边；水平的箭头：文字放在上面
    at = ((x0 + x1) / 2 + 0.15, (y0 + y1) / 2) if down else ((x0 + x1) / 2, y0 + 0.25)
    ax.text(*at, label, ha="left" if down else "center", va="center", fontsize=11)
ax.set_xlim(0, 10)
ax.set_ylim(0, 6)
ax.set_axis_off()
fig.tight_layout()
plt.savefig("lookup_order.svg")

# 检查
assert results["config.items"][0] == []  # 类上找到了 dict.items，__getattr__ 根本没被调用，键 "items" 读不到
assert results["config.model.hidden"][0] == ["model", "hidden"]  # 每一层点号各走一次 __getattr__
assert results["config.missing"] == (["missing"], "None")
