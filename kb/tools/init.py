"""`python -m kb init DIR`: a new knowledge base, outside this repository, verified by this engine.

It writes one page that shows one snippet, the snippet, `mkdocs.yml` using the engine's MkDocs plugin (`kb`),
and a `pyproject.toml` that depends on this package and says where the parts live (`[tool.kb]`, kb/settings.py)
and where pytest finds its tests (the engine's pytest plugin collects the snippets and pages). Then it records
the snippet's output the only way outputs are made, by running it (`pytest --update`), and prints the two
commands that check it: `pytest` and `mkdocs build --strict`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from kb.paths import REPO, version

MKDOCS_YML = """\
site_name: {name}
strict: true
theme:
  name: material
  language: zh
  font: false
plugins:
  - search
  - kb:  # the engine's site build: each snippet's code with its recorded output and badge
      notebooks: false  # a notebook per page needs the mkdocs-jupyter plugin (see the engine's mkdocs.yml)
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - pymdownx.details
  - pymdownx.highlight
  - pymdownx.superfences
  - pymdownx.arithmatex:
      generic: true
  - pymdownx.snippets:
      base_path: [snippets]  # = [tool.kb] snippets in pyproject.toml
      check_paths: true
"""

PYPROJECT = """\
[project]
name = "{name}"
version = "0.1.0"
requires-python = ">=3.11"
# the engine: its pytest plugin verifies the snippets and pages, its MkDocs plugin builds the site
dependencies = ["{engine}"]

[tool.kb]  # where the parts live (these are the defaults; kb/settings.py)
docs = "docs"
snippets = "snippets"
build = "build"
models = "models"

[tool.pytest.ini_options]
testpaths = ["snippets", "docs"]  # every snippet (x.py::cpu) and every page (x.md::page)
addopts = "-ra -p no:cacheprovider"
"""

PAGE = """\
# {name}

每段代码都是 `snippets/` 下的一个文件，测试运行它，并把它的输出与记录下来的输出比对；页面上的输出就是那份记录。

--8<-- "start/first/sum_of_squares.py"

新建一段代码：写 `snippets/<栏目>/<主题>/<名字>.py`，在页面上用一行 include 引用它，再运行
`pytest --update snippets/<栏目>/<主题>/<名字>.py` 记录它的输出。
"""

SNIPPET = """\
# 1² + 2² + … + n² 等于 n(n+1)(2n+1)/6：逐项相加与公式给出同一个数
n = 10
total = sum(k * k for k in range(1, n + 1))
formula = n * (n + 1) * (2 * n + 1) // 6
print(f"1..{n} 的平方和：逐项相加 {total}，公式 {formula}")

# 检查
assert total == formula
"""

GITIGNORE = "build/\nsite/\n.cache/\n__pycache__/\n"


def engine_requirement() -> str:
    """How the new tree depends on this engine: its distribution, at the installed version."""
    installed = version("dl-notes")
    return f"dl-notes=={installed}" if installed else "dl-notes"


def write(root: Path, name: str) -> list[Path]:
    files = {
        "mkdocs.yml": MKDOCS_YML.format(name=name),
        "pyproject.toml": PYPROJECT.format(name=root.name.lower().replace("_", "-"), engine=engine_requirement()),
        "docs/index.md": PAGE.format(name=name),
        "snippets/start/first/sum_of_squares.py": SNIPPET,
        ".gitignore": GITIGNORE,
    }
    written = []
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m kb init", description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path, help="the new knowledge base's folder (must not exist, or be empty)")
    parser.add_argument("--name", default="我的深度学习笔记", help="the site's name")
    args = parser.parse_args(argv)
    root = args.dir.resolve()
    if root.exists() and any(root.iterdir()):
        print(f"{root} is not empty: kb init makes a new knowledge base in a new folder", file=sys.stderr)
        return 2
    if REPO in [root, *root.parents]:
        print(f"{root} is inside the engine's repository {REPO}: make it elsewhere", file=sys.stderr)
        return 2
    for path in write(root, args.name):
        print(f"created {path.relative_to(root)}")
    # the output is recorded by running the snippet (the engine's pytest plugin, --update), never written by hand
    record = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "--update", "snippets"], cwd=root)
    if record.returncode != 0:
        return record.returncode
    print(f"\n{root}: check it with `pytest` (snippets and pages) and `mkdocs build --strict` (the site)")
    return 0
