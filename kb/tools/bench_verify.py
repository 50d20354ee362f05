"""Is full verification cheaper than running the snippets naively? (issue #11: it must not take longer than
running each snippet once with plain `python`, one after another, divided by the workers `make test` runs, JOBS.)

    make bench-verify                # CI=true make test, timed; then every snippet once with plain python
    python -m kb bench-verify --full-seconds 250    # reuse a timed full run instead of running one

The naive run: each snippet with its interpreter (the main one, or its side environment's), in a fresh empty
folder, offline models, no network namespace, no guard, no warm parent, no cache; its output is compared
with the recording so that a broken naive run cannot pass for a fast one. Writes build/bench-verify.json.
It is a benchmark, not a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kb import settings
from kb.models import ensure_models
from kb.paths import REPO, model_cache
from kb.run.compare import compare
from kb.run.report import phase_totals, read_report
from kb.run.snippet import Snippet, discover


def naive_env(models: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KB_") and k != "PYTHONPATH"}
    env.update(HF_HOME=str(models), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", MPLBACKEND="Agg",
               CUDA_VISIBLE_DEVICES="", PYTHONHASHSEED="0", PYTHONUTF8="1", TOKENIZERS_PARALLELISM="false")  # fmt: skip
    return env


def run_naive(snippet: Snippet, env: dict[str, str]) -> tuple[float, bool]:
    """(seconds, output as recorded) of `python snippet.py`."""
    with tempfile.TemporaryDirectory(prefix="kb-naive-") as cwd:
        start = time.monotonic()
        proc = subprocess.run([snippet.python(), str(snippet.path)], cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=snippet.timeout + 60)  # fmt: skip
        seconds = time.monotonic() - start
    recorded = snippet.out_path.read_text(encoding="utf-8") if snippet.out_path.exists() else ""
    return seconds, proc.returncode == 0 and compare(recorded, proc.stdout, snippet.ulps) is None


def full_run() -> float:
    """Wall-clock seconds of `CI=true make test` (every snippet, build, browser, engine tests; no cache)."""
    start = time.monotonic()
    jobs = os.environ.get("JOBS") or "2"
    proc = subprocess.run(["make", "test", f"JOBS={jobs}"], cwd=REPO, env={**os.environ, "CI": "true"})
    if proc.returncode != 0:
        raise SystemExit(f"bench-verify: `CI=true make test` failed (exit {proc.returncode}); nothing to compare")
    return time.monotonic() - start


def print_summary(result: dict[str, Any]) -> None:
    cores, split = result["machine"]["jobs"], result["full_run_phases"]
    full, budget = result["full_seconds"], result["budget_seconds"]
    print(f"\nnaive: {result['snippets']} snippets with plain python, one after another: {result['naive_seconds']} s "
          f"(median {result['naive_median_per_snippet']} s); / {cores} workers (JOBS) = {budget} s")  # fmt: skip
    print(f"full verification (CI=true make test): {full} s = {result['ratio']} x the naive budget "
          f"({'within' if full <= budget else 'OVER'} budget)")  # fmt: skip
    print(f"in the full run, the warm parents took {split['parent_start_s']} s to start; the snippets' CPU runs "
          f"spent {split['startup_s']} s starting, {split['snippet_s']} s in their own code, "
          f"{split['exit_s']} s ending")  # fmt: skip
    if result["naive_outputs_differing"]:
        wrong = result["naive_outputs_differing"]
        print(f"warning: {len(wrong)} naive runs did not print their recording: {', '.join(wrong)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full-seconds", type=float, help="a timed `CI=true make test` to use instead of running one")
    args = parser.parse_args(argv)
    full = args.full_seconds if args.full_seconds is not None else full_run()
    split = phase_totals([r for r in read_report(REPO).get("snippets", []) if r.get("device") == "cpu"])

    models = model_cache("main")
    ensure_models(models, "main")
    env = naive_env(models)
    times, wrong = [], []
    for snippet in discover(REPO):
        seconds, ok = run_naive(snippet, env)
        times.append(seconds)
        if not ok:
            wrong.append(snippet.display)
        print(f"naive {seconds:6.2f} s  {snippet.display}{'' if ok else '  (output differs)'}", flush=True)
    # the parallelism `make test` itself uses (its JOBS workers), not the machine's core count: the budget is what
    # the same number of workers running plain python would take
    cores = int(os.environ.get("JOBS") or 2)
    naive = sum(times)
    budget = naive / cores
    result = {
        "machine": {"cores": os.cpu_count(), "jobs": cores, "python": sys.version.split()[0]},
        "full_seconds": round(full, 1),
        "naive_seconds": round(naive, 1),
        "naive_median_per_snippet": round(statistics.median(times), 2),
        "snippets": len(times),
        "naive_outputs_differing": wrong,
        "budget_seconds": round(budget, 1),
        "ratio": round(full / budget, 2),
        "full_run_phases": split,
    }
    out = settings.load(REPO).build / "bench-verify.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print_summary(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
