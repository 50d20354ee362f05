"""练习：font.family 写成 ["DejaVu Sans", "sans-serif"]，“Loss 曲线”的每个字由哪个字体画？"""

import io
import re

import matplotlib.pyplot as plt

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
text = "Loss曲线"

results = {}
for family in (["sans-serif"], ["DejaVu Sans", "sans-serif"]):
    with plt.rc_context({"font.family": family}):
        fig = plt.figure(figsize=(3, 1))
        fig.text(0.1, 0.5, text)
        buf = io.StringIO()
        fig.savefig(buf, format="svg")  # SVG 里每个字形的 id 是“字体名-字形编号”
        plt.close(fig)
    fonts = [ref.rsplit("-", 1)[0] for ref in re.findall(r'xlink:href="#([^"]+)"', buf.getvalue())]
    results[str(family)] = ["DejaVu Sans" if f == "DejaVuSans" else "中文字体" for f in fonts]
    print(f"font.family = {family}:")
    print("  ", "  ".join(f"{ch}:{src}" for ch, src in zip(text, results[str(family)], strict=True)))

# 检查：第二种写法逐字回退，字母用 DejaVu Sans，汉字用候选列表里的中文字体
assert results["['DejaVu Sans', 'sans-serif']"] == ["DejaVu Sans"] * 4 + ["中文字体"] * 2
assert results["['sans-serif']"] == ["中文字体"] * 6
