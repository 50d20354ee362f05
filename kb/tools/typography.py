"""Chinese typography of the pages: autocorrect's rules (a space between CJK and Latin/digits,
full-width punctuation in Chinese sentences) plus a look-alike character check, on prose only:
fenced code, inline code, math and HTML comments are left alone (they are code or quotations).

    python -m kb typography          # list what to fix
    python -m kb typography --fix    # apply autocorrect's fixes to the prose lines
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import autocorrect_py

FENCE = re.compile(r"^\s*(```|~~~)")
# inline code, inline/display math, link targets and HTML tags are not prose
PROTECTED = re.compile(r"`[^`]*`|\$\$.*?\$\$|\$[^$]*\$|\]\([^)]*\)|<[^>]+>|\{[#.:][^}]*\}")
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


def _prose_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of the lines that are prose, with protected spans masked."""
    in_fence, in_math = False, False
    for number, line in enumerate(text.splitlines(), 1):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if line.strip() == "$$":
            in_math = not in_math
            continue
        if in_fence or in_math or line.lstrip().startswith(("--8<--", "|")) or line.startswith("---"):
            continue
        yield number, line


def _mask(line: str) -> tuple[str, list[str]]:
    saved: list[str] = []

    def keep(m: re.Match[str]) -> str:
        saved.append(m.group(0))
        return f"\ue000{len(saved) - 1}\ue001"

    return PROTECTED.sub(keep, line), saved


def _unmask(line: str, saved: list[str]) -> str:
    return re.sub("\ue000(\\d+)\ue001", lambda m: saved[int(m.group(1))], line)


def _lookalikes(line: str) -> list[str]:
    found = []
    for ch in line:
        if ch in ZERO_WIDTH:
            found.append(f"invisible character U+{ord(ch):04X}")
        elif "\uff01" <= ch <= "\uff5e" and (ch.isalnum()):
            found.append(f"full-width '{ch}' (U+{ord(ch):04X}): write '{unicodedata.normalize('NFKC', ch)}'")
        elif unicodedata.category(ch).startswith("L") and ord(ch) < 0x3000:
            name = unicodedata.name(ch, "")
            if name.startswith(("CYRILLIC", "GREEK")) and re.search(
                r"[A-Za-z]" + re.escape(ch) + "|" + re.escape(ch) + r"[A-Za-z]", line
            ):
                found.append(f"look-alike '{ch}' ({name}) inside a Latin word")
    return found


def check(text: str) -> list[tuple[int, str, str]]:
    """[(line, problem, suggested line)] for a page's text."""
    problems = []
    for number, line in _prose_lines(text):
        masked, saved = _mask(line)
        fixed = autocorrect_py.format_for(masked, "text")
        if fixed != masked:
            problems.append((number, "CJK/Latin spacing or punctuation", _unmask(fixed, saved)))
        for what in _lookalikes(masked):
            problems.append((number, what, line))
    return problems


def fix(text: str) -> str:
    lines = text.splitlines(keepends=True)
    for number, what, suggestion in check(text):
        if what.startswith("CJK/Latin"):
            end = "\n" if lines[number - 1].endswith("\n") else ""
            lines[number - 1] = suggestion + end
    return "".join(lines)


def main(argv: list[str]) -> int:
    """python -m kb typography [--fix] [FILE ...]: check (or fix) the given pages, default all of docs/."""
    from kb import settings
    from kb.paths import REPO

    files = [Path(a).resolve() for a in argv if a != "--fix"] or sorted(settings.load(REPO).docs.rglob("*.md"))
    count = 0
    for page in files:
        text = page.read_text(encoding="utf-8")
        if "--fix" in argv:
            page.write_text(fix(text), encoding="utf-8")
            text = page.read_text(encoding="utf-8")
        for number, what, suggestion in check(text):
            count += 1
            rel = page.relative_to(REPO) if page.is_relative_to(REPO) else page
            print(f"{rel}:{number}: {what}\n    → {suggestion}")
    return 1 if count else 0


if __name__ == "__main__":  # pre-commit runs it this way
    sys.exit(main(sys.argv[1:]))
