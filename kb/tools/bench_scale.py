"""Scale bench: how the engine's costs grow with the size of the knowledge base.

    make bench-scale                                   # 100, 500 and 2,000 snippets
    python -m kb bench-scale --sizes 20 40 [--keep]    # a quick run

For each size, a synthetic knowledge base in the real shape (kb/tools/scale_kb.py) is generated in a temporary
folder outside the repository, its outputs recorded by the engine, and committed to git. Then, --repeats times
(3 by default; each phase's median is what counts), with the commands a contributor runs (pytest with --kb-root
on the snippet and page checks; mkdocs build --strict): discovery (in-process), collection, cold verification
(empty snippet cache), one changed snippet re-verified, a no-change rerun, the strict build; the search index and
the page weight (gzip). Prints a table, the cost per snippet, and a verdict per budget: for each phase, the growth
exponent (the least-squares slope of log cost over log size, over all sizes) and, from three sizes on, the
marginal cost of one more snippet and the share of a quadratic term in the cost at the largest size (cost =
a + b·n + c·n² fitted to the medians). An exponent misses a quadratic term of 28 % of the cost at 2,000
snippets (1.1 between 100 and 2,000, less with a constant start-up cost); the fit does not. Writes
build/bench-scale/bench-scale.json and a plot. It is a benchmark, not a timed test.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kb.pages import checks
from kb.paths import REPO
from kb.run.report import read_report
from kb.run.snippet import discover
from kb.tools import scale_kb

TIMED = ("discovery", "collect", "cold", "one_changed", "no_change", "build")
MAX_EXPONENT = 1.15  # linear with small constants
# at most this share of a phase's cost at the largest size may come from the fitted n² term: medians 3 % off a
# linear cost, with the worst signs, give 0.11 at 100, 500 and 2,000 snippets (tests/test_scale.py)
MAX_QUADRATIC_SHARE = 0.15
ONE_CHANGED_BUDGET_S = 5.0  # at the largest size
Result = dict[str, Any]


def _timed(cmd: list[str], cwd: Path) -> float:
    start = time.monotonic()
    proc = subprocess.run(cmd, cwd=cwd, env=scale_kb.engine_env(), capture_output=True, text=True)
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return seconds


def verify_cmd(root: Path, jobs: int, *extra: str) -> list[str]:
    """`make test ONLY=…`'s pytest, on the synthetic tree: the snippet runs and the page checks."""
    workers = ["-p", "no:xdist"] if jobs <= 1 else ["-n", str(jobs)]
    return [sys.executable, "-m", "pytest", "-q", *workers, f"--kb-root={root}", *extra]


def tests(root: Path) -> list[str]:
    """`make test ONLY=…`'s test paths on the synthetic tree: its snippets and pages (the plugin's items), and this
    repository's rules over all pages."""
    return [str(root / "snippets"), str(root / "docs"), "tests/test_pages.py"]


def discovery_seconds(root: Path) -> float:
    """The snippets from the file tree and every page parsed (includes, lesson checks), in-process."""
    start = time.monotonic()
    discover(root)
    pages = [checks.parse_page(root, p) for p in sorted((root / "docs").rglob("*.md"))]
    checks.orphans(root, pages)
    return time.monotonic() - start


