"""Page checks: every include resolves, no Python is written into a page, nothing is orphaned, and every
topic page has the shape of a lesson (a figure drawn by its code, 小结, 练习 with verified answers, 参考, then the
corrections of the 2023 notes gathered in one closing section).

Pages hold no inline Python: code lives in snippets, where it is run and its output recorded.
(README.md and CONTRIBUTING.md may hold Python fences: pytest-markdown-docs runs those.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kb import settings
from kb.pages import markdown
from kb.pages.markdown import Answer, Fence, Figure, FrontMatter, Heading, Include, Item
from kb.run.snippet import encoding_problem

PYTHON_LANGS = {"python", "py", "python3", "py3", "pycon", "ipython"}
# the lesson's sections, in this order, on every topic page (a page with `date:` front matter)
LESSON = ("小结", "练习", "参考")
NOTES_SECTION = "与原笔记的出入"  # the closing section: the only place the 2023 notes are named
NOTES_WORDS = ("原笔记",)
MIN_EXERCISES = 2


@dataclass
class Page:
    path: Path
    display: str
    includes: list[Include] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def parse_page(root: Path, path: Path) -> Page:
    display = path.relative_to(root).as_posix()
    page = Page(path, display)
    problem = encoding_problem(path, display)
    if problem:
        page.errors.append(problem)
        if "not valid UTF-8" in problem:
            return page
    text = path.read_bytes().decode("utf-8-sig")
    layout = settings.load(root)
    items = list(markdown.scan(text))
    for item in items:
        if isinstance(item, Fence):
            _check_fence(page, item)
        elif isinstance(item, Include):
            page.includes.append(item)
            _check_include(layout, page, item)
        elif isinstance(item, FrontMatter) and item.error:
            page.errors.append(
                f"{display}:1: the front matter is {item.error}: MkDocs ignores it (no date, no tags) and shows "
                "it as text; fix the YAML between the two `---` lines"
            )
    if any(isinstance(item, FrontMatter) and "date" in item.data for item in items):
        page.errors += _lesson_problems(display, items, text.splitlines())
    return page


def _check_include(layout: settings.Layout, page: Page, inc: Include) -> None:
    where = f"{page.display}:{inc.line}"
    if inc.by_line_numbers:
        page.errors.append(
            f"{where}: include by line numbers ({inc.spec}): line numbers rot when the file changes; mark a "
            f"section in the snippet (# --8<-- [start:name] … [end:name]) and include {inc.target}:name"
        )
    if inc.in_fence and inc.target.endswith(".py"):
        page.errors.append(
            f'{where}: write the include line on its own, outside the code fence (--8<-- "{inc.target}"): '
            "it shows the code with its recorded output under it"
        )
    target = layout.snippets / inc.target
    if not target.is_file():
        page.errors.append(
            f"{where}: include of missing snippet {inc.target}: "
            f"create {layout.rel(target)} (and record its output with make update) or fix the path"
        )
    elif inc.section and f"[start:{inc.section}]" not in target.read_text(encoding="utf-8"):
        page.errors.append(f"{where}: {inc.target} has no section '{inc.section}'")


def _check_fence(page: Page, fence: Fence) -> None:
    if not fence.closed:
        page.errors.append(f"{page.display}:{fence.line}: code fence is never closed")
        return
    lang = fence.info.split()[0].lstrip(".{").lower() if fence.info else ""
    code = [line for line in fence.body if line.strip()]
    if lang in PYTHON_LANGS and not (len(code) == 1 and markdown.INCLUDE.match(code[0])):
        page.errors.append(
            f"{page.display}:{fence.line}: inline Python fence: nothing checks it. Move the code to "
            f"snippets/<section>/<topic>/<name>.py, record its output (make update) and include it with "
            f'--8<-- "<section>/<topic>/<name>.py" on a line of its own'
        )


def lesson_problems(display: str, text: str) -> list[str]:
    """A topic page teaches first: 小结, 练习 (each answer a verified snippet), 参考, in that order; the
    2023 notes are named only in the closing section 与原笔记的出入."""
    return _lesson_problems(display, list(markdown.scan(text)), text.splitlines())


def _lesson_problems(display: str, items: list[Item], lines: list[str]) -> list[str]:
    sections = [(item.line, item.title) for item in items if isinstance(item, Heading) and item.level == 2]
    titles = [title for _, title in sections]
    errors = []
    for name in LESSON:
        if name not in titles:
            errors.append(f"{display}: no `## {name}` section: every topic page ends with " + "、".join(LESSON))
    present = [titles.index(n) for n in LESSON if n in titles]
    if present != sorted(present):
        errors.append(f"{display}: the sections must come in this order: {' → '.join(LESSON)}")
    if "练习" in titles:
        start = sections[titles.index("练习")][0]
        end = next((n for n, _ in sections if n > start), len(lines) + 1)
        errors += _exercise_problems(
            display, start, [i for i in items if isinstance(i, Answer) and start < i.line < end]
        )
    closing = sections[titles.index(NOTES_SECTION)][0] if NOTES_SECTION in titles else len(lines) + 1
    if not any(isinstance(item, Figure) and item.line < closing for item in items):
        errors.append(
            f"{display}: no figure: a topic page shows at least one figure drawn by its own code where a reader would "
            'rather look than read (plt.savefig("name.svg") in a snippet; ![说明](../figures/<section>/<topic>/name.svg) '
            "on the page, the alt text saying what it shows): see CONTRIBUTING.md, 「一篇笔记的形状」"
        )
    if NOTES_SECTION in titles and titles[-1] != NOTES_SECTION:
        errors.append(f"{display}:{closing}: `## {NOTES_SECTION}` is the page's last section")
    for number, line in enumerate(lines[: closing - 1], 1):
        if any(word in line for word in NOTES_WORDS):
            errors.append(
                f"{display}:{number}: the 2023 notes are named in the main text: the page speaks in its own voice; "
                f"move the correction into the closing `## {NOTES_SECTION}` section"
            )
    return errors


def _exercise_problems(display: str, start: int, answers: list[Answer]) -> list[str]:
    """At least MIN_EXERCISES 答案 blocks in the 练习 section (its heading on line start), each including a snippet."""
    errors = []
    if len(answers) < MIN_EXERCISES:
        errors.append(
            f"{display}:{start}: {len(answers)} exercise answer(s): a topic page has at least {MIN_EXERCISES} "
            '练习, each with a collapsed `??? success "答案"` block holding the include line of its answer snippet'
        )
    for answer in sorted(answers, key=lambda a: a.line):
        if not any(inc.target.endswith(".py") for inc in answer.includes):
            errors.append(f"{display}:{answer.line}: this 答案 block includes no snippet: the answer is code that runs")
    return errors


def orphans(root: Path, all_pages: list[Page]) -> list[str]:
    """Snippet files (.py, .out) no page includes, and recorded outputs without a snippet."""
    used = {inc.target for page in all_pages for inc in page.includes}
    used |= {t[: -len(".py")] + ".out" for t in used if t.endswith(".py")}  # shown with its code
    errors = []
    layout = settings.load(root)
    for path in sorted(layout.snippets.rglob("*")):
        if path.suffix not in (".py", ".out") or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(layout.snippets).as_posix()
        if path.suffix == ".out" and not path.with_suffix(".py").exists():
            errors.append(
                f"{layout.rel(path)}:1: recorded output without a snippet: delete it or restore {path.stem}.py"
            )
        elif rel not in used:
            kind = "snippet" if path.suffix == ".py" else "recorded output"
            errors.append(
                f"{layout.rel(path)}:1: orphan {kind}: no page includes it. Include it in its page "
                f'(--8<-- "{rel}") or delete it'
            )
    return errors


BOOLEAN_LINE = re.compile(r"(?:^|[:：=]\s*)(?:True|False)\s*$")


def boolean_lines(root: Path) -> tuple[int, int, list[str]]:
    """(bare True/False output lines, all output lines, where) over every recorded output."""
    total, found = 0, []
    layout = settings.load(root)
    for out in sorted(layout.snippets.rglob("*.out")):
        for number, line in enumerate(out.read_text(encoding="utf-8").splitlines(), 1):
            total += 1
            if BOOLEAN_LINE.search(line.strip()):
                found.append(f"{layout.rel(out)}:{number}: {line.strip()}")
    return len(found), total, found
