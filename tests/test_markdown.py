"""The one Markdown scanner (kb/pages/markdown.py): fences close by one rule, and the page checks and the include
line see the same fences, headings, includes, 答案 blocks, figures and front matter.

Several cases are ones the page checks' former regexes got wrong: a "```python" line closing a fence, a heading
or a figure inside a fence, a quoted `"date":` key, a `## ` comment in the front matter."""

from __future__ import annotations

import datetime
from pathlib import Path

from kb.pages import checks, markdown
from kb.pages.include import includes, render, snippet_includes
from kb.pages.markdown import Answer, Fence, Figure, FrontMatter, Heading

LESSON = """---
date: 2023-01-01
---

# 页

![一张图](../figures/a/b/fig.svg)

## 小结

- 要点。

## 练习

1. 题。

    ??? success "答案"

        --8<-- "a/b/ex1.py"

2. 题。

    ??? success "答案"

        --8<-- "a/b/ex2.py:part"

## 参考

- 文档。
"""


def _of(kind: type, text: str) -> list:
    return [item for item in markdown.scan(text) if isinstance(item, kind)]


def _page(root: Path, text: str, name: str = "docs/p.md") -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_lesson_page_passes():  # the base every case below changes in one place
    assert checks.lesson_problems("p.md", LESSON) == []


def test_a_fence_closes_only_on_a_bare_fence_of_its_char_at_least_as_long():
    text = "```text\n```python\n## 参考\n````\n"  # four backticks close three
    (fence,) = _of(Fence, text)
    assert (fence.line, fence.info, fence.body, fence.closed) == (1, "text", ("```python", "## 参考"), True)
    assert _of(Heading, text) == []
    (fence,) = _of(Fence, "````markdown\n```\n````\n")  # three backticks do not close four
    assert fence.body == ("```",) and fence.closed
    (fence,) = _of(Fence, "    ~~~\n    ```\n    ~~~ \n")  # indented (in a list), closed by its own char
    assert (fence.indent, fence.body, fence.closed) == ("    ", ("    ```",), True)


def test_info_strings():
    assert _of(Fence, "``` a`b\n```\n")[0].body == ()  # a backtick in the info: no fence; the second line opens one
    assert not _of(Fence, "``` a`b\n```\n")[0].closed
    (fence,) = _of(Fence, "~~~ a`b\nx\n~~~\n")  # a tilde fence may hold one
    assert (fence.info, fence.body, fence.closed) == ("a`b", ("x",), True)


def test_a_lesson_page_may_show_a_fence_inside_a_fence():
    """The former section scan closed the ```text fence on "```python", took the `## 参考` in it for the
    section and lost every section after it."""
    page = LESSON.replace("- 要点。\n", "- 要点。\n\n```text\n```python\n## 参考\n```\n")
    assert checks.lesson_problems("p.md", page) == []
    assert [h.title for h in _of(Heading, page) if h.level == 2] == ["小结", "练习", "参考"]


def test_a_heading_in_a_tilde_fence_is_code():
    page = LESSON.replace("## 参考\n", "~~~markdown\n## 参考\n~~~\n")
    assert any("no `## 参考` section" in e for e in checks.lesson_problems("p.md", page))


def test_a_figure_in_a_fence_is_code():
    """The former check searched the raw text, fences included."""
    page = LESSON.replace("![一张图](../figures/a/b/fig.svg)", "```markdown\n![一张图](../figures/a/b/fig.svg)\n```")
    assert any(e.startswith("p.md: no figure:") for e in checks.lesson_problems("p.md", page))
    assert _of(Figure, LESSON) == [Figure(7, "一张图", "../figures/a/b/fig.svg")]


def test_headings():
    text = "# 页 {#top}\n## 小结 ##\n### C#\n#标签\n    ## 代码块里的\n   ## 三个空格\n"
    assert [(h.line, h.level, h.title) for h in _of(Heading, text)] == [
        (1, 1, "页"),
        (2, 2, "小结"),
        (3, 3, "C#"),
        (6, 2, "三个空格"),
    ]


def test_front_matter_is_read_as_yaml():
    (front,) = _of(FrontMatter, LESSON)
    assert front.data == {"date": datetime.date(2023, 1, 1)} and front.error is None
    # a YAML comment is no heading; `...` ends the front matter too
    (front,) = _of(FrontMatter, "---\n## 练习\ntags: [a]\n...\n# 页\n")
    assert (front.line, front.data) == (4, {"tags": ["a"]})
    assert [h.title for h in _of(Heading, "---\n## 练习\ntags: [a]\n...\n# 页\n")] == ["页"]
    assert _of(FrontMatter, "---\n\n# 页\n") == []  # never closed: a thematic break, not front matter


