"""The search index is fetched when the reader reaches for search, not by every page load (it is most of
what a page downloads); the theme's lunr language packs the site does not use are not shipped."""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

LUNR_KEEP = {"lunr.stemmer.support.min.js", "lunr.zh.min.js"}  # search: lang zh


# The theme fetches search/search_index.json (most of what a page downloads) as soon as any page
# loads. Patched: the request starts when the reader first reaches for search (focuses the search
# box, opens search on a phone, or presses a search shortcut). The rest of the search code is the
# theme's own. The pattern is the theme's index loader; a theme release that changes it fails the
# build here, so the patch can never silently stop applying.
SEARCH_LOADER = re.compile(
    r'(function \w+\(\)\{return location\.protocol==="file:"\?[^?]+?:)'
    r'(\w+\(new URL\("search/search_index\.json",\w+\.base\)\))\}'
)
SEARCH_WANTED = (
    "(window.__kbSearchWanted||(window.__kbSearchWanted=new Promise(function(go){"
    'function want(e){if(!e||e.type==="focusin"&&e.target.matches&&e.target.matches("[data-md-component=search-query]")'
    '||e.type==="change"&&e.target.id==="__search"||e.type==="keydown"&&/^[/sf]$/.test(e.key)'
    '||e.type==="pointerdown"&&e.target.closest&&e.target.closest("label[for=__search]"))go()}'
    '["focusin","change","keydown","pointerdown"].forEach(function(t){document.addEventListener(t,want,true)});'
    # arriving from a search result (search.highlight marks the words it found: ?h=...)
    'if(new URLSearchParams(location.search).has("h"))go()})))'
)


def lazy_search_index(site: Path) -> None:
    bundles = sorted((site / "assets" / "javascripts").glob("bundle.*.min.js"))
    if len(bundles) != 1:
        raise PluginError(f"expected one theme bundle, found {[b.name for b in bundles]}")
    text = bundles[0].read_text(encoding="utf-8")
    if SEARCH_WANTED in text:
        return  # mkdocs serve rebuilds into the same folder
    found = SEARCH_LOADER.findall(text)
    if len(found) != 1:
        raise PluginError(
            f"{bundles[0].name}: the theme's search-index loader was not found once ({len(found)} matches): "
            "mkdocs-material changed; update SEARCH_LOADER in kb/site/search.py"
        )
    # an Observable (the theme's own class) that subscribes to the real loader once search is wanted
    lazy = (
        r"\1(function(o){return new o.constructor(function(s){var u,done=!1;"
        + SEARCH_WANTED.replace("\\", "\\\\")
        + r".then(function(){done||(u=o.subscribe(s))});return function(){done=!0;u&&u.unsubscribe()}})})(\2)}"
    )
    bundles[0].write_text(SEARCH_LOADER.sub(lazy, text), encoding="utf-8")


def trim_theme(site: Path) -> None:
    """Drop the theme's source maps (developer tooling) and the lunr language packs of other languages."""
    for path in site.rglob("*.map"):
        path.unlink()
    lunr = site / "assets" / "javascripts" / "lunr"
    for path in [*lunr.glob("min/*.js"), *lunr.glob("*.js")] if lunr.exists() else []:
        if path.name not in LUNR_KEEP:
            path.unlink()
