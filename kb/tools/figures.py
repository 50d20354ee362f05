"""Draw every figure that is missing or older than its snippet (`python -m kb figures`; `make build` runs it, and
`make serve` runs it while it serves): each figure snippet is run on the CPU as in the tests, and its figures are
kept. One progress line ("图 7/21"), rewritten in place on a terminal."""

from __future__ import annotations

import os
import sys
import time

from kb.models import ensure_models
from kb.paths import REPO, model_cache
from kb.run.figures import figures_dir, updated_marker
from kb.run.snippet import Snippet
from kb.run.verify import make_figures

MARK_EVERY = 60.0  # seconds between the rebuilds a serving site does while figures are drawn


class Progress:
    """One line of progress: rewritten in place on a terminal, printed once at the end elsewhere (a log)."""

    def __init__(self, what: str) -> None:
        self.what, self.start, self.tty = what, time.monotonic(), sys.stdout.isatty()

    def show(self, done: int, total: int, detail: str = "") -> None:
        if self.tty:
            print(f"\r\033[K{self.what} {done}/{total} {detail}", end="", flush=True)

    def end(self, line: str) -> None:
        print(("\r\033[K" if self.tty else "") + f"{line}（{time.monotonic() - self.start:.0f} s）", flush=True)


def main(argv: list[str]) -> int:
    progress = Progress("图")
    progress.show(0, 0, "准备离线模型…")
    home = model_cache()
    ensure_models(home)
    count = {"total": 0}
    marker = updated_marker(REPO)
    touched = [time.monotonic()]

    def step(done: int, total: int, snippet: Snippet) -> None:
        count["total"] = total
        progress.show(done + 1, total, snippet.display)
        # `make serve` rebuilds when this marker changes: at most every MARK_EVERY seconds while drawing, not per
        # figure (each rebuild takes the CPU the drawing needs)
        if done and time.monotonic() - touched[0] >= MARK_EVERY:
            marker.touch()
            touched[0] = time.monotonic()

    # two runs at a time by default (JOBS, as `make test`): a figure snippet mostly uses one core
    problems = make_figures(REPO, home, step, jobs=int(os.environ.get("JOBS") or 2))
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.touch()
    drawn = count["total"]
    progress.end(
        f"图：{drawn - len(problems)}/{drawn} 段画图的代码已运行，它们的图已更新" if drawn else "图：都已是最新"
    )
    if problems:
        print("\n".join(problems))
    else:
        print(f"figures up to date in {figures_dir(REPO).relative_to(REPO)}")
    return 1 if problems else 0
