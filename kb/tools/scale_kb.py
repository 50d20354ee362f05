"""A synthetic knowledge base of any size, in the real shape, for the scale bench (kb/tools/bench_scale.py).

`generate(root, n)` writes n snippets over proportionate topic pages (about 7.7 snippets a page, ten pages a
section): mkdocs.yml derived from the repository's (the same plugins, `kb` included; a nav of the synthetic
pages), the home page, tags and timeline pages, a landing page per section, and topic pages in the lesson's
shape (the idea, code with its output and a figure, 小结, 练习 with two answers that are snippets, 参考, then the closing
与原笔记的出入). The snippets come from kb/tools/scale_snippets.py; their outputs are recorded by the engine
(`record`), never written here.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from kb.paths import REPO
from kb.tools.scale_snippets import snippet_source

SNIPPETS_PER_PAGE = 7.7
PAGES_PER_SECTION = 10
TAGS = ("算术", "字符串", "数组", "张量", "计数")


@dataclass(frozen=True)
class Topic:
    section: str  # "s01"
    slug: str  # "t0001"
    number: int  # 1-based over the whole KB
    names: tuple[str, ...]  # snippet file stems; the last two are the exercise answers

    @property
    def page(self) -> str:  # relative to docs/
        return f"{self.section}/{self.slug}.md"

    @property
    def title(self) -> str:
        return f"合成主题 {self.number}"


def layout(n: int) -> list[Topic]:
    """n snippets over round(n / 7.7) pages (at least two, so that every tag is shared), ten pages a section."""
    pages = max(2, round(n / SNIPPETS_PER_PAGE))
    if n < 3 * pages:
        raise ValueError(f"{n} snippets are too few for {pages} pages (each has one example and two answers)")
    base, extra = divmod(n, pages)
    topics = []
    for i in range(pages):
        count = base + (i < extra)
        names = tuple(f"step_{k}" for k in range(1, count - 1)) + ("ex_1", "ex_2")
        topics.append(Topic(f"s{i // PAGES_PER_SECTION + 1:02d}", f"t{i + 1:04d}", i + 1, names))
    return topics


# ---------------------------------------------------------------- pages

PAGE_HEAD = """---
title: {title}
date: {date}
tags:
  - {tag}
  - 合成
---

# {title}

这一页是规模测试生成的第 {number} 个主题。先说清想法：把一个小问题拆成几步，每一步都用一段能直接运行的代码验证，输出就显示在代码下方。{math}
"""
PAGE_STEP = """
## 第 {k} 步 {{#step-{k}}}

先说明这一步要看什么，再给出代码。

--8<-- "{rel}"

输出里的数值就是这一步的结论：读者可以改动开头的参数，再运行一次对照。
"""
PAGE_TAIL = """
## 小结

- 每一步都由一段代码验证，输出与记录一致。
- 结论写在输出里，断言放在 `# 检查` 之后。

## 练习

1. 改动第一段代码的参数，先预测输出，再运行。

    ??? success "答案"

        --8<-- "{ex1}"

        答案也是一段被运行、被比对的代码。

2. 换一组输入，结论还成立吗？

    ??? success "答案"

        --8<-- "{ex2}"

        同一个断言在新的输入上仍然成立。

## 参考

