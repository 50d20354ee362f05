"""The engine's page tests (`make check`): the include parser and its rendering, the lesson's shape and other page
checks, broken links in the strict build, the `make new` scaffold, page notebooks and the date line."""

from __future__ import annotations

import subprocess
import sys

from kb.pages import checks
from kb.paths import REPO
from tests.test_mistakes import _write

# ---------------------------------------------------------------- page checks, links and the scaffold


def test_line_range_include_is_rejected(tmp_path):
    _write(tmp_path, "snippets/a/b/c.py", "print(1)\n")
    _write(tmp_path, "docs/a.md", '```python\n--8<-- "a/b/c.py:1:3"\n```\n')
    errors = checks.parse_page(tmp_path, tmp_path / "docs" / "a.md").errors
    assert any("docs/a.md:2: include by line numbers" in e for e in errors)


def test_scaffold_makes_a_passing_page(tmp_path):
    """`make new` creates page, snippet, recorded output and nav entry; the page passes its checks."""
    from kb.tools import new_page

    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("nav:\n  - 首页: index.md\n  - PyTorch 基础:\n      - pytorch/dropout.md\n")
    assert new_page.main(["pytorch", "weight-init", "权重初始化", "--date", "2023-08-01", "--root", str(tmp_path)]) == 0
    page = tmp_path / "docs" / "pytorch" / "weight-init.md"
    folder = tmp_path / "snippets" / "pytorch" / "weight-init"
    out = folder / "first_example.out"
    assert out.read_text(encoding="utf-8").startswith("x 的形状: (2, 3)\n求和后的形状: (2,)\n每行的和: [")
    assert (tmp_path / "build" / "figures" / "pytorch" / "weight-init" / "first_example.svg").exists()  # drawn
    assert (folder / "ex_shape.out").read_text(encoding="utf-8") == "x 的形状: (4, 3)\n求和后的形状: (4,)\n"
    assert (folder / "ex_columns.out").read_text(encoding="utf-8") == "x 的形状: (2, 3)\n求和后的形状: (3,)\n"
    assert checks.parse_page(tmp_path, page).errors == []  # includes the lesson's shape: 小结, 练习 with answers, 参考
    assert checks.orphans(tmp_path, [checks.parse_page(tmp_path, page)]) == []
    from kb.tools import typography

    assert typography.check(page.read_text(encoding="utf-8")) == []
    nav = (tmp_path / "mkdocs.yml").read_text()
    assert "      - pytorch/dropout.md\n      - pytorch/weight-init.md\n" in nav


def test_broken_links_fail_the_build(tmp_path):
    """Internal links, anchors and images are checked by the strict build with the site's settings."""
    import yaml

    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    validation = yaml.safe_load(text[text.index("validation:") : text.index("\ntheme:")])["validation"]
    config = {
        "site_name": "t",
        "strict": True,
        "validation": validation,
        "markdown_extensions": ["attr_list", "toc"],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _write(
        tmp_path, "docs/index.md", "# 首页\n\n[页面](missing.md)、[锚点](#no-such-anchor)\n\n![图](img/missing.png)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0
    for expected in ("'missing.md'", "'#no-such-anchor'", "'img/missing.png'"):
        assert expected in proc.stderr and "index.md" in proc.stderr, proc.stderr


# ---------------------------------------------------------------- the include line and the lesson's shape


def test_include_line_renders_code_with_output_under_it():
    from kb.pages.include import render, snippet_includes

    page = '# 页\n\n--8<-- "a/b/c.py"\n\n1. 练习\n\n    ??? success "答案"\n\n        --8<-- "a/b/ex.py"\n\n```text\n--8<-- "a/b/raw.txt"\n```\n'
    assert snippet_includes(page) == ["a/b/c.py", "a/b/ex.py"]
    out = render(page, lambda rel: rel != "a/b/ex.out")
    assert (
        '```python title="snippets/a/b/c.py"\n--8<-- "a/b/c.py"\n```\n\n``` { .text .kb-output .no-copy }\n--8<-- "a/b/c.out"\n```'
        in out
    )
    # indented (a collapsed answer); no output block for a snippet that prints nothing
    assert '        ```python title="snippets/a/b/ex.py"\n        --8<-- "a/b/ex.py"\n        ```\n\n```text' in out
    assert '```text\n--8<-- "a/b/raw.txt"\n```' in out  # a raw include inside a fence is left alone


LESSON_PAGE = """---
date: 2023-01-01
---

# 页

正文。

![一张图](../figures/a/b/fig.svg)

## 小结

- 要点。

## 练习

1. 题。

    ??? success "答案"

        --8<-- "a/b/ex1.py"

2. 题。

    ??? success "答案"

        解释，没有代码。

## 参考

- 文档。

## 与原笔记的出入

??? note "展开"

    - **原笔记**：……
"""


def test_lesson_shape_is_checked():
    assert checks.lesson_problems("p.md", LESSON_PAGE) == [
        "p.md:25: this 答案 block includes no snippet: the answer is code that runs"
    ]
    no_figure = LESSON_PAGE.replace("![一张图](../figures/a/b/fig.svg)", "![一张外链图](https://example.com/a.svg)")
    assert any(e.startswith("p.md: no figure: a topic page shows") for e in checks.lesson_problems("p.md", no_figure))
    no_summary = LESSON_PAGE.replace("## 小结", "## 总结")
    assert any("no `## 小结` section" in e for e in checks.lesson_problems("p.md", no_summary))
    notes_in_text = LESSON_PAGE.replace("正文。", "原笔记说错了。")
    assert any(
        e.startswith("p.md:7: the 2023 notes are named in the main text")
        for e in checks.lesson_problems("p.md", notes_in_text)
    )
    one_exercise = LESSON_PAGE.replace('    ??? success "答案"\n\n        解释，没有代码。\n', "")
    assert any("1 exercise answer(s)" in e for e in checks.lesson_problems("p.md", one_exercise))


def test_boolean_lines_are_counted(tmp_path):
    _write(tmp_path, "snippets/a/b/c.out", "tensor([1., 0.])\nTrue\n相等: False\n是 True 的概率 0.5\n")
    found, total, where = checks.boolean_lines(tmp_path)
    assert (found, total) == (2, 4) and where[0] == "snippets/a/b/c.out:2: True"


def test_page_notebook_holds_recorded_outputs_and_figures(tmp_path):
    import nbformat

    from kb.site.notebooks import page_notebook

    _write(tmp_path, "snippets/a/b/c.py", 'import matplotlib.pyplot as plt\nprint("画图")\nplt.savefig("c.svg")\n')
    _write(tmp_path, "snippets/a/b/c.out", "画图\n")
    _write(tmp_path, "build/figures/a/b/c.svg", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')
    nb = nbformat.reads(page_notebook(tmp_path, "标题", "a/b.md", ["a/b/c.py"]), as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code) == 1 and code[0].source.endswith('plt.savefig("c.svg")')
    assert code[0].outputs[0].text == "画图\n" and "image/svg+xml" in code[0].outputs[1].data


def test_the_date_line_says_whether_a_page_comes_from_a_2023_note():
    from kb.site import timeline

    new = timeline.origin_line("# 页\n\n正文。\n", "2026-12-03", "../", None, None)
    assert "写于：2026-12-03 · [时间线](../timeline.md)" in new
    old = timeline.origin_line("# 页\n\n正文。\n\n## 与原笔记的出入\n", "2023-05-31", "../", None, None)
    assert "原始笔记：2023-05-31" in old
