"""Page weight and Lighthouse scores, measured as a reader gets the site: gzip-compressed, first load.

    make bench                      # builds the site, then measures
    python -m kb bench --site site --lighthouse pytorch/regularization/

Reports (build/bench.json and a table); it is a benchmark, not a timed test. Budgets: a typical page
≤ 200 KB transferred (everything the page fetches on first load), Lighthouse performance ≥ 95 and
accessibility ≥ 95.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from kb.paths import REPO
from kb.tools.serve import serve

CHROMIUM = os.environ.get("KB_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]  # fmt: skip
BUDGET_KB = 200


def page_urls(site: Path) -> list[str]:
    urls = []
    for index in sorted(site.rglob("index.html")):
        rel = index.parent.relative_to(site).as_posix()
        if not rel.startswith(("assets", "search")):
            urls.append("" if rel == "." else rel + "/")
    return urls


def transferred(site: Path) -> dict[str, dict]:
    """{page: {bytes, requests}} on a first load (empty cache), gzip on, after the page settles."""
    from playwright.sync_api import sync_playwright

    result = {}
    with serve(site, compress=True) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for rel in page_urls(site):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            responses: list = []

            def finished(request: Any, responses: list[Any] = responses) -> None:
                responses.append(request)

            page.on("requestfinished", finished)
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


def lighthouse(site: Path, rel: str, runs: int) -> dict:
    """Lighthouse (mobile, simulated throttling) `runs` times; the median run by performance score
    (Lighthouse's own advice for noisy machines), with the spread."""
    npx = shutil.which("npx")
    results = []
    with serve(site, compress=True) as base:
        for _ in range(runs):
            cmd = [str(npx), "--yes", "lighthouse@12.2.3", base + rel, "--quiet", "--output=json", "--output-path=stdout",
                   "--only-categories=performance,accessibility", "--form-factor=mobile",
                   f"--chrome-flags={' '.join(['--headless=new', *ARGS])}"]  # fmt: skip
            proc = subprocess.run(
                cmd, capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=600
            )
            if proc.returncode != 0:
                return {"error": proc.stderr[-2000:]}
            report = json.loads(proc.stdout)
            audits = report["audits"]
            results.append(
                {
                    "performance": round(report["categories"]["performance"]["score"] * 100),
                    "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
                    "first-contentful-paint": audits["first-contentful-paint"]["displayValue"],
                    "largest-contentful-paint": audits["largest-contentful-paint"]["displayValue"],
                    "total-blocking-time": audits["total-blocking-time"]["displayValue"],
                    "cumulative-layout-shift": audits["cumulative-layout-shift"]["displayValue"],
                    "dom-size": audits["dom-size"]["numericValue"],
                    "benchmark-index": report["environment"]["benchmarkIndex"],
                }
            )
    results.sort(key=lambda r: r["performance"])
    median = results[len(results) // 2]
    return {**median, "performance-runs": [r["performance"] for r in results]}


def representative_pages(weights: dict[str, dict]) -> list[str]:
    """The home page, the median page by weight, the math page, the heaviest topic page and the
    heaviest page of all (an executed notebook page)."""
    ordered = sorted(weights, key=lambda rel: weights[rel]["bytes"])
    topics = [rel for rel in ordered if not rel.startswith("run/")]
    return list(dict.fromkeys(["", ordered[len(ordered) // 2], "math/gaussian/", topics[-1], ordered[-1]]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default=str(REPO / "site"))
    parser.add_argument("--lighthouse", nargs="*", help="pages to score (default: representative_pages)")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (the median is reported)")
    args = parser.parse_args(argv)
    site = Path(args.site)

    weights = transferred(site)
    print(f"{'page':45} {'KB (gzip)':>10} {'requests':>9}")
    for rel, w in weights.items():
        flag = "" if w["bytes"] <= BUDGET_KB * 1024 else f"  > {BUDGET_KB} KB"
        print(f"/{rel:44} {w['bytes'] / 1024:10.1f} {w['requests']:9d}{flag}")
    kb = [w["bytes"] / 1024 for w in weights.values()]
    print(f"median {statistics.median(kb):.1f} KB, max {max(kb):.1f} KB over {len(kb)} pages")

    pages = representative_pages(weights) if args.lighthouse is None else args.lighthouse
    scores = {rel: lighthouse(site, rel, args.runs) for rel in pages}
    for rel, s in scores.items():
        print(f"lighthouse /{rel}: {s}")
    out = REPO / "build" / "bench.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"transferred": weights, "lighthouse": scores}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
