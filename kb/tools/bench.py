"""Page weight and Lighthouse scores of every page, measured as a reader gets the site: gzip-compressed,
kept-alive connections, first load, a phone (Lighthouse's mobile preset, simulated throttling).

    make bench                                   # builds the site, then measures every page
    python -m kb bench --site site --baseline 3987f88 --pages pytorch/regularization/

With --baseline REV the site of commit REV is built too (in a temporary git worktree, with this checkout's
figures, verification report and KaTeX font cache) and measured in the same run: each page's runs
alternate between the two sites, so a busy machine slows both alike. Each figure is the median of the
runs; the table also gives Lighthouse's benchmarkIndex (the machine's speed during the runs).

Writes build/bench.json (after each page, so an interrupted run keeps what it measured). It is a
benchmark, not a timed test. Budgets: a typical page ≤ 200 KB transferred, Lighthouse performance ≥ 95
and accessibility ≥ 95 on every page.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kb import settings
from kb.paths import REPO
from kb.tools.serve import serve

CHROMIUM = os.environ.get("KB_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]  # fmt: skip
LIGHTHOUSE = "lighthouse@12.2.3"
BUDGET_KB = 200
BUDGET_SCORE = 95
# what a Lighthouse run reports: (name in bench.json, audit id or category); medians are taken of each
METRICS = {
    "performance": "performance",
    "accessibility": "accessibility",
    "tbt_ms": "total-blocking-time",
    "lcp_ms": "largest-contentful-paint",
    "fcp_ms": "first-contentful-paint",
    "cls": "cumulative-layout-shift",
    "dom_size": "dom-size",
}
# build outputs a site build reads that are not in git (drawn or recorded by the test suite)
BUILD_INPUTS = ["build/figures", "build/report.json", "build/katex-fonts"]


def page_urls(site: Path) -> list[str]:
    urls = []
    for index in sorted(site.rglob("index.html")):
        rel = index.parent.relative_to(site).as_posix()
        if not rel.startswith(("assets", "search")):
            urls.append("" if rel == "." else rel + "/")
    return urls


def transferred(site: Path) -> dict[str, dict[str, int]]:
    """{page: {bytes, requests}} on a first load (empty cache), gzip on, after the page settles."""
    from playwright.sync_api import sync_playwright

    result = {}
    with serve(site, compress=True) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for rel in page_urls(site):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            responses: list[Any] = []
            # a lambda, not the list's bound method: playwright sets an attribute on the handler
            page.on("requestfinished", lambda r, out=responses: out.append(r))
            page.goto(base + rel, wait_until="networkidle")
            page.wait_for_timeout(300)
            total = 0
            for r in responses:
                sizes = r.sizes()
                total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
            result[rel] = {"bytes": total, "requests": len(responses)}
            context.close()
        browser.close()
    return result


def lighthouse_run(url: str) -> dict[str, float]:
    """One Lighthouse run (mobile, simulated throttling): the METRICS and the benchmarkIndex."""
    cmd = [str(shutil.which("npx")), "--yes", LIGHTHOUSE, url, "--quiet", "--output=json", "--output-path=stdout",
           "--only-categories=performance,accessibility", "--form-factor=mobile",
           f"--chrome-flags={' '.join(['--headless=new', *ARGS])}"]  # fmt: skip
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"lighthouse {url} failed ({proc.returncode}): {proc.stderr[-1000:]}")
    report = json.loads(proc.stdout)
    if None in (c["score"] for c in report["categories"].values()):
        problem = report.get("runtimeError") or [
            a["errorMessage"] for a in report["audits"].values() if "errorMessage" in a
        ]
        raise RuntimeError(f"lighthouse {url}: no score ({str(problem)[:1000]})")
    run: dict[str, float] = {"benchmark_index": report["environment"]["benchmarkIndex"]}
    for name, key in METRICS.items():
        if key in report["categories"]:
            run[name] = round(report["categories"][key]["score"] * 100)
        else:
            run[name] = report["audits"][key]["numericValue"]
    return run


def medians(runs: list[dict[str, float]]) -> dict[str, Any]:
    """The median of each figure over the runs, and the performance score of each run."""
    result: dict[str, Any] = {name: statistics.median(r[name] for r in runs) for name in runs[0]}
    result["performance_runs"] = [r["performance"] for r in runs]
    return result


@contextlib.contextmanager
def site_at(rev: str) -> Iterator[Path]:
    """The site of commit `rev`, built in a temporary worktree with this checkout's build inputs."""
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), rev], cwd=REPO, check=True)
        try:
            for rel in BUILD_INPUTS:
                src, dst = REPO / rel, tree / rel
                dst.parent.mkdir(parents=True, exist_ok=True)
                if src.is_dir():
                    shutil.copytree(src, dst)
                elif src.exists():
                    shutil.copy2(src, dst)
            (tree / "node_modules").symlink_to((REPO / "node_modules").resolve())
            site = Path(tmp) / "site"
            env = {**os.environ, "PYTHONPATH": str(tree)}
            build = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)]
            subprocess.run(build, cwd=tree, env=env, check=True)
            yield site
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=REPO, check=False)


