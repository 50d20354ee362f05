"""Run every snippet several times and fail if any output differs between runs (exactly, no tolerance).

make determinism            # 3 runs of every snippet
python -m kb determinism --runs 5 snippets/pytorch
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kb.models import ensure_models
from kb.paths import REPO, model_cache
from kb.run.compare import unified_diff
from kb.run.explain import explain_failure
from kb.run.process import RunResult, run_snippet
from kb.run.snippet import Snippet, discover


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="snippet files or folders (default: all)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=int(os.environ.get("JOBS", 2)))
    args = parser.parse_args(argv)

    home = model_cache()
    ensure_models(home)
    chosen = [Path(p).resolve() for p in args.paths]
    found = [s for s in discover(REPO) if not chosen or any(c in [s.path, *s.path.parents] for c in chosen)]

    def runs(snippet: Snippet) -> tuple[Snippet, list[RunResult]]:
        return snippet, [run_snippet(snippet, "cpu", home) for _ in range(args.runs)]

    bad = 0
    with ThreadPoolExecutor(args.jobs) as pool:
        for snippet, results in pool.map(runs, found):
            outputs = [r.stdout for r in results]
            failed = [r for r in results if r.returncode != 0]
            if failed:
                bad += 1
                print(explain_failure(snippet, "cpu", failed[0]))
            elif len(set(outputs)) > 1:
                bad += 1
                first = next(i for i, o in enumerate(outputs) if o != outputs[0])
                print(f"{snippet.display}: output of run {first + 1} differs from run 1:")
                print(unified_diff(outputs[0], outputs[first], snippet.out_path.name))
            else:
                print(f"{snippet.display}: {args.runs} identical runs")
    print(f"{len(found) - bad} deterministic, {bad} not")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