def edit_one(root: Path) -> Path:
    """Change one snippet (its docstring) so that its output stays the same: only it must run again."""
    snippets = discover(root)
    path = snippets[len(snippets) // 2].path
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"""', '"""（改动过）', 1), encoding="utf-8")
    return path


def ran(root: Path) -> int:
    """How many snippet runs of the last verification were not answered from the cache."""
    return sum(not r.get("cached") for r in read_report(root).get("snippets", []))


def site_sizes(site: Path) -> Result:
    index = (site / "search" / "search_index.json").read_bytes()
    pages = [p for p in site.rglob("*.html") if not {"assets", "search"} & set(p.relative_to(site).parts)]
    weights = [len(gzip.compress(p.read_bytes(), 6)) for p in pages]
    return {
        "search_index_bytes": len(index),
        "search_index_gzip": len(gzip.compress(index, 6)),
        "page_gzip_median": int(statistics.median(weights)),
        "page_gzip_max": max(weights),
        "html_pages": len(pages),
    }


def prepare(root: Path, n: int, jobs: int) -> Result:
    """Generate, record and commit a KB of n snippets under root (timed, but not one of the measured phases)."""
    start = time.monotonic()
    topics = scale_kb.generate(root, n)
    scale_kb.record(root, jobs)
    scale_kb.commit(root)
    return {"snippets": n, "pages": len(topics), "setup_s": round(time.monotonic() - start, 1)}


def measure(root: Path, n: int, jobs: int, repeats: int = 3) -> Result:
    """Every phase `repeats` times on a KB of n snippets generated once: each phase's median, and every run's
    seconds; how many snippets ran: the fewest of the cold runs, the most of the others (the worst of each)."""
    result = prepare(root, n, jobs)
    runs = [_once(root, jobs) for _ in range(repeats)]
    result["samples"] = {p: [round(s[p], 3) for s, _ in runs] for p in TIMED}
    result["seconds"] = {p: round(statistics.median(result["samples"][p]), 3) for p in TIMED}
    result["cold_ran"] = min(counts["cold_ran"] for _, counts in runs)
    for key in ("one_changed_ran", "no_change_ran"):
        result[key] = max(counts[key] for _, counts in runs)
    return {**result, **site_sizes(root / "site")}


def _once(root: Path, jobs: int) -> tuple[dict[str, float], dict[str, int]]:
    """One run of every phase: (seconds per phase, snippets run by each verification)."""
    s: dict[str, float] = {"discovery": discovery_seconds(root)}
    s["collect"] = _timed([*verify_cmd(root, 1, "--collect-only"), *tests(root)], REPO)
    shutil.rmtree(root / "build" / "snippet-cache")
    s["cold"] = _timed([*verify_cmd(root, jobs), *tests(root)], REPO)
    counts = {"cold_ran": ran(root)}
    edit_one(root)  # again on a later run: another change to the same snippet
    s["one_changed"] = _timed([*verify_cmd(root, jobs), *tests(root)], REPO)
    counts["one_changed_ran"] = ran(root)
    s["no_change"] = _timed([*verify_cmd(root, jobs), *tests(root)], REPO)
    counts["no_change_ran"] = ran(root)
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(root / "mkdocs.yml")]
    s["build"] = _timed([*mkdocs, "--site-dir", str(root / "site")], root)  # from the KB's root, as in the repo
    return s, counts


def exponent(results: list[Result], value: Any) -> float | None:
    """The least-squares slope of log(value) over log(snippets), over all sizes (None below two sizes, or for a
    value that is not positive)."""
    points = [(math.log(r["snippets"]), math.log(value(r))) for r in results if value(r) > 0]
    if len(points) < 2 or len(points) < len(results):
        return None
    mx, my = statistics.fmean(x for x, _ in points), statistics.fmean(y for _, y in points)
    return sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)


def fit(results: list[Result], value: Any) -> tuple[float, float, float] | None:
    """(a, b, c) of cost = a + b·n + c·n² fitted by least squares to every size's value (None below three sizes)."""
    if len({r["snippets"] for r in results}) < 3:
        return None
    from numpy.polynomial import Polynomial

    a, b, c = Polynomial.fit([r["snippets"] for r in results], [value(r) for r in results], 2).convert().coef
    return float(a), float(b), float(c)


def quadratic_share(results: list[Result], value: Any) -> float | None:
    """The fitted c·n²'s share of the fitted cost at the largest size (below zero for a cost that grows slower
    than linearly; None below three sizes)."""
    coef, n = fit(results, value), max(r["snippets"] for r in results)
    if coef is None or (total := coef[0] + coef[1] * n + coef[2] * n * n) <= 0:
        return None
    return coef[2] * n * n / total


def marginal_ms(results: list[Result], value: Any) -> tuple[float, float] | None:
    """The fitted cost of one more snippet (b + 2·c·n, in ms) at the smallest and at the largest size."""
    coef, sizes = fit(results, value), [r["snippets"] for r in results]
    if coef is None:
        return None
    return 1000 * (coef[1] + 2 * coef[2] * min(sizes)), 1000 * (coef[1] + 2 * coef[2] * max(sizes))


def metrics() -> dict[str, Any]:
    """What the table and the exponents report: every timed phase, the search index and the page weight."""
    found: dict[str, Any] = {p: (lambda r, p=p: r["seconds"][p]) for p in TIMED}
    for key in ("search_index_bytes", "search_index_gzip", "page_gzip_median", "page_gzip_max"):
        found[key] = lambda r, key=key: r[key]
    return found


# a page's weight must not grow with the KB (a page shows its own content); totals may grow linearly
BUDGETS = {"page_gzip_median": 0.15, "page_gzip_max": 0.15}


