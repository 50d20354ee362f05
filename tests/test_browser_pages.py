"""What a reader does on a few pages of the built site, in a real browser (Debian's Chromium, headless): search,
the copy button (code only), each output right under its code, an exercise answer opened (with the badge the
report gives its code), the palette toggle, the footer's licenses and 报告错误 link, and screenshots for people
(build/screenshots/). The checks on every page: tests/test_browser.py. One page load serves the checks that only
read it (the dropout page, at each width)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from kb.paths import REPO
from tests import browser_helpers
from tests.browser_helpers import (
    SCREENSHOTS,
    TITLE,
    badge_mismatches,
    expected_badges,
    first_snippet,
    needs_chromium,
    open_page,
)

pytestmark = [needs_chromium, pytest.mark.kb_site]  # kb_site: runs after the snippets that draw figures
# the shared fixtures, under their names in this module
base_url, browser, context = browser_helpers.base_url, browser_helpers.browser, browser_helpers.context
DROPOUT = "pytorch/dropout/"


@pytest.fixture(scope="module")
def dropout(browser, base_url):
    """The dropout page on a desktop, loaded once: (page, problems); the clipboard may be read."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    yield open_page(ctx, base_url + DROPOUT)
    ctx.close()


@pytest.fixture(scope="module")
def dropout_phone(browser, base_url):
    """The dropout page on a phone, loaded once: (page, problems)."""
    ctx = browser.new_context(viewport={"width": 375, "height": 800}, locale="zh-CN")
    yield open_page(ctx, base_url + DROPOUT)
    ctx.close()


def test_copy_button_copies_the_code_only(dropout):
    page, problems = dropout
    block = page.locator("div.highlight:has(span.filename)").first
    block.hover()
    block.locator("button[data-md-type=copy]").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    source = first_snippet("pytorch/dropout").read_text(encoding="utf-8")
    assert copied.rstrip("\n") == source.rstrip("\n")
    output = page.locator("div.kb-output").first
    output.hover()
    assert output.locator("button[data-md-type=copy]").count() == 0, "the output block has no copy button"
    assert not problems


def test_output_is_right_under_its_code(dropout_phone):
    """d2l style: no tabs; the recorded output is the block right after the code, visible without a click."""
    page, _ = dropout_phone
    follows = page.evaluate(
        "() => { const c = document.querySelector('div.highlight:has(span.filename)');"
        " return c.nextElementSibling && c.nextElementSibling.classList.contains('kb-output'); }"
    )
    assert follows
    shown = page.locator("div.kb-output pre").first
    assert shown.is_visible()
    recorded = first_snippet("pytorch/dropout").with_suffix(".out").read_text(encoding="utf-8")
    assert shown.inner_text().rstrip("\n") == recorded.rstrip("\n")
    assert page.locator(".tabbed-set").count() == 0


def test_exercise_answer_opens(base_url, context):
    """Each answer is collapsed until the reader opens it; inside is its code, with the badge the report the site
    was built from gives it, and its output. (A page of its own: a click must not depend on what another test did
    to a shared page; a shared one failed here once in a fresh-clone CI run, the click not opening the answer.)"""
    from playwright.sync_api import expect

    page, problems = open_page(context, base_url + DROPOUT, width=375)
    answer = page.locator("details.success").first
    assert answer.locator("div.kb-output").first.is_hidden()
    answer.locator("summary").scroll_into_view_if_needed()
    answer.locator("summary").click()
    expect(answer.locator("div.kb-output").first).to_be_visible()  # waits for it (it opens as the click lands)
    inside = answer.inner_html()
    assert TITLE.search(inside) and badge_mismatches(inside, expected_badges(REPO)) == []
    answer.scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "answer-375px.png"))
    assert not problems


# the palette the page shows (Material sets these on <body> as the reader clicks through the palettes)
PALETTE_SHOWN = (
    "() => ['media', 'scheme', 'primary', 'accent'].map(k => document.body.getAttribute('data-md-color-' + k))"
)


def test_palette_toggle(base_url, context):
    """Each click moves on to the next palette (auto, light, dark), waited for rather than slept on; the colour
    scheme takes at least two values over them."""
    page, _ = open_page(context, base_url)
    seen = [page.evaluate(PALETTE_SHOWN)]
    for _ in range(2):
        page.locator("form[data-md-component=palette] label:visible").first.click()
        page.wait_for_function(f"shown => ({PALETTE_SHOWN})().join() !== shown.join()", arg=seen[-1], timeout=5_000)
        seen.append(page.evaluate(PALETTE_SHOWN))
    assert len({scheme for _, scheme, _, _ in seen}) >= 2, seen


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
    with page.expect_request(lambda r: "search_index.json" in r.url, timeout=5_000):
        page.keyboard.press("s")  # the theme's search shortcut
    assert len(fetched) == 1, "pressing the search shortcut did not load the index once"
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
    """Each page on a desktop, then the same page narrowed to a phone's width (the layout follows the width)."""
    if not (built_site / rel / "index.html").exists():
        pytest.fail(f"page /{rel} is not in the site")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page, problems = open_page(context, base_url + rel)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)
    page.set_viewport_size({"width": 375, "height": 800})
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")  # relaid out
    page.screenshot(path=str(SCREENSHOTS / f"{name}-375px.png"))
    assert not problems


def test_footer_licenses_and_report_link(dropout):
    """The footer states both licenses; each page's 报告错误 link opens the 勘误 form with the page filled in."""
    page, problems = dropout
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
