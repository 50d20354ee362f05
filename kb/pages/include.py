"""The include line: what it names and how the site renders it (parsed by the one scanner, kb.pages.markdown).

A line of its own, outside any code fence, names a snippet relative to `snippets/`:

    --8<-- "pytorch/dropout/train_vs_eval.py"

The site renders it as the snippet's code with its recorded output right under it. It may be indented
(inside a list, an admonition or a collapsed 答案 block). `file.py:name` shows only the section between
`# --8<-- [start:name]` and `# --8<-- [end:name]`; line ranges (`file.py:3:9`) are refused, since line
numbers rot.
"""

from __future__ import annotations

from collections.abc import Callable

from kb.pages import markdown
from kb.pages.markdown import Include


def includes(text: str) -> list[Include]:
    return [item for item in markdown.scan(text) if isinstance(item, Include)]


def snippet_includes(text: str) -> list[str]:
    """The snippets a page shows, in page order, once each (relative to snippets/)."""
    return list(dict.fromkeys(i.target for i in includes(text) if i.is_snippet))


def render(text: str, has_output: Callable[[str], bool]) -> str:
    """Each include line becomes the snippet's code with its recorded output right under it, as
    pymdownx.snippets includes (which fill them in). The output block has no copy button."""
    lines = text.split("\n")
    for inc in reversed([i for i in includes(text) if i.is_snippet]):
        i, rel = inc.indent, inc.target
        out = rel[: -len(".py")] + ".out"
        block = [f'{i}```python title="snippets/{rel}"', f'{i}--8<-- "{inc.spec}"', f"{i}```"]
        if has_output(out):
            block += ["", f"{i}``` {{ .text .kb-output .no-copy }}", f'{i}--8<-- "{out}"', f"{i}```"]
        lines[inc.line - 1 : inc.line] = block
    return "\n".join(lines)
