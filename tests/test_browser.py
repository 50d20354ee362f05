"""What a reader sees, checked in a real browser (Debian's Chromium, headless) against the built site.

Every page: no console errors, no failed requests, no request to any host but the local server,
every image loaded, every formula rendered by KaTeX, no horizontal overflow on a 375 px wide
screen. Plus search, the copy button (code only), each output right under its code, an exercise answer
opened, the palette toggle, and screenshots for people (build/screenshots/).
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse

import pytest

from kb.pages.include import snippet_includes
from kb.paths import REPO
from kb.run import figures
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

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and os.environ.get("CI", "").lower() not in ("1", "true"),
    reason=f"no Chromium at {CHROMIUM}: install Debian's chromium (CI does) to run the browser checks",
)


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


@pytest.fixture(scope="module")
def base_url(built_site):
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    yield ctx
    ctx.close()


def open_page(context, url, width=None, fonts=None):
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


@pytest.mark.parametrize("rel", _page_urls())
def test_page_in_browser(base_url, context, rel):
    """Every page as a reader on a phone gets it. The KaTeX fonts its math uses are exactly the ones it preloads:
    a font that arrives after the first paint re-flows the text around the math (Lighthouse measured a 0.15
    layout shift)."""
    fonts: set[str] = set()
    context.add_init_script(ROOT_CHANGES)
    page, problems = open_page(context, base_url + rel, width=375, fonts=fonts)
    for image in page.locator("article img").all():  # figures load lazily: scroll to each, as a reader does
        image.scroll_into_view_if_needed()
    try:
        page.wait_for_function("[...document.images].every(i => i.complete)", timeout=15_000)
    except Exception:  # noqa: BLE001 - reported below as images not loaded
        pass
    state = page.evaluate(
        """() => ({
            images: [...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src),
            math: [...document.querySelectorAll('.arithmatex')].filter(e => !e.querySelector('.katex')).length,  // rendered at build
            raw: (() => {  // TeX left unrendered in the prose (code may show TeX on purpose)
                const prose = document.querySelector('article').cloneNode(true);
                prose.querySelectorAll('code, pre, .katex').forEach(e => e.remove());
                return /\\\\\\(|\\\\\\[|\\$\\$/.test(prose.textContent);
            })(),
            overflow: document.documentElement.scrollWidth - window.innerWidth,
        })"""
    )
    problems += [f"image not loaded: {src}" for src in state["images"]]
    if state["math"]:
        problems.append(f"{state['math']} formula(s) not rendered by KaTeX")
    if state["raw"]:
        problems.append("raw TeX delimiters left in the text")
    page.evaluate("document.fonts.ready.then(() => 0)")
    preloaded = set(
        page.eval_on_selector_all("link[rel=preload][as=font]", "ls => ls.map(l => l.href.split('/').pop())")
    )
    katex = {f for f in fonts if f.startswith("KaTeX_")}
    if katex != preloaded:
        problems.append(f"KaTeX fonts loaded {sorted(katex)}, preloaded {sorted(preloaded)}")
    problems += [f"<html> changed once the body was there (the whole page is restyled): {c}"
                 for c in page.evaluate("window.__kbRootChanges")]  # fmt: skip
    if state["overflow"] > 0:
        problems.append(f"horizontal overflow of {state['overflow']} px at 375 px wide")
    assert not problems, "\n".join(f"/{rel}: {p}" for p in problems)


def _first_snippet(page_rel: str) -> Path:
    text = (REPO / "docs" / f"{page_rel}.md").read_text(encoding="utf-8")
    return REPO / "snippets" / snippet_includes(text)[0]


def test_copy_button_copies_the_code_only(base_url, context):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page, _ = open_page(context, base_url + "pytorch/dropout/")
    block = page.locator("div.highlight:has(span.filename)").first
    block.hover()
    block.locator("button[data-md-type=copy]").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    source = _first_snippet("pytorch/dropout").read_text(encoding="utf-8")
    assert copied.rstrip("\n") == source.rstrip("\n")
    output = page.locator("div.kb-output").first
    output.hover()
    assert output.locator("button[data-md-type=copy]").count() == 0, "the output block has no copy button"


def test_output_is_right_under_its_code(base_url, context):
    """d2l style: no tabs; the recorded output is the block right after the code, visible without a click."""
    page, _ = open_page(context, base_url + "pytorch/dropout/", width=375)
    follows = page.evaluate(
        "() => { const c = document.querySelector('div.highlight:has(span.filename)');"
        " return c.nextElementSibling && c.nextElementSibling.classList.contains('kb-output'); }"
    )
    assert follows
    shown = page.locator("div.kb-output pre").first
    assert shown.is_visible()
    recorded = _first_snippet("pytorch/dropout").with_suffix(".out").read_text(encoding="utf-8")
    assert shown.inner_text().rstrip("\n") == recorded.rstrip("\n")
    assert page.locator(".tabbed-set").count() == 0


def test_exercise_answer_opens(base_url, context):
    """Each answer is collapsed until the reader opens it; inside is its verified code and output."""
    page, _ = open_page(context, base_url + "pytorch/dropout/", width=375)
    answer = page.locator("details.success").first
    assert answer.locator("div.kb-output").first.is_hidden()
    answer.locator("summary").click()
    assert answer.locator("div.kb-output").first.is_visible()
    assert "kb-verified" in answer.inner_html() or "kb-unverified" in answer.inner_html()
    answer.scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "answer-375px.png"))


def test_palette_toggle(base_url, context):
    page, _ = open_page(context, base_url)
    before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_timeout(200)
    after = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_timeout(200)
    again = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert len({before, after, again}) >= 2, (before, after, again)


SEARCHES = {
    "正则化": "pytorch/regularization/",
    "位置编码": "pretrained/reading-list/",
    "生产者": "python/producer-consumer/",
    "全角": "python/unicode-nfkc/",
    "依存句法": "ie/ltp-dependency/",
    "参数量": "pretrained/parameter-count/",
    "扩充词表": "bert/add-tokens/",
}


def test_chinese_search(built_site, base_url, context):
    """Each term, typed into one page's search box one after another (the index loads once), finds its page first."""
    missing = [expected for expected in SEARCHES.values() if not (built_site / expected).exists()]
    assert not missing, f"expected pages are not in the site: {missing}"
    page, _ = open_page(context, base_url)
    box = page.locator("input.md-search__input")
    box.click()
    wrong = []
    for term, expected in SEARCHES.items():
        box.fill(term)  # an IME commits the whole word at once; the search reacts to the next key event
        box.press("End")
        try:  # the results of the term before stay until this term's arrive
            page.wait_for_function(
                """([term, path]) => {
                    const first = document.querySelector('.md-search-result__item a');
                    return first && new URL(first.href).pathname.replace(/\\/$/, '').endsWith(path)
                        && document.querySelector('.md-search-result__list mark')?.textContent.includes(term[0]);
                }""",
                arg=[term, expected.rstrip("/")],
                timeout=10_000,
            )
        except Exception:  # noqa: BLE001 - reported below with what came first instead
            first = page.locator(".md-search-result__item a").first
            wrong.append(f"{term}: first result {first.get_attribute('href') if first.count() else None}")
        if term == "位置编码":
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "search.png"))
    assert not wrong, "\n".join(wrong)