def measure(sites: dict[str, Path], pages: list[str], runs: int, out: Path, report: dict[str, Any]) -> None:
    """Lighthouse `runs` times on each page of each site, the sites' runs alternating; bench.json after each page."""
    scores: dict[str, dict[str, Any]] = report.setdefault("lighthouse", {})
    with contextlib.ExitStack() as stack:
        bases = {name: stack.enter_context(serve(site, compress=True)) for name, site in sites.items()}
        for rel in pages:
            done: dict[str, list[dict[str, float]]] = {name: [] for name in sites}
            for _ in range(runs):
                for name, base in bases.items():
                    for _attempt in range(3):  # a run that yields no score (Lighthouse's own error) is repeated
                        try:
                            done[name].append(lighthouse_run(base + rel))
                            break
                        except RuntimeError as error:
                            print(f"  {error}", file=sys.stderr)
            scores[rel] = {name: medians(r) for name, r in done.items()}
            print(row(rel, scores[rel]), flush=True)
            out.write_text(json.dumps(report, indent=2), encoding="utf-8")


def row(rel: str, by_site: dict[str, dict[str, Any]]) -> str:
    """One line of the table: each figure as `baseline→now` when there is a baseline."""

    def fig(name: str, fmt: str) -> str:
        return "→".join(format(s[name], fmt) for s in by_site.values())

    low = by_site["now"]["performance"] < BUDGET_SCORE or by_site["now"]["accessibility"] < BUDGET_SCORE
    return (f"/{rel:34} {fig('performance', '.0f'):>8} {fig('accessibility', '.0f'):>8} {fig('tbt_ms', '.0f'):>10}"
            f" {fig('lcp_ms', '.0f'):>10} {fig('cls', '.3f'):>12} {fig('benchmark_index', '.0f'):>10}"
            f"{'  < ' + str(BUDGET_SCORE) if low else ''}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default=str(REPO / "site"))
    parser.add_argument("--pages", nargs="*", help="pages to score, e.g. math/gaussian/ (default: every page)")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page and site (medians are reported)")
    parser.add_argument("--baseline", metavar="REV", help="also build and measure the site of this commit")
    parser.add_argument("--no-weights", action="store_true", help="skip the page-weight pass")
    args = parser.parse_args(argv)
    site = Path(args.site)
    out = settings.load(REPO).build / "bench.json"
    out.parent.mkdir(exist_ok=True)
    report: dict[str, Any] = {"lighthouse_version": LIGHTHOUSE, "baseline": args.baseline, "runs": args.runs}

    if not args.no_weights:
        weights = report["transferred"] = transferred(site)
        print(f"{'page':45} {'KB (gzip)':>10} {'requests':>9}")
        for rel, w in weights.items():
            flag = "" if w["bytes"] <= BUDGET_KB * 1024 else f"  > {BUDGET_KB} KB"
            print(f"/{rel:44} {w['bytes'] / 1024:10.1f} {w['requests']:9d}{flag}")
        kb = [w["bytes"] / 1024 for w in weights.values()]
        print(f"median {statistics.median(kb):.1f} KB, max {max(kb):.1f} KB over {len(kb)} pages")

    pages = page_urls(site) if not args.pages else args.pages
    legend = f"baseline {args.baseline} → now" if args.baseline else "now"
    print(f"\nLighthouse {LIGHTHOUSE}, mobile, medians of {args.runs} runs ({legend}); TBT and LCP in ms")
    print(f"{'page':35} {'perf':>8} {'a11y':>8} {'TBT':>10} {'LCP':>10} {'CLS':>12} {'bench idx':>10}")
    with contextlib.ExitStack() as stack:
        sites = {"baseline": stack.enter_context(site_at(args.baseline))} if args.baseline else {}
        measure({**sites, "now": site}, pages, args.runs, out, report)
    below = [rel for rel, s in report["lighthouse"].items() if min(s["now"]["performance"], s["now"]["accessibility"]) < BUDGET_SCORE]  # fmt: skip
    print(f"{len(pages) - len(below)}/{len(pages)} pages at performance and accessibility ≥ {BUDGET_SCORE}; {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