- [Python 官方文档](https://docs.python.org/zh-cn/3/)

## 与原笔记的出入 {{#notes-2023}}

??? note "本页与原笔记的 1 处不同（展开）"

    - **原笔记**：这是生成的页面，没有原笔记。**实际**：这一节只为保持页面的结构。
"""
MATH = "设第 $i$ 项为 $a_i = a_1 + (i-1)d$，前 $n$ 项之和为 $\\frac{n(a_1 + a_n)}{2}$。"


def page_text(topic: Topic, pages: int) -> str:
    date = dt.date(2023, 1, 1) + dt.timedelta(days=topic.number % 365)
    tag = TAGS[min(topic.number - 1, pages - 2) // 2 % len(TAGS)]  # pages in pairs: every tag is shared
    rels = [f"{topic.section}/{topic.slug}/{name}.py" for name in topic.names]
    math_line = MATH if topic.number % 3 == 0 else ""
    text = PAGE_HEAD.format(title=topic.title, date=date, tag=tag, number=topic.number, math=math_line)
    text += "".join(PAGE_STEP.format(k=k, rel=rel) for k, rel in enumerate(rels[:-2], 1))
    text = text.replace(  # the figure the first step draws, right under its output
        "对照。\n",
        f"对照。\n\n![第 1 步画出的柱状图：三根柱子的高度就是输出里的三个数](../figures/{topic.section}/{topic.slug}/step.svg)\n",
        1,
    )
    return text + PAGE_TAIL.format(ex1=rels[-2], ex2=rels[-1])


def landing_text(section: str, topics: list[Topic]) -> str:
    items = "\n".join(f"{i}. [{t.title}]({t.slug}.md)：第 {t.number} 个主题。" for i, t in enumerate(topics, 1))
    return f"---\ntitle: 第 {section[1:]} 部分\n---\n\n# 第 {section[1:]} 部分\n\n本部分的阅读顺序：\n\n{items}\n"


def home_text(sections: list[str]) -> str:
    items = "\n".join(f"- [第 {s[1:]} 部分]({s}/index.md)" for s in sections)
    return f"---\ntitle: 首页\n---\n\n# 规模测试\n\n规模测试生成的知识库，结构与本站相同。\n\n{items}\n"


FIXED_PAGES = {
    "tags.md": "---\ntitle: 标签\n---\n\n# 标签\n\n<!-- material/tags -->\n",
    "timeline.md": "---\ntitle: 时间线\n---\n\n# 时间线\n\n<!-- timeline -->\n",
}


def mkdocs_yml(by_section: dict[str, list[Topic]]) -> str:
    """The repository's mkdocs.yml with the synthetic nav, and paths that pointed into the repository absolute."""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n")[0]
    text = text.replace("jieba_dict_user: kb/site/", f"jieba_dict_user: {REPO}/kb/site/")
    nav = ["nav:", "  - 首页: index.md"]
    for section, topics in by_section.items():
        nav += [f"  - 第 {section[1:]} 部分:", f"      - {section}/index.md"]
        nav += [f"      - {t.page}" for t in topics]
    nav += ["  - 时间线: timeline.md", "  - 标签: tags.md"]
    return text + "\n" + "\n".join(nav) + "\n"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def generate(root: Path, n: int) -> list[Topic]:
    """Write a KB of n snippets (without recorded outputs) under root; returns its topics."""
    topics = layout(n)
    by_section: dict[str, list[Topic]] = {}
    for t in topics:
        by_section.setdefault(t.section, []).append(t)
    k = 0
    for t in topics:
        _write(root / "docs" / t.page, page_text(t, len(topics)))
        for name in t.names:
            _write(root / "snippets" / t.section / t.slug / f"{name}.py", snippet_source(k, figure=name == "step_1"))
            k += 1
    for section, members in by_section.items():
        _write(root / "docs" / section / "index.md", landing_text(section, members))
    _write(root / "docs" / "index.md", home_text(list(by_section)))
    for name, text in FIXED_PAGES.items():
        _write(root / "docs" / name, text)
    shutil.copytree(REPO / "docs" / "stylesheets", root / "docs" / "stylesheets")
    _write(root / "mkdocs.yml", mkdocs_yml(by_section))
    _write(root / ".gitignore", "/build/\n/site/\n")
    return topics


def engine_env() -> dict[str, str]:
    """The environment for the engine's own commands: this checkout's kb/ first (also for MkDocs' plugin)."""
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH", "")]))
    # without CI: with CI=true every run would ignore the caches that the re-runs measure
    return {**{k: v for k, v in os.environ.items() if k != "CI"}, "PYTHONPATH": path}


def record(root: Path, jobs: int) -> None:
    """Record every snippet's output with the engine's update path (`make update` on the synthetic tree)."""
    cmd = [sys.executable, "-m", "pytest", "-q", "--update", f"--kb-root={root}", str(root / "snippets")]
    cmd += ["-p", "no:xdist"] if jobs <= 1 else ["-n", str(jobs)]
    proc = subprocess.run(cmd, cwd=REPO, env=engine_env(), capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"recording the synthetic KB's outputs failed:\n{proc.stdout[-4000:]}")


def commit(root: Path) -> None:
    """A git repository holding the KB (the suite cache lists files with git; the build reads page dates)."""
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@localhost", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q", "-b", "main"], cwd=root, check=True)
    subprocess.run([*git, "add", "-A"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "synthetic knowledge base"], cwd=root, check=True)
