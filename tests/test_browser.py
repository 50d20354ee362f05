"""What a reader sees, checked in a real browser (Debian's Chromium, headless) against the built site: every page.

Every page: no console errors, no failed requests, no request to any host but the local server, every image
loaded, every formula rendered by KaTeX, exactly the KaTeX fonts it preloads, no restyling of the whole page once
it is shown, no horizontal overflow on a 375 px wide screen. And each code block's verification badge is the one
the report the site was built from gives it. What a reader does on a few pages (search, copy, answers,
screenshots): tests/test_browser_pages.py.
"""

from __future__ import annotations

import re

import pytest

from kb.pages.include import snippet_includes
from kb.paths import REPO
from kb.run import figures
from kb.run.snippet import Snippet
from tests import browser_helpers
from tests.browser_helpers import (
    UNVERIFIED,
    badge_mismatches,
    expected_badges,
    needs_chromium,
    open_page,
)

pytestmark = [needs_chromium, pytest.mark.kb_site]  # kb_site: runs after the snippets that draw figures
# the shared fixtures, under their names in this module
base_url, browser = browser_helpers.base_url, browser_helpers.browser


def _page_urls() -> list[str]:
    """Each docs page's URL path (use_directory_urls), plus the 404 page."""
    urls = []
    for md in sorted((REPO / "docs").rglob("*.md")):
        rel = md.relative_to(REPO / "docs").with_suffix("").as_posix()
        url = rel.removesuffix("index")  # a section's landing page is served at the section's URL
        urls.append(url if url == "" or url.endswith("/") else url + "/")
        text = md.read_text(encoding="utf-8")
        if any(figures.makes_figures(Snippet(REPO, REPO / "snippets" / inc)) for inc in snippet_includes(text)):
            urls.append(f"run/{rel}/")  # its notebook, rendered as a page (mkdocs-jupyter)
    return [*urls, "404.html"]


@pytest.fixture
def phone(browser):
    """A fresh context as wide as a phone (nothing cached from another page: each page's font requests count)."""
    ctx = browser.new_context(viewport={"width": 375, "height": 800}, locale="zh-CN")
    yield ctx
    ctx.close()


# A change of <html>'s classes once the body exists restyles every element of the page (kb/site/startup.py):
# record each one that changes the set of classes or another attribute's value
ROOT_CHANGES = """
window.__kbRootChanges = [];
new MutationObserver(ms => ms.forEach(m => {
  if (m.target !== document.documentElement || !document.body) return;
  const now = m.target.getAttribute(m.attributeName);
  const same = m.attributeName === "class"
    ? [...new Set((m.oldValue || "").split(/\\s+/).filter(Boolean))].sort().join(" ")
      === [...new Set((now || "").split(/\\s+/).filter(Boolean))].sort().join(" ")
    : m.oldValue === now;
  if (!same) window.__kbRootChanges.push(`${m.attributeName}: ${m.oldValue} → ${now}`);
})).observe(document, {attributes: true, attributeOldValue: true, subtree: true});  // before <html> exists
"""
# figures load lazily: scroll to each until it is in view, as a reader does (in one call: a round trip per figure
# costs more); sections render as they come into view (content-visibility), so the page grows while it scrolls
SCROLL_TO_IMAGES = """async () => {
  for (const image of document.querySelectorAll('article img')) {
    for (let tries = 0; tries < 20; tries++) {
      image.scrollIntoView({block: 'center'});
      await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
      const box = image.getBoundingClientRect();
      if (box.bottom > 0 && box.top < innerHeight) break;
    }
  }
}"""
# what the page shows once its fonts are ready
PAGE_STATE = """async () => {
  await document.fonts.ready;
  return {
    images: [...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src),
    math: [...document.querySelectorAll('.arithmatex')].filter(e => !e.querySelector('.katex')).length,  // rendered at build
    raw: (() => {  // TeX left unrendered in the prose (code may show TeX on purpose)
      const prose = document.querySelector('article').cloneNode(true);
      prose.querySelectorAll('code, pre, .katex').forEach(e => e.remove());
      return /\\\\\\(|\\\\\\[|\\$\\$/.test(prose.textContent);
    })(),
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    preloaded: [...document.querySelectorAll('link[rel=preload][as=font]')].map(l => l.href.split('/').pop()),
    rootChanges: window.__kbRootChanges,
  };
}"""


