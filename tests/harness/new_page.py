"""Scaffold a new note: page, first snippet, its recorded output, and the nav entry.

    make new SECTION=pytorch TOPIC=weight-init TITLE="权重初始化" [DATE=2023-08-01]
    python -m tests.harness.new_page pytorch weight-init 权重初始化 --date 2023-08-01

Missing arguments are asked for. The result passes `make test` unchanged; then edit it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SECTIONS = {
    "pytorch": "PyTorch 基础",
    "bert": "BERT 与 Transformers",
    "pretrained": "预训练语言模型",
    "ie": "信息抽取",
    "math": "数学基础",
    "python": "Python 工程",
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

PAGE = """---
title: {title}
date: {date}
tags:
  - {tag}
---

# {title}

这里写本页的要点：先用一两句话说清结论，再用代码证明它。

## 第一个例子 {{#first-example}}

=== "代码"

    ```python title="snippets/{section}/{topic}/first_example.py"
    --8<-- "{section}/{topic}/first_example.py"
    ```

=== "输出"

    ```text title="snippets/{section}/{topic}/first_example.out"
    --8<-- "{section}/{topic}/first_example.out"
    ```

## 参考

- 在这里列出论文（带章节、图表编号）和官方文档的链接。
"""

SNIPPET = '''"""{title}：第一个例子（把它改成本页要证明的结论）。"""

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.randn(2, 3).to(device)  # 在 CPU 上用固定种子生成，再搬到设备上
row_sums = x.sum(dim=1)

print("形状:", tuple(x.shape))
print("按行求和后的形状:", tuple(row_sums.shape))

# 页面上的结论写成断言
assert row_sums.shape == (2,)
'''


def ask(value: str | None, prompt: str) -> str:
    return value if value else input(prompt).strip()


def add_to_nav(mkdocs_yml: Path, section: str, page: str) -> None:
    text = mkdocs_yml.read_text(encoding="utf-8")
    title = SECTIONS.get(section, section)
    lines = text.splitlines()
    header = f"  - {title}:"
    if header in lines:
        i = lines.index(header) + 1
        while i < len(lines) and lines[i].startswith("      - "):
            i += 1
        lines.insert(i, f"      - {page}")
    else:
        lines += [header, f"      - {page}"]
    mkdocs_yml.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("section", nargs="?", help=f"one of {', '.join(SECTIONS)} (or a new one)")
    parser.add_argument("topic", nargs="?", help="kebab-case file name, e.g. weight-init")
    parser.add_argument("title", nargs="?", help="the page title, in Chinese")
    parser.add_argument("--date", default=None, help="date of the original note (default: today)")
    parser.add_argument("--root", default=str(REPO), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    root = Path(args.root)
    section = ask(args.section, f"section ({', '.join(SECTIONS)}): ")
    topic = ask(args.topic, "topic (kebab-case, e.g. weight-init): ")
    title = ask(args.title, "中文标题: ")
    date = args.date or dt.date.today().isoformat()
    for name, value in (("section", section), ("topic", topic)):
        if not SLUG.match(value):
            sys.exit(f"{name} '{value}' must be lower-case kebab-case (letters, digits, '-')")
    dt.date.fromisoformat(date)

    page = root / "docs" / section / f"{topic}.md"
    folder = root / "snippets" / section / topic
    if page.exists() or folder.exists():
        sys.exit(f"{page.relative_to(root)} or {folder.relative_to(root)} already exists")
    page.parent.mkdir(parents=True, exist_ok=True)
    folder.mkdir(parents=True)
    fields = {"title": title, "date": date, "tag": SECTIONS.get(section, section), "section": section, "topic": topic}
    page.write_text(PAGE.format(**fields), encoding="utf-8")
    (folder / "first_example.py").write_text(SNIPPET.format(**fields), encoding="utf-8")
    add_to_nav(root / "mkdocs.yml", section, f"{section}/{topic}.md")

    # the output is recorded by the harness, the only way .out files are made
    record = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:xdist",
            "-q",
            "--update",
            f"--kb-root={root}",
            "--only",
            str(folder),
            "tests/test_snippets.py",
        ],
        cwd=REPO,
    )
    print(f"\ncreated {page.relative_to(root)}, {folder.relative_to(root)}/first_example.py (+ .out), nav entry")
    print(
        f"next: edit them, then `make update SNIPPET={folder.relative_to(root)}` and `make test ONLY={page.relative_to(root)}`"
    )
    return record.returncode


if __name__ == "__main__":
    sys.exit(main())
