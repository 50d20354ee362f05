"""The timeline page (`<!-- timeline -->` in docs/timeline.md): every topic page under its original date,
from the pages' front matter; and under each topic page's title, its date and its notebook links."""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.utils.meta import get_data

TIMELINE_MARKER = "<!-- timeline -->"


def timeline_entries(docs_dir: Path) -> dict[str, list[tuple[str, str]]]:
    """{original date: [(title, page path relative to docs/)]}, from every page's front matter."""
    entries: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        _, meta = get_data(path.read_text(encoding="utf-8"))
        if meta.get("date"):
            rel = path.relative_to(docs_dir).as_posix()
            entries.setdefault(str(meta["date"]), []).append((meta.get("title", rel), rel))
    return dict(sorted(entries.items()))


def timeline(docs_dir: Path, prefix: str) -> str:
    lines = []
    for date, pages in timeline_entries(docs_dir).items():
        links = "、".join(f"[{title}]({prefix}{rel})" for title, rel in pages)
        lines.append(f"- **{date}**：{links}")
    return "\n".join(lines)


def origin_line(markdown: str, date: str, prefix: str, notebook: str | None, rendered: str | None) -> str:
    """Under the page title: its date (a page that corrects a 2023 note, i.e. has the closing 与原笔记的出入 section,
    names the note's date; a page written since, the day it was written), and its notebook (download and page)."""
    label = "原始笔记" if re.search(r"^## 与原笔记的出入", markdown, re.M) else "写于"
    origin = f"{label}：{date} · [时间线]({prefix}timeline.md)"
    if notebook:
        origin += f" · [下载本页代码（Jupyter notebook）]({prefix}{notebook})"
    if rendered:
        origin += f" · [本页代码的 notebook 版]({prefix}{rendered})"
    origin += "\n{: .kb-origin }"
    return re.sub(r"^(# .+)$", lambda m: f"{m.group(1)}\n\n{origin}", markdown, count=1, flags=re.M)
