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

from kb.pages.include import Fence, Include, scan
from kb.run.snippet import encoding_problem

PYTHON_LANGS = {"python", "py", "python3", "py3", "pycon", "ipython"}
# the lesson's sections, in this order, on every topic page (a page with `date:` front matter)
LESSON = ("小结", "练习", "参考")
NOTES_SECTION = "与原笔记的出入"  # the closing section: the only place the 2023 notes are named
NOTES_WORDS = ("原笔记",)
ANSWER = re.compile(r'^(?P<indent>[ \t]*)\?\?\?\+?\s+\w+\s+"答案"')
MIN_EXERCISES = 2
# a figure a snippet of the site drew (plt.savefig), shown in the main text: ![说明](../figures/<section>/<topic>/x.svg)
FIGURE = re.compile(r"!\[(?:[^\[\]]|\[[^\[\]]*\])+\]\((?:\.\./)*figures/[^)\s]+\.(?:svg|png)\)")  # alt may hold [UNK]


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
    for item in scan(text):
        if isinstance(item, Fence):
            _check_fence(page, item)
        else:
            page.includes.append(item)
            _check_include(root, page, item)
    if text.startswith("---") and re.search(r"^date:", text.split("\n---", 1)[0], re.M):
        page.errors += lesson_problems(display, text)
    return page


def _check_include(root: Path, page: Page, inc: Include) -> None:
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
    target = root / "snippets" / inc.target
    if not target.is_file():
        page.errors.append(
            f"{where}: include of missing snippet {inc.target}: "
            f"create snippets/{inc.target} (and record its output with make update) or fix the path"
        )
    elif inc.section and f"[start:{inc.section}]" not in target.read_text(encoding="utf-8"):
        page.errors.append(f"{where}: {inc.target} has no section '{inc.section}'")


def _check_fence(page: Page, fence: Fence) -> None:
    if fence.info == "<unclosed>":
        page.errors.append(f"{page.display}:{fence.line}: code fence is never closed")
        return
    lang = fence.info.split()[0].lstrip(".{").lower() if fence.info else ""
    code = [line for line in fence.body if line.strip()]
    if lang in PYTHON_LANGS and not (len(code) == 1 and "--8<--" in code[0]):
        page.errors.append(
            f"{page.display}:{fence.line}: inline Python fence: nothing checks it. Move the code to "
            f"snippets/<section>/<topic>/<name>.py, record its output (make update) and include it with "
            f'--8<-- "<section>/<topic>/<name>.py" on a line of its own'
        )


def _sections(text: str) -> list[tuple[int, str]]:
    """(line, title) of each `## ` heading outside code fences, without its {#anchor}."""
    found, fence = [], None
    for number, line in enumerate(text.splitlines(), 1):
        f = re.match(r"^\s*(`{3,}|~{3,})", line)
        if f:
            fence = None if fence and f.group(1).startswith(fence) else (fence or f.group(1))
        elif fence is None and line.startswith("## "):
            found.append((number, re.sub(r"\s*\{[^}]*\}\s*$", "", line[3:]).strip()))
    return found


def lesson_problems(display: str, text: str) -> list[str]:
    """A topic page teaches first: 小结, 练习 (each answer a verified snippet), 参考, in that order; the
    2023 notes are named only in the closing section 与原笔记的出入."""
    sections = _sections(text)
    titles = [title for _, title in sections]
    errors = []
    for name in LESSON:
        if name not in titles:
            errors.append(f"{display}: no `## {name}` section: every topic page ends with " + "、".join(LESSON))
    present = [titles.index(n) for n in LESSON if n in titles]
    if present != sorted(present):
        errors.append(f"{display}: the sections must come in this order: {' → '.join(LESSON)}")
    lines = text.splitlines()
    if "练习" in titles:
        start = sections[titles.index("练习")][0]
        end = next((n for n, _ in sections if n > start), len(lines) + 1)
        answers = _answers(lines, start, end)
        if len(answers) < MIN_EXERCISES:
            errors.append(
                f"{display}:{start}: {len(answers)} exercise answer(s): a topic page has at least {MIN_EXERCISES} "
                '练习, each with a collapsed `??? success "答案"` block holding the include line of its answer snippet'
            )
        errors += [
            f"{display}:{n}: this 答案 block includes no snippet: the answer is code that runs"
            for n in answers
            if not answers[n]
        ]
    closing = sections[titles.index(NOTES_SECTION)][0] if NOTES_SECTION in titles else len(lines) + 1
    if not FIGURE.search("\n".join(lines[: closing - 1])):
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


def _answers(lines: list[str], start: int, end: int) -> dict[int, bool]:
    """{line of each 答案 block in lines[start:end): whether it holds an include line}."""
    found: dict[int, bool] = {}
    for number in range(start, min(end, len(lines) + 1)):
        m = ANSWER.match(lines[number - 1])
        if not m:
            continue
        indent = len(m.group("indent"))
        body = []
        for line in lines[number : end - 1]:
            if line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            body.append(line)
        found[number] = any(re.match(r"^\s*-{1,}8<-{1,}\s+[\"'][^\"']+\.py", b) for b in body)
    return found


def orphans(root: Path, all_pages: list[Page]) -> list[str]:
    """Snippet files (.py, .out) no page includes, and recorded outputs without a snippet."""
    used = {inc.target for page in all_pages for inc in page.includes}
    used |= {t[: -len(".py")] + ".out" for t in used if t.endswith(".py")}  # shown with its code
    errors = []
    for path in sorted((root / "snippets").rglob("*")):
        if path.suffix not in (".py", ".out") or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(root / "snippets").as_posix()
        if path.suffix == ".out" and not path.with_suffix(".py").exists():
            errors.append(f"snippets/{rel}:1: recorded output without a snippet: delete it or restore {path.stem}.py")
        elif rel not in used:
            kind = "snippet" if path.suffix == ".py" else "recorded output"
            errors.append(
                f"snippets/{rel}:1: orphan {kind}: no page includes it. Include it in its page "
                f'(--8<-- "{rel}") or delete it'
            )
    return errors


BOOLEAN_LINE = re.compile(r"(?:^|[:：=]\s*)(?:True|False)\s*$")


def boolean_lines(root: Path) -> tuple[int, int, list[str]]:
    """(bare True/False output lines, all output lines, where) over every recorded output."""
    total, found = 0, []
    for out in sorted((root / "snippets").rglob("*.out")):
        for number, line in enumerate(out.read_text(encoding="utf-8").splitlines(), 1):
            total += 1
            if BOOLEAN_LINE.search(line.strip()):
                found.append(f"{out.relative_to(root).as_posix()}:{number}: {line.strip()}")
    return len(found), total, found