def table(results: list[Result]) -> str:
    head = f"{'snippets':>8} {'pages':>5} " + " ".join(f"{p:>11}" for p in TIMED)
    head += f" {'index KB':>9} {'index gz':>9} {'page gz med':>11} {'page gz max':>11}"
    rows = [head]
    for r in results:
        row = f"{r['snippets']:>8} {r['pages']:>5} " + " ".join(f"{r['seconds'][p]:>10.2f}s" for p in TIMED)
        row += f" {r['search_index_bytes'] / 1024:>9.1f} {r['search_index_gzip'] / 1024:>9.1f}"
        rows.append(row + f" {r['page_gzip_median'] / 1024:>10.1f}K {r['page_gzip_max'] / 1024:>10.1f}K")
    rows.append("")
    rows.append("cost per snippet (ms): " + "; ".join(_per_snippet(r) for r in results))
    marginal = {p: marginal_ms(results, lambda r, p=p: r["seconds"][p]) for p in TIMED}
    shown = [f"{p} {m[0]:.1f} → {m[1]:.1f}" for p, m in marginal.items() if m is not None]
    if shown:
        rows.append(
            f"one more snippet (ms, fitted), at {results[0]['snippets']} → {results[-1]['snippets']}: "
            + ", ".join(shown)
        )
    return "\n".join(rows)


def _per_snippet(r: Result) -> str:
    return f"{r['snippets']}: " + ", ".join(f"{p} {1000 * r['seconds'][p] / r['snippets']:.1f}" for p in TIMED)


def verdicts(results: list[Result]) -> tuple[list[str], dict[str, float | None], bool]:
    """(a line per budget, the exponents and the timed phases' quadratic shares, whether all hold)."""
    lines, exps, ok = [], {}, True
    for name, value in metrics().items():
        exps[name] = e = exponent(results, value)
        limit = BUDGETS.get(name, MAX_EXPONENT)
        holds = e is None or e <= limit
        line = f"{name:20} growth exponent {'n/a' if e is None else f'{e:.2f}'} (budget ≤ {limit})"
        if name in TIMED:
            exps[f"{name}_quadratic_share"] = q = quadratic_share(results, value)
            holds &= q is None or q <= MAX_QUADRATIC_SHARE
            line += f", n² share {'n/a' if q is None else f'{q:.0%}'} (budget ≤ {MAX_QUADRATIC_SHARE:.0%})"
        ok &= holds
        lines.append(f"{'ok  ' if holds else 'FAIL'} {line}")
    last = results[-1]
    one = last["seconds"]["one_changed"]
    holds = one <= ONE_CHANGED_BUDGET_S and last["one_changed_ran"] == 1 and last["no_change_ran"] == 0
    ok &= holds
    lines.append(
        f"{'ok  ' if holds else 'FAIL'} one changed snippet at {last['snippets']}: {one:.2f} s "
        f"(budget ≤ {ONE_CHANGED_BUDGET_S} s), {last['one_changed_ran']} snippet ran; no-change rerun ran "
        f"{last['no_change_ran']}"
    )
    return lines, exps, ok


def plot(results: list[Result], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["snippets"] for r in results]
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for phase in TIMED:
        ax.plot(sizes, [r["seconds"][phase] for r in results], marker="o", label=phase.replace("_", " "))
    ax.set(xscale="log", yscale="log", xlabel="snippets in the knowledge base", ylabel="wall-clock seconds")
    ax.set_title("Engine cost against size (the median of the runs at each size)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize="small")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000], help="numbers of snippets")
    parser.add_argument("--out", default=str(REPO / "build" / "bench-scale"), help="where the json and plot go")
    parser.add_argument("--jobs", type=int, default=2, help="pytest workers (as `make test`)")
    parser.add_argument("--repeats", type=int, default=3, help="runs of every phase per size (the median counts)")
    parser.add_argument("--keep", action="store_true", help="keep the synthetic knowledge bases (prints where)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    base = Path(tempfile.mkdtemp(prefix="kb-bench-scale-"))
    results = []
    try:
        for n in sorted(args.sizes):
            results.append(measure(base / f"kb-{n}", n, args.jobs, args.repeats))
            print(f"{n} snippets: {results[-1]['seconds']}", flush=True)
    finally:
        if args.keep:
            print(f"kept the synthetic knowledge bases in {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    print("\n" + table(results) + "\n")
    lines, exps, ok = verdicts(results)
    print("\n".join(lines))
    (out / "bench-scale.json").write_text(json.dumps({"results": results, "exponents": exps}, indent=2) + "\n")
    plot(results, out / "bench-scale.svg")
    print(f"\nwrote {out / 'bench-scale.json'} and {out / 'bench-scale.svg'} ({args.repeats} runs per size)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
