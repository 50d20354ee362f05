"""Scaffold a new note: a page in the lesson's shape, its first snippet and two exercise answers (each with
its recorded output), and the nav entry.

    make new SECTION=pytorch TOPIC=weight-init TITLE="权重初始化" [DATE=2023-08-01]
    python -m kb new pytorch weight-init 权重初始化 --date 2023-08-01

Missing arguments are asked for. The result passes `make test` unchanged; then edit it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import yaml

from kb import settings
from kb.models import declared_names
from kb.paths import REPO

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

PAGE = """---
title: {title}
date: {date}
tags:
  - {tag}
---

# {title}

先用一两句话说清这个概念是什么、为什么学深度学习的人需要它。

## 第一个例子 {{#first-example}}

用文字讲清要点，再给出代码；代码的输出会显示在代码正下方。

--8<-- "{section}/{topic}/first_example.py"

说明输出里的数值说明了什么。每页至少有一张由代码画出的图，放在读者宁愿看图而不愿读字的地方：

![用一句话写出图里画了什么：两根柱子，分别是 x 两行的和](../figures/{section}/{topic}/first_example.svg)

## 小结

- 本页最重要的结论，一条一句。

## 练习

1. 把 `x` 的形状改成 `(4, 3)`，按行求和之后的形状是什么？先预测，再运行。

    ??? success "答案"

        --8<-- "{section}/{topic}/ex_shape.py"

        按行求和去掉了第 1 维，剩下的长度等于行数。

2. 改成按列求和（`dim=0`），结果的形状是什么？

    ??? success "答案"

        --8<-- "{section}/{topic}/ex_columns.py"

        按列求和去掉了第 0 维，剩下的长度等于列数。

## 参考

- 在这里列出论文（带章节、图表编号）和官方文档的链接。

