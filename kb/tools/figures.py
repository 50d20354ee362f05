"""Draw every figure that is missing or older than its snippet (`python -m kb figures`; `make build` and
`make serve` run it): each figure snippet is run on the CPU as in the tests, and its figures are kept."""

from __future__ import annotations

from kb.models import ensure_models
from kb.paths import REPO, model_cache
from kb.run.figures import figures_dir
from kb.run.verify import make_figures


def main(argv: list[str]) -> int:
    home = model_cache()
    ensure_models(home)
    problems = make_figures(REPO, home)
    print("\n".join(problems) or f"figures up to date in {figures_dir(REPO)}")
    return 1 if problems else 0
