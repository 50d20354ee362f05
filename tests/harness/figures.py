"""Figures are made by code: a snippet that calls `savefig("name.svg")` writes into its working
directory; the harness keeps what it wrote under build/figures/<section>/<topic>/, and the site
serves that folder as figures/ (tests/harness/site_hooks.py). Pages show a figure with
`![说明](../figures/<section>/<topic>/name.svg)`; nothing under figures/ is committed.

`python -m tests.harness.figures` (run by `make build` and `make serve`, and by the build test)
re-runs each figure snippet whose figures are missing or older than its source.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
from pathlib import Path

from tests.harness import snippets

FIGURE_SUFFIXES = {".svg", ".png"}
GLYPH_MISSING = re.compile(r"Glyph \d+ .*missing from (?:current )?font|findfont: Font family .* not found")


def figures_dir(root: Path) -> Path:
    return root / "build" / "figures"


def makes_figures(snippet: snippets.Snippet) -> bool:
    return "savefig(" in snippet.source


def _stamp(snippet: snippets.Snippet) -> Path:
    return figures_dir(snippet.root) / Path(snippet.rel).parent / f".{snippet.path.stem}.sha1"


def _digest(snippet: snippets.Snippet) -> str:
    return hashlib.sha1(snippet.path.read_bytes()).hexdigest()


def keep(snippet: snippets.Snippet, workdir: Path) -> list[Path]:
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


def is_fresh(snippet: snippets.Snippet) -> bool:
    stamp = _stamp(snippet)
    return stamp.exists() and stamp.read_text() == _digest(snippet)


def ensure(root: Path, models_home: Path | None) -> list[str]:
    """Make every figure that is missing or stale; returns error messages (empty when all is well)."""
    errors = []
    for snippet in snippets.discover(root):
        if not makes_figures(snippet):
            continue
        if is_fresh(snippet):
            continue
        result = snippets.run_snippet(snippet, "cpu", models_home, keep_figures=True)
        if result.returncode != 0 or result.timed_out:
            errors.append(snippets.explain_failure(snippet, "cpu", result))
        elif GLYPH_MISSING.search(result.stderr):
            errors.append(f"{snippet.display}: matplotlib is missing glyphs (no CJK font?): run `make setup`")
    return errors


if __name__ == "__main__":
    from tests.harness.models import ensure_models

    home = Path(os.environ.get("KB_MODEL_CACHE", snippets.REPO / ".cache" / "hf"))
    ensure_models(home)
    problems = ensure(snippets.REPO, home)
    print("\n".join(problems) or f"figures up to date in {figures_dir(snippets.REPO)}")
    sys.exit(1 if problems else 0)
