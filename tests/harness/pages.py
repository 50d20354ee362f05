"""Page checks: every include resolves, every Python fence is an include, nothing is orphaned.

An include is pymdownx.snippets' one-line form, relative to `snippets/`:

    --8<-- "pytorch/dropout/train_vs_eval.py"

Sections (`file.py:name`) are allowed; line ranges (`file.py:3:9`) are not, since line numbers rot.
Pages hold no inline Python: code lives in snippets, where it is run and its output recorded.
(README.md and CONTRIBUTING.md may hold Python fences: pytest-markdown-docs runs those.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tests.harness.snippets import encoding_problem

INCLUDE = re.compile(r"""^(?P<indent>\s*)-{1,}8<-{1,}\s+(?P<q>["'])(?P<spec>[^"']+)(?P=q)\s*$""")
FENCE = re.compile(r"^(?P<indent>\s*)(?P<ticks>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
PYTHON_LANGS = {"python", "py", "python3", "py3", "pycon", "ipython"}


@dataclass
class Include:
    line: int
    spec: str  # as written: "pytorch/dropout/x.py" or "pytorch/dropout/x.py:section"
    target: str  # the file part

    @property
    def section(self) -> str | None:
        parts = self.spec.split(":")
        return parts[1] if len(parts) == 2 else None


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
    lines = text.splitlines()
    fence = None  # (ticks, indent, info, start line, body lines)
    for number, line in enumerate(lines, 1):
        m = INCLUDE.match(line)
        if m:
            spec = m.group("spec")
            parts = spec.split(":")
            if len(parts) > 2 or (len(parts) == 2 and parts[1].isdigit()):
                page.errors.append(
                    f"{display}:{number}: include by line numbers ({spec}): line numbers rot when the file "
                    f"changes; mark a section in the snippet (# --8<-- [start:name] … [end:name]) and include {parts[0]}:name"
                )
            page.includes.append(Include(number, spec, parts[0]))
        f = FENCE.match(line)
        if fence is None and f:
            fence = (f.group("ticks"), f.group("indent"), f.group("info").strip(), number, [])
        elif (
            fence is not None
            and f
            and f.group("ticks").startswith(fence[0][0])
            and len(f.group("ticks")) >= len(fence[0])
            and not f.group("info").strip()
        ):
            _check_fence(page, fence)
            fence = None
        elif fence is not None:
            fence[4].append(line)
    if fence is not None:
        page.errors.append(f"{display}:{fence[3]}: code fence is never closed")
    for inc in page.includes:
        target = root / "snippets" / inc.target
        if not target.is_file():
            page.errors.append(
                f"{display}:{inc.line}: include of missing snippet {inc.target}: "
                f"create snippets/{inc.target} (and record its output with make update) or fix the path"
            )
        elif inc.section and f"[start:{inc.section}]" not in target.read_text(encoding="utf-8"):
            page.errors.append(f"{display}:{inc.line}: {inc.target} has no section '{inc.section}'")
    return page


def _check_fence(page: Page, fence) -> None:
    ticks, indent, info, start, body = fence
    lang = info.split()[0].lstrip(".{").lower() if info else ""
    if lang not in PYTHON_LANGS:
        return
    code = [line for line in body if line.strip()]
    if len(code) == 1 and INCLUDE.match(code[0]):
        return
    page.errors.append(
        f"{page.display}:{start}: inline Python fence: nothing checks it. Move the code to "
        f"snippets/<section>/<topic>/<name>.py, record its output (make update) and include it with "
        f'--8<-- "<section>/<topic>/<name>.py"'
    )


def orphans(root: Path, all_pages: list[Page]) -> list[str]:
    """Snippet files (.py, .out) no page includes, and recorded outputs without a snippet."""
    used = {inc.target for page in all_pages for inc in page.includes}
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
