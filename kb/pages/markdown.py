"""The one Markdown scanner: a page is walked once, and every reader (the page checks, the include line, the site
build) takes what it needs from the typed, line-numbered items it yields.

What it knows, and why so little: the page checks need the front matter, the headings, the code fences, the
include lines, the collapsed 答案 blocks and the figures, each with its line. Container blocks (lists,
admonitions) are not modelled, so a fence may be indented by any amount (pages nest code in lists and 答案
blocks); otherwise the rules are CommonMark's and MkDocs':

- front matter: a `---` first line, YAML up to the next `---` or `...` line, read with yaml.safe_load. YAML that
  does not load into a mapping is ignored by MkDocs (and shown as text): the item then carries the error.
- a fence opens with 3+ backticks or tildes (a backtick fence's info string holds no backtick) and closes only on
  a line of the same character, at least as many, and nothing else: "```python" never closes a fence.
- headings are ATX headings (`#` to `######`, at most 3 spaces in) outside fences; the title drops a closing
  `#` sequence and a `{#anchor}` attribute list.
- include lines are found in fences too (pymdownx.snippets' raw form), marked `in_fence`.
- a 答案 block (`??? success "答案"`) runs until the first non-blank line indented no deeper than it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

INCLUDE = re.compile(r"""^(?P<indent>[ \t]*)-{1,}8<-{1,}\s+(?P<q>["'])(?P<spec>[^"']+)(?P=q)\s*$""")
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<ticks>`{3,}|~{3,})(?P<info>.*)$")
HEADING = re.compile(r"^ {0,3}(?P<hashes>#{1,6})(?:[ \t]+(?P<title>.*?))?[ \t]*$")
ATTR_LIST = re.compile(r"\s*\{[^}]*\}\s*$")
CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
ANSWER = re.compile(r'^(?P<indent>[ \t]*)\?\?\?\+?\s+\w+\s+"答案"')
# a figure a snippet of the site drew (plt.savefig): ![说明](../figures/<section>/<topic>/x.svg); alt may hold [UNK]
FIGURE = re.compile(r"!\[(?P<alt>(?:[^\[\]]|\[[^\[\]]*\])+)\]\((?P<src>(?:\.\./)*figures/[^)\s]+\.(?:svg|png))\)")


@dataclass(frozen=True)
class FrontMatter:
    line: int  # the closing `---` line: the page's content starts after it
    data: dict[str, Any]  # {} when the YAML is not a mapping (MkDocs then ignores it)
    error: str | None = None


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    title: str  # without a closing `#` sequence or {#anchor}


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


@dataclass(frozen=True)
class Fence:
    line: int  # the opening line
    indent: str
    info: str  # the info string, stripped: "python", "text title=…", ""
    body: tuple[str, ...]
    ticks: str = "```"
    closed: bool = True


@dataclass(frozen=True)
class Answer:
    line: int
    indent: int  # characters before `???`
    includes: tuple[Include, ...]  # every include line in the block, in a fence or not


@dataclass(frozen=True)
class Figure:
    line: int
    alt: str
    src: str


Item = FrontMatter | Heading | Fence | Include | Answer | Figure


@dataclass
class _Open:
    """A block still being read: a fence or a 答案 block."""

    line: int
    indent: str
    opener: str  # the fence's ticks; unused for an answer
    info: str = ""
    body: list[str] = field(default_factory=list)
    includes: list[Include] = field(default_factory=list)


def scan(text: str) -> Iterator[Item]:
    """Every item of the page, in line order; a fence and a 答案 block come when they end (their body known)."""
    lines = text.splitlines()
    front = front_matter(lines)
    start = 0
    if front is not None:
        yield front
        start = 0 if front.error else front.line  # MkDocs shows front matter it cannot read as text
    fence: _Open | None = None
    answers: list[_Open] = []
    for number, line in enumerate(lines[start:], start + 1):
        if line.strip():
            depth = len(line) - len(line.lstrip())
            while answers and depth <= len(answers[-1].indent):
                yield _answer(answers.pop())
        inc = INCLUDE.match(line)
        if inc:
            item = Include(number, inc.group("indent"), inc.group("spec"), fence is not None)
            for answer in answers:
                answer.includes.append(item)
            yield item
        if fence is not None:
            if _closes(fence.opener, line):
                yield Fence(fence.line, fence.indent, fence.info, tuple(fence.body), fence.opener)
                fence = None
            else:
                fence.body.append(line)
            continue
        fence = _opens(number, line)
        if fence is None:
            yield from _outside_fence(number, line, answers)
    while answers:
        yield _answer(answers.pop())
    if fence is not None:
        yield Fence(fence.line, fence.indent, fence.info, tuple(fence.body), fence.opener, closed=False)


def front_matter(lines: list[str]) -> FrontMatter | None:
    """The YAML front matter as MkDocs finds it: `---` on line 1, at least one line, then `---` or `...`."""
    if not lines or not FRONT_MATTER_END.match(lines[0]) or not lines[0].startswith("---"):
        return None
    end = next((n for n in range(2, len(lines)) if FRONT_MATTER_END.match(lines[n])), None)
    if end is None:
        return None
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as e:
        return FrontMatter(end + 1, {}, f"not valid YAML ({str(e).splitlines()[0]})")
    if not isinstance(data, dict):
        return FrontMatter(end + 1, {}, f"not a mapping of keys to values (a {type(data).__name__})")
    return FrontMatter(end + 1, {str(k): v for k, v in data.items()})


def _opens(number: int, line: str) -> _Open | None:
    m = FENCE.match(line)
    if not m or (m.group("ticks")[0] == "`" and "`" in m.group("info")):
        return None
    return _Open(number, m.group("indent"), m.group("ticks"), m.group("info").strip())


def _closes(opener: str, line: str) -> bool:
    m = FENCE.match(line)
    return m is not None and m.group("ticks").startswith(opener) and not m.group("info").strip()


def _outside_fence(number: int, line: str, answers: list[_Open]) -> Iterator[Item]:
    heading = HEADING.match(line)
    if heading:
        title = ATTR_LIST.sub("", CLOSING_HASHES.sub("", heading.group("title") or ""))
        yield Heading(number, len(heading.group("hashes")), title.strip())
    answer = ANSWER.match(line)
    if answer:
        answers.append(_Open(number, answer.group("indent"), ""))
    for figure in FIGURE.finditer(line):
        yield Figure(number, figure.group("alt"), figure.group("src"))


def _answer(block: _Open) -> Answer:
    return Answer(block.line, len(block.indent), tuple(block.includes))
