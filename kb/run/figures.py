"""Figures are made once, by the verified run: a snippet that calls `savefig("name.svg")` writes into its
working directory; a passing CPU run's figures are kept under build/figures/<section>/<topic>/, and the
site serves that folder as figures/ (kb/site/assets.py). Pages show a figure with
`![说明](../figures/<section>/<topic>/name.svg)`; nothing under figures/ is committed.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

from kb import settings
from kb.run.snippet import Snippet

FIGURE_SUFFIXES = {".svg", ".png"}
GLYPH_MISSING = re.compile(r"Glyph \d+ .*missing from (?:current )?font|findfont: Font family .* not found")
SAVED = re.compile(r"""savefig\(\s*(?:f?["'])([^"']+\.(?:svg|png))["']""")


def figures_dir(root: Path) -> Path:
    return settings.load(root).build / "figures"


def updated_marker(root: Path) -> Path:
    """Touched when drawing has added figures (kb/tools/figures.py); `make serve` rebuilds when it changes."""
    return figures_dir(root) / ".updated"


def makes_figures(snippet: Snippet) -> bool:
    return "savefig(" in snippet.source


def expected_figures(root: Path) -> dict[str, Snippet]:
    """{"<section>/<topic>/<name>.svg": the snippet that draws it}: every figure the verified runs will keep."""
    from kb.run.snippet import discover

    found = {}
    for snippet in discover(root):
        if makes_figures(snippet):
            for name in dict.fromkeys(SAVED.findall(snippet.source)):
                found[(Path(snippet.rel).parent / name).as_posix()] = snippet
    return found


def saved_figures(snippet: Snippet) -> list[Path]:
    """The figure files this snippet's verified run wrote (named in its savefig calls), where they are kept."""
    dest = figures_dir(snippet.root) / Path(snippet.rel).parent
    return [dest / name for name in dict.fromkeys(SAVED.findall(snippet.source)) if (dest / name).exists()]


def _stamp(snippet: Snippet) -> Path:
    return figures_dir(snippet.root) / Path(snippet.rel).parent / f".{snippet.path.stem}.sha1"


def _digest(snippet: Snippet) -> str:
    return hashlib.sha1(snippet.path.read_bytes()).hexdigest()


def keep(snippet: Snippet, workdir: Path) -> list[Path]:
    """Move the figures a run wrote in `workdir` to build/figures; returns their new paths."""
    dest = figures_dir(snippet.root) / Path(snippet.rel).parent
    kept = []
    for src in sorted(workdir.iterdir()):
        if src.suffix in FIGURE_SUFFIXES:
            dest.mkdir(parents=True, exist_ok=True)
            tmp = dest / f".{src.name}.{os.getpid()}"
            shutil.copyfile(src, tmp)
            tmp.replace(dest / src.name)  # atomic: a parallel build never sees half a file
            kept.append(dest / src.name)
    if kept:
        _stamp(snippet).write_text(_digest(snippet))
    return kept


def is_fresh(snippet: Snippet) -> bool:
    stamp = _stamp(snippet)
    return stamp.exists() and stamp.read_text() == _digest(snippet)