<!-- 若本页来自 2023 年的笔记并改正了其中的错误，在最后加一节
## 与原笔记的出入 {{#notes-2023}}
把每处改正及其证据收在一个折叠块里（“原笔记”只在这一节出现）。 -->
"""

SNIPPET = '''"""{title}：{what}"""

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.randn({shape}).to(device)  # 在 CPU 上用固定种子生成，再搬到设备上
sums = x.sum(dim={dim})

print("x 的形状:", tuple(x.shape))
print("求和后的形状:", tuple(sums.shape))

# 检查
assert sums.shape == ({expected},)
'''
FIGURE = '''"""{title}：{what}"""

import matplotlib.pyplot as plt
import torch

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.randn({shape}).to(device)  # 在 CPU 上用固定种子生成，再搬到设备上
sums = x.sum(dim={dim}).cpu()

print("x 的形状:", tuple(x.shape))
print("求和后的形状:", tuple(sums.shape))
print("每行的和:", [round(v, 2) for v in sums.tolist()])

# 图：画出打印的数值（SVG，手机上也看得清）
fig, ax = plt.subplots(figsize=(6.4, 3.2))
ax.bar([f"第 {{i}} 行" for i in range(len(sums))], sums.tolist(), color="tab:blue")
ax.set_ylabel("这一行的和", fontsize=13)
ax.tick_params(labelsize=12)
fig.tight_layout()
plt.savefig("first_example.svg")

# 检查
assert sums.shape == ({expected},)
'''
SNIPPETS = {
    "first_example": ("第一个例子（把它改成本页要讲的内容）。", "2, 3", 1, 2),
    "ex_shape": ("练习 1 的答案：按行求和。", "4, 3", 1, 4),
    "ex_columns": ("练习 2 的答案：按列求和。", "2, 3", 0, 3),
}


def sections(mkdocs_yml: Path) -> dict[str, str]:
    """{section folder: its title in the nav}, read from mkdocs.yml (the one place nav titles live)."""
    config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_Loader)
    found = {}
    for entry in config.get("nav", []):
        for title, value in entry.items() if isinstance(entry, dict) else []:
            pages = [p for p in value if isinstance(p, str)] if isinstance(value, list) else []
            folders = {p.split("/")[0] for p in pages if "/" in p}
            if len(folders) == 1:
                found[folders.pop()] = title
    return found


class _Loader(yaml.SafeLoader):  # mkdocs.yml uses !ENV tags
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def ask(value: str | None, prompt: str) -> str:
    return value if value else input(prompt).strip()


def add_to_nav(mkdocs_yml: Path, title: str, page: str) -> None:
    lines = mkdocs_yml.read_text(encoding="utf-8").splitlines()
    header = f"  - {title}:"
    if header in lines:
        i = lines.index(header) + 1
        while i < len(lines) and lines[i].startswith("      - "):
            i += 1
        lines.insert(i, f"      - {page}")
    else:
        lines.insert(_end_of_content(lines), f"{header}\n      - {page}")
    mkdocs_yml.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _end_of_content(lines: list[str]) -> int:
    """A new section goes after the last content section: before 时间线 (what follows the content)."""
    for i, line in enumerate(lines):
        if line.startswith("  - 时间线"):
            return i
    return len(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("section", nargs="?", help="a section folder, e.g. pytorch (or a new one)")
    parser.add_argument("topic", nargs="?", help="kebab-case file name, e.g. weight-init")
    parser.add_argument("title", nargs="?", help="the page title, in Chinese")
    parser.add_argument("--date", default=None, help="date of the original note (default: today)")
    parser.add_argument("--root", default=str(REPO), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    root = Path(args.root)
    known = sections(root / "mkdocs.yml")
    section = ask(args.section, f"section ({', '.join(known)}): ")
    topic = ask(args.topic, "topic (kebab-case, e.g. weight-init): ")
    title = ask(args.title, "中文标题: ")
    date = args.date or dt.date.today().isoformat()
    for name, value in (("section", section), ("topic", topic)):
        if not SLUG.match(value):
            sys.exit(f"{name} '{value}' must be lower-case kebab-case (letters, digits, '-')")
    dt.date.fromisoformat(date)

    layout = settings.load(root)
    page = layout.docs / section / f"{topic}.md"
    folder = layout.snippets / section / topic
    if page.exists() or folder.exists():
        sys.exit(f"{page.relative_to(root)} or {folder.relative_to(root)} already exists")
    page.parent.mkdir(parents=True, exist_ok=True)
    folder.mkdir(parents=True)
    tag = "PyTorch"  # the snippets use torch; see docs/tags.md for the tag rule
    page.write_text(PAGE.format(title=title, date=date, tag=tag, section=section, topic=topic), encoding="utf-8")
    for name, (what, shape, dim, expected) in SNIPPETS.items():
        template = FIGURE if name == "first_example" else SNIPPET
        text = template.format(title=title, what=what, shape=shape, dim=dim, expected=expected)
        (folder / f"{name}.py").write_text(text, encoding="utf-8")
    add_to_nav(root / "mkdocs.yml", known.get(section, section), f"{section}/{topic}.md")

    # the outputs are recorded by the harness, the only way .out files are made
    # (the pytest plugin, kb/pytest_plugin, collects the snippets of the knowledge base at root)
    record = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:xdist", "-q", "--update", f"--kb-root={root}", "--only", str(folder)]
        + [str(folder)],
        cwd=root,
    )
    print(f"\ncreated {page.relative_to(root)}, {folder.relative_to(root)}/ (3 snippets + outputs), nav entry")
    print(
        f"next: edit them, then `make update SNIPPET={folder.relative_to(root)}` and `make test ONLY={page.relative_to(root)}`"
    )
    declared = ", ".join(sorted(declared_names(root))) or "none yet"
    print(
        f"models: a snippet loads a model by its public name offline when models/ declares it ({declared}); "
        "for another one, write models/<id>.toml (CONTRIBUTING.md, 「声明一个模型」)"
    )
    return record.returncode


if __name__ == "__main__":
    sys.exit(main())