def test_search_index_loads_only_when_search_is_wanted(base_url, context):
    """The search index is most of a page's weight: no page fetches it until the reader reaches for
    search (focus, the phone's search button, or a shortcut key); then search works as usual."""
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda r: "search_index.json" in r.url and fetched.append(r.url))
    page.goto(base_url + "pytorch/regularization/", wait_until="networkidle")
    page.wait_for_timeout(500)
    assert fetched == [], "the search index was fetched before anyone searched"
    page.keyboard.press("s")  # the theme's search shortcut
    page.wait_for_timeout(500)
    assert len(fetched) == 1, "pressing the search shortcut did not load the index"
    page.locator("input.md-search__input").fill("正则化")
    page.locator("input.md-search__input").press("End")
    page.locator(".md-search-result__item a").first.wait_for(timeout=10_000)

    phone = context.new_page()
    phone.set_viewport_size({"width": 375, "height": 800})
    fetched.clear()
    phone.on("request", lambda r: "search_index.json" in r.url and fetched.append(r.url))
    phone.goto(base_url, wait_until="networkidle")
    assert fetched == []
    phone.locator("label.md-header__button[for=__search]").click()
    phone.locator("input.md-search__input").fill("位置编码")
    phone.locator("input.md-search__input").press("End")
    phone.locator(".md-search-result__item a").first.wait_for(timeout=10_000)
    assert len(fetched) == 1