@pytest.mark.parametrize("rel", _page_urls())
def test_page_in_browser(base_url, phone, rel):
    """Every page as a reader on a phone gets it. The KaTeX fonts its math uses are exactly the ones it preloads:
    a font that arrives after the first paint re-flows the text around the math (Lighthouse measured a 0.15
    layout shift)."""
    fonts: set[str] = set()
    phone.add_init_script(ROOT_CHANGES)
    page, problems = open_page(phone, base_url + rel, fonts=fonts)
    page.evaluate(SCROLL_TO_IMAGES)
    try:
        page.wait_for_function("[...document.images].every(i => i.complete)", timeout=15_000)
    except Exception:  # noqa: BLE001 - reported below as images not loaded
        pass
    state = page.evaluate(PAGE_STATE)
    problems += [f"image not loaded: {src}" for src in state["images"]]
    if state["math"]:
        problems.append(f"{state['math']} formula(s) not rendered by KaTeX")
    if state["raw"]:
        problems.append("raw TeX delimiters left in the text")
    katex = {f for f in fonts if f.startswith("KaTeX_")}
    if katex != set(state["preloaded"]):
        problems.append(f"KaTeX fonts loaded {sorted(katex)}, preloaded {sorted(state['preloaded'])}")
    problems += [f"<html> changed once the body was there (the whole page is restyled): {c}"
                 for c in state["rootChanges"]]  # fmt: skip
    if state["overflow"] > 0:
        problems.append(f"horizontal overflow of {state['overflow']} px at 375 px wide")
    assert not problems, "\n".join(f"/{rel}: {p}" for p in problems)


def test_every_code_block_has_the_badge_the_report_gives_it(built_site):
    """Each snippet's title bar carries the badge that build/report.json (which the site was built from) gives
    it: ✓ with its devices and date for a passing run that still holds, 尚未验证 for any other; and the page
    ends with its verification line (no alarm on top: before the tests have run, the line says so once)."""
    expected = expected_badges(REPO)
    pages = [p for p in built_site.rglob("index.html") if 'class="filename">snippets/' in p.read_text("utf-8")]
    with_code = [p for p in (REPO / "docs").rglob("*.md") if snippet_includes(p.read_text(encoding="utf-8"))]
    assert len(pages) == len(with_code)
    wrong = []
    for path in pages:
        html = path.read_text(encoding="utf-8")
        titles = re.findall(r'<span class="filename">(snippets/[^<]+?\.py)', html)
        wrong += [f"{path.relative_to(built_site)}: {w}" for w in badge_mismatches(html, expected)]
        assert "kb-page-unverified" not in html, path
        # the line at the end of the page (its counts are checked in tests/test_engine_records.py)
        summary = re.search(r'<p class="kb-verification">(.*?)</p>', html)
        assert summary, f"{path}: no verification line"
        counts = [(int(a), int(b)) for a, b in re.findall(r"）：(\d+)/(\d+) 段", summary.group(1))]
        assert all(0 < a <= b == len(titles) for a, b in counts), path
        assert bool(counts) == any(t in expected for t in titles), path
        assert bool(counts) or "还没有验证记录" in summary.group(1), path
    assert not wrong, "\n".join(wrong)


def test_a_badge_other_than_the_reports_is_caught():
    """The check above on a synthetic page: 尚未验证 for a snippet that passed, ✓ for one that did not, other
    devices or another date, and a block without a badge are each reported; the right badges are not."""
    verified = "✓ 已验证 · CPU · 2026-12-03"
    expected = {"snippets/a/p/passed.py": verified}

    def block(snippet: str, kind: str | None, text: str = "") -> str:
        badge = f'<span class="kb-badge {kind}" title="…">{text}</span>' if kind else ""
        return f'<span class="filename">{snippet}{badge}</span>'

    right = block("snippets/a/p/passed.py", "kb-verified", verified) + block(
        "snippets/a/p/new.py", "kb-unverified", UNVERIFIED
    )
    assert badge_mismatches(right, expected) == []
    for wrong in (
        block("snippets/a/p/passed.py", "kb-unverified", UNVERIFIED),
        block("snippets/a/p/new.py", "kb-verified", verified.replace("a/p/passed", "a/p/new")),
        block("snippets/a/p/passed.py", "kb-verified", "✓ 已验证 · CPU + CUDA GPU · 2026-12-03"),
        block("snippets/a/p/passed.py", "kb-verified", "✓ 已验证 · CPU · 2026-11-30"),
        block("snippets/a/p/passed.py", None),
    ):
        assert len(badge_mismatches(right + wrong, expected)) == 1, wrong
