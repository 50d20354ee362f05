"""What the two browser modules share (tests/test_browser.py: every page; tests/test_browser_pages.py: what a
reader does on a few): Debian's Chromium, headless, one per module; the local server of the built site; a page
opened with its problems collected; and the badge each snippet must show, from the report the site was built from.
The fixtures are imported by name into each module (not a conftest: these two modules alone use them)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from kb.pages.include import snippet_includes
from kb.paths import REPO
from kb.run import cache
from kb.run.report import ATTESTATIONS, read_attestations, read_real_weights, read_report
from kb.run.snippet import Snippet
from kb.tools.serve import serve

CHROMIUM = os.environ.get("KB_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCREENSHOTS = REPO / "build" / "screenshots"

needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and os.environ.get("CI", "").lower() not in ("1", "true"),
    reason=f"no Chromium at {CHROMIUM}: install Debian's chromium (CI does) to run the browser checks",
)


@pytest.fixture(scope="module")
def base_url(built_site: Path) -> Iterator[str]:
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    """A fresh context per test: nothing cached from another page (each page's font requests are counted)."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    yield ctx
    ctx.close()


def open_page(context: Any, url: str, width: int | None = None, fonts: set[str] | None = None) -> tuple[Any, list[str]]:
    """Opens url and returns (page, problems) where problems collects what a reader would hit; the file names
    of the fonts it fetches go into `fonts` when given."""
    page = context.new_page()
    if fonts is not None:
        page.on("request", lambda r: r.resource_type == "font" and fonts.add(r.url.rsplit("/", 1)[-1]))
    if width:
        page.set_viewport_size({"width": width, "height": 800})
    problems: list[str] = []
    host = urlparse(url).netloc
    page.on("console", lambda m: m.type == "error" and problems.append(f"console error: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"failed request: {r.url} ({r.failure})"))
    page.on(
        "request",
        lambda r: (
            urlparse(r.url).scheme in ("http", "https")
            and urlparse(r.url).netloc != host
            and problems.append(f"third-party request: {r.url}")
        ),
    )
    page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
    # "load": the page and everything it links have arrived (networkidle would add half a second of waiting for
    # nothing on every page); what loads later (lazy figures, fonts) each test waits for itself
    page.goto(url, wait_until="load")
    return page, problems


def first_snippet(page_rel: str) -> Path:
    text = (REPO / "docs" / f"{page_rel}.md").read_text(encoding="utf-8")
    return REPO / "snippets" / snippet_includes(text)[0]


# a code block's title: its snippet, then its badge (kb/site/badges.py)
TITLE = re.compile(
    r'<span class="filename">(?P<snippet>snippets/[^<]+?\.py)'
    r'(?:<span class="kb-badge (?P<kind>[^"]+)"[^>]*>(?P<text>[^<]*)</span>)?'
)
DEVICE_NAMES = {"cpu": "CPU", "cuda": "CUDA GPU"}
UNVERIFIED = "尚未验证"


def expected_badges(root: Path) -> dict[str, str]:
    """{snippet: its badge's text} for the snippets with a passing run that still holds: a record in the report
    the site was built from (build/report.json under root; a CUDA run only where it used the GPU), or a GPU run
    kept in snippets/verified-on-gpu.json for a device the report lacks, whose content key matches the files as
    they are: '✓ 已验证 · CPU + CUDA GPU' (CPU first), ' · 真实权重' for a model-loading snippet whose last
    real-weights run passed and still holds, then the oldest run's date. Any other snippet's badge says
    尚未验证. The rule as the 关于验证 page states it, written out apart from kb/site/badges.py."""
    runs: dict[str, dict[str, dict[str, Any]]] = {}
    reported = [r for r in read_report(root).get("snippets", []) if r.get("result") == "passed"]
    for record in [*reported, *read_attestations(root / ATTESTATIONS)]:
        path, device = root / record["snippet"], record["device"]
        if device not in DEVICE_NAMES or (device != "cpu" and "result" in record and not record.get("gpu_used")):
            continue  # the second set of stand-in weights is no device of its own; a CUDA run on the CPU no GPU check
        if not path.exists() or device in runs.get(record["snippet"], {}):
            continue
        if record.get("content") == cache.content_key(Snippet(root, path), device, record.get("versions")):
            runs.setdefault(record["snippet"], {})[device] = record
    real = {e["snippet"]: e["key"] for e in read_real_weights(root).get("snippets", []) if e.get("result") == "passed"}
    badges = {}
    for snippet, by_device in runs.items():
        devices = " + ".join(DEVICE_NAMES[d] for d in sorted(by_device, key=lambda d: d != "cpu"))
        one = Snippet(root, root / snippet)
        if one.loads_model and snippet in real and real[snippet] == cache.real_key(one):
            devices += " · 真实权重"
        badges[snippet] = f"✓ 已验证 · {devices} · {min(str(r['verified_at']) for r in by_device.values())[:10]}"
    return badges


def badge_mismatches(html: str, expected: dict[str, str]) -> list[str]:
    """Each code block of a page whose badge is missing or is not the one the report gives it (expected_badges;
    尚未验证 for a snippet with no passing run that holds)."""
    wrong = []
    for title in TITLE.finditer(html):
        snippet, kind, text = title["snippet"], title["kind"], (title["text"] or "").strip()
        want = (expected[snippet], "kb-verified") if snippet in expected else (UNVERIFIED, "kb-unverified")
        if kind is None:
            wrong.append(f"{snippet}: no badge")
        elif (text, kind) != want:
            wrong.append(f"{snippet}: shows {text!r} ({kind}), the report the site was built from says {want[0]!r}")
    return wrong