def test_every_code_block_has_a_verification_badge(built_site):
    """Each snippet's title bar carries a badge, and the page ends with its verification line (no alarm on
    top: before the tests have run, the line says so once, quietly)."""
    import re

    pages = [p for p in built_site.rglob("index.html") if 'class="filename">snippets/' in p.read_text("utf-8")]
    with_code = [p for p in (REPO / "docs").rglob("*.md") if snippet_includes(p.read_text(encoding="utf-8"))]
    assert len(pages) == len(with_code)
    for path in pages:
        html = path.read_text(encoding="utf-8")
        titles = re.findall(r'<span class="filename">snippets/[^<]+?\.py(<span class="kb-badge [^"]+")?', html)
        assert titles and all(titles), f"{path}: a code block without a badge"
        unverified = sum("kb-unverified" in t for t in titles)
        assert "kb-page-unverified" not in html, path
        # the line at the end of the page (its counts are checked in test_engine.py): this test site is
        # built while the snippets are still being verified, so some blocks may not have passed yet
        summary = re.search(r'<p class="kb-verification">(.*?)</p>', html)
        assert summary, f"{path}: no verification line"
        counts = [(int(a), int(b)) for a, b in re.findall(r"）：(\d+)/(\d+) 段", summary.group(1))]
        assert all(0 < a <= b == len(titles) for a, b in counts), path
        assert bool(counts) == (unverified < len(titles)), path
        assert bool(counts) or "还没有验证记录" in summary.group(1), path


@pytest.mark.parametrize(
    ("name", "rel"),
    [
        ("home", ""),
        ("math", "math/gaussian/"),
        ("figure", "pretrained/gpt-1-2-3/"),
        ("code", "bert/attention-mask/"),
        ("block", "bert/transformer-block/"),
        ("training", "pytorch/training-loop/"),
    ],
)
def test_screenshots(built_site, base_url, context, name, rel):
    if not (built_site / rel / "index.html").exists():
        pytest.fail(f"page /{rel} is not in the site")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page, problems = open_page(context, base_url + rel)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)
    mobile, _ = open_page(context, base_url + rel, width=375)
    mobile.screenshot(path=str(SCREENSHOTS / f"{name}-375px.png"))
    assert not problems


def test_footer_licenses_and_report_link(base_url, context):
    """The footer states both licenses; each page's 报告错误 link opens the 勘误 form with the page filled in."""
    from urllib.parse import parse_qs

    page, problems = open_page(context, base_url + "pytorch/dropout/")
    footer = page.locator(".md-copyright")
    assert "CC BY 4.0" in footer.inner_text() and "MIT-0" in footer.inner_text()
    link = page.locator("a.kb-report").first
    assert link.is_visible() and link.get_attribute("title") == "报告错误"
    href = link.get_attribute("href")
    query = parse_qs(urlparse(href).query)
    assert urlparse(href).path.endswith("/issues/new") and query["template"] == ["erratum.yml"]
    # the page's canonical URL (site_url + its path; this test site is built for http://127.0.0.1/)
    assert [urlparse(u).path for u in query["page"]] == ["/pytorch/dropout/"] and query["title"][0].startswith("[勘误]")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    link.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "report-link.png"))
    footer.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "footer.png"))
    assert not problems
