"""What the theme's script changes while a page starts, made cheap on long pages.

The theme's bundle runs at the end of <body>, when the whole page is parsed, and changes three things
that each make the browser restyle every element on the first screen (measured in a Chrome trace of
math/gaussian/ with the CPU slowed 4×: 2,678 elements, 80–130 ms each time):

- it swaps <html>'s class `no-js` for `js`, and its focus-visible polyfill adds `js-focus-visible`.
  Any class change on <html> restyles the whole page, because the theme's css has rules such as
  `.md-typeset table:not([class]) td > :first-child`, which depend on the `class` attribute of every
  ancestor. A tiny inline script at the top of <head> sets both classes (and the polyfill's attribute)
  before the body exists, so the bundle's changes are no-ops. Without JavaScript the page keeps `no-js`.
- its palette code marks <body> `data-md-color-switching` for one frame while it applies the colour
  scheme, also on a plain page load, and palette.css has `[data-md-color-switching] * {transition-
  duration: 0s}`: setting and removing that attribute restyles every element twice. The rule is
  dropped from the built palette.css; what it did (no colour transitions while the reader switches
  between light and dark) is cosmetic: a link's colour now fades over its 125 ms.

Left as is: the palette code adds a <meta name="color-scheme">, which Chrome answers with one more
restyle of the page (a static meta does not prevent it).
"""

from __future__ import annotations

import re
from pathlib import Path

PRESET = (
    '<script>document.documentElement.classList.replace("no-js","js"),'
    'document.documentElement.classList.add("js-focus-visible"),'
    'document.documentElement.setAttribute("data-js-focus-visible","")</script>'
)
SWITCHING_RULE = re.compile(r"\[data-md-color-switching\][^{}]*\{[^{}]*\}")


def preset_classes(output: str) -> str:
    """The classes the theme's script gives <html>, set before the body is parsed (first thing in <head>)."""
    if "<head>" not in output or PRESET in output:
        return output
    return output.replace("<head>", "<head>\n    " + PRESET, 1)


def drop_switching_rule(site: Path) -> None:
    """Remove palette.css's `[data-md-color-switching] …` rule from the built site (see the module's text)."""
    for css in (site / "assets" / "stylesheets").glob("palette.*.css"):
        text = css.read_text(encoding="utf-8")
        kept = SWITCHING_RULE.sub("", text)
        if kept != text:
            css.write_text(kept, encoding="utf-8")