def test_a_quoted_date_key_makes_a_topic_page(tmp_path):
    quoted = LESSON.replace("date: 2023-01-01", '"date": 2023-01-01').replace("## 小结", "## 总结")
    errors = checks.parse_page(tmp_path, _page(tmp_path, quoted)).errors
    assert any("no `## 小结` section" in e for e in errors)


def test_front_matter_mkdocs_cannot_read_is_an_error(tmp_path):
    page = _page(tmp_path, "---\ndate: [2023\n---\n\n# 页\n")
    errors = checks.parse_page(tmp_path, page).errors
    assert len(errors) == 1 and errors[0].startswith("docs/p.md:1: the front matter is not valid YAML")
    page = _page(tmp_path, "---\n- a list\n---\n\n# 页\n")
    assert checks.parse_page(tmp_path, page).errors[0].startswith("docs/p.md:1: the front matter is not a mapping")
    assert checks.parse_page(tmp_path, _page(tmp_path, "---\ntags: [a]\n---\n\n# 页\n")).errors == []


def test_answer_blocks_hold_the_includes_inside_them():
    (first, second) = sorted(_of(Answer, LESSON), key=lambda a: a.line)
    assert (first.line, first.indent, [i.spec for i in first.includes]) == (17, 4, ["a/b/ex1.py"])
    assert [i.spec for i in second.includes] == ["a/b/ex2.py:part"]
    # the block ends at the first line indented no deeper than `???`: the include after it is not the answer's
    page = LESSON.replace('        --8<-- "a/b/ex1.py"', '    --8<-- "a/b/ex1.py"')
    assert "p.md:17: this 答案 block includes no snippet: the answer is code that runs" in checks.lesson_problems(
        "p.md", page
    )
    in_fence = '```markdown\n??? success "答案"\n\n    --8<-- "a/b/x.py"\n```\n'
    assert _of(Answer, in_fence) == []  # an admonition shown as code is code


def test_include_lines_in_and_out_of_fences():
    text = '````markdown\n```python\n--8<-- "a/b/shown.py"\n```\n````\n\n  --8<-- "a/b/c.py"\n'
    assert [(i.line, i.indent, i.target, i.in_fence) for i in includes(text)] == [
        (3, "", "a/b/shown.py", True),
        (7, "  ", "a/b/c.py", False),
    ]
    assert snippet_includes(text) == ["a/b/c.py"]
    rendered = render(text, lambda rel: False)
    assert '```python\n--8<-- "a/b/shown.py"\n```\n````' in rendered  # the raw include in a fence is left alone
    assert '  ```python title="snippets/a/b/c.py"\n  --8<-- "a/b/c.py"\n  ```' in rendered


def test_an_unclosed_fence_is_reported_at_its_opening_line(tmp_path):
    page = _page(tmp_path, "# 页\n\n```text\n```python\n")  # "```python" does not close it
    assert checks.parse_page(tmp_path, page).errors == ["docs/p.md:3: code fence is never closed"]


def test_a_python_fence_may_hold_only_an_include_line(tmp_path):
    ok = checks.parse_page(tmp_path, _page(tmp_path, '```python\n--8<-- "a/b/c.txt"\n```\n'))
    assert not any("inline Python fence" in e for e in ok.errors)
    code = checks.parse_page(tmp_path, _page(tmp_path, '```python\nprint("--8<--")\n```\n'))
    assert any(e.startswith("docs/p.md:1: inline Python fence") for e in code.errors)


def test_snippets_come_from_the_settings(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.kb]\nsnippets = "code"\n')
    (tmp_path / "code/a/b").mkdir(parents=True)
    (tmp_path / "code/a/b/c.py").write_text("print(1)\n")
    (tmp_path / "code/a/b/lost.py").write_text("print(2)\n")
    (tmp_path / "code/a/b/c.out").write_text("True\n")
    page = checks.parse_page(tmp_path, _page(tmp_path, '--8<-- "a/b/c.py"\n\n--8<-- "a/b/gone.py"\n'))
    assert page.errors == [
        "docs/p.md:3: include of missing snippet a/b/gone.py: create code/a/b/gone.py "
        "(and record its output with make update) or fix the path"
    ]
    assert checks.orphans(tmp_path, [page]) == [
        'code/a/b/lost.py:1: orphan snippet: no page includes it. Include it in its page (--8<-- "a/b/lost.py") '
        "or delete it"
    ]
    assert checks.boolean_lines(tmp_path) == (1, 1, ["code/a/b/c.out:1: True"])
