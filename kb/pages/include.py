"""The include line, and its one parser (used by the page checks, the site build and the notebooks).

A line of its own, outside any code fence, names a snippet relative to `snippets/`:

    --8<-- "pytorch/dropout/train_vs_eval.py"

The site renders it as the snippet's code with its recorded output right under it. It may be indented
(inside a list, an admonition or a collapsed 答案 block). `file.py:name` shows only the section between
`# --8<-- [start:name]` and `# --8<-- [end:name]`; line ranges (`file.py:3:9`) are refused, since line
numbers rot.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

INCLUDE = re.compile(r"""^(?P<indent>[ \t]*)-{1,}8<-{1,}\s+(?P<q>["'])(?P<spec>[^"']+)(?P=q)\s*$""")
FENCE = re.compile(r"^(?P<indent>\s*)(?P<ticks>`{3,}|~{3,})\s*(?P<info>[^`]*)$")


@dataclass(frozen=True)
class Include:
    line: int  # 1-based line in the page
    indent: str
    spec: str  # as written: "pytorch/dropout/x.py" or "pytorch/dropout/x.py:section"
    in_fence: bool  # inside a code fence (pymdownx.snippets' raw form), not the include line

    @property
    def target(self) -> str:  # the file part, relative to snippets/
        return self.spec.split(":")[0]

    @property
    def section(self) -> str | None:
        parts = self.spec.split(":")
        return parts[1] if len(parts) == 2 and not parts[1].isdigit() else None

    @property
    def by_line_numbers(self) -> bool:
        parts = self.spec.split(":")
        return len(parts) > 2 or (len(parts) == 2 and parts[1].isdigit())

    @property
    def is_snippet(self) -> bool:  # the include line proper: a snippet shown with its output
        return self.target.endswith(".py") and not self.in_fence


@dataclass
class Fence:
    line: int
    indent: str
    info: str
    body: list[str]


def scan(text: str) -> Iterator[Include | Fence]:
    """The page's includes and (closed) code fences, in order."""
    fence: tuple[str, Fence] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        m = INCLUDE.match(line)
        if m:
            yield Include(number, m.group("indent"), m.group("spec"), fence is not None)
        f = FENCE.match(line)
        if fence is None and f:
            fence = (f.group("ticks"), Fence(number, f.group("indent"), f.group("info").strip(), []))
        elif fence is not None and f and f.group("ticks").startswith(fence[0]) and not f.group("info").strip():
            yield fence[1]
            fence = None
        elif fence is not None:
            fence[1].body.append(line)
    if fence is not None:
        yield Fence(fence[1].line, fence[1].indent, "<unclosed>", fence[1].body)


def includes(text: str) -> list[Include]:
    return [item for item in scan(text) if isinstance(item, Include)]


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
