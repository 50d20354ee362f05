"""Math rendered at build time by the KaTeX of the npm package pinned in package.json (installed by
`make setup` into node_modules/; katex_render.cjs): readers get HTML, and KaTeX's css and woff2 fonts from
assets/katex/ only on pages with math, each page preloading exactly the fonts its math uses, cut to the
glyphs the site uses. A TeX error fails the build. Nothing comes from a CDN."""

from __future__ import annotations

import functools
import hashlib
import html
import json
import re
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError

from kb.paths import REPO

KATEX_DIST = REPO / "node_modules" / "katex" / "dist"
KATEX_FILES = ["katex.min.css"]
RENDER_JS = Path(__file__).with_name("katex_render.cjs")
MATH = re.compile(r'<(?P<tag>span|div) class="arithmatex">(?P<tex>.*?)</(?P=tag)>', re.S)
KATEX_CSS = re.compile(r'<link rel="stylesheet" href="[^"]*assets/katex/katex\.min\.css">\s*')


def render_math(content: str, katex: KaTeX) -> str:
    """Each arithmatex span/div of a page as KaTeX HTML (kept out of the search index: markup, not words)."""
    found = list(MATH.finditer(content))
    if not found:
        return content
    items: list[tuple[str, bool]] = []
    for m in found:
        tex = html.unescape(m.group("tex")).strip()
        display = m.group("tag") == "div"
        tex = tex[2:-2] if tex[:2] in ("\\(", "\\[") else tex  # arithmatex generic: \( \) and \[ \]
        items.append((tex.strip(), display))
    rendered = iter(katex.render(items))
    # rendered math is markup, not words: keep it out of the search index
    return MATH.sub(
        lambda m: f'<{m.group("tag")} class="arithmatex" data-search-exclude>{next(rendered)}</{m.group("tag")}>',
        content,
    )


def katex_characters(html_text: str) -> set[str]:
    """The characters KaTeX draws on a page: the text inside its `katex-html` spans."""
    chars: set[str] = set()
    for start in re.finditer(r'<span class="katex-html"[^>]*>', html_text):
        depth, i = 1, start.end()
        for tag in re.finditer(r"<(/?)span\b[^>]*>", html_text[i:]):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                inner = html_text[i : i + tag.start()]
                chars |= set(html.unescape(re.sub(r"<[^>]+>", "", inner)))
                break
    return chars - {"\n"}


@functools.cache
def _katex_font_rules() -> tuple[tuple[frozenset[str], str], ...]:
    """(classes an element needs, font file stem) for each rule of KaTeX's css that sets a KaTeX font."""
    rules = []
    css = (KATEX_DIST / "katex.min.css").read_text(encoding="utf-8")
    for selectors, body, family in re.findall(r"([^{}@]+)\{([^{}]*font-family:KaTeX_(\w+)[^{}]*)\}", css):
        bold = re.search(r"font-weight:(?:bold|700)", body) is not None
        italic = "font-style:italic" in body
        variant = "BoldItalic" if bold and italic else "Bold" if bold else "Italic" if italic else "Regular"
        for selector in selectors.split(","):
            compounds = re.findall(r"((?:\.[\w-]+)+)", selector)
            if compounds:
                needed = frozenset(compounds[-1].strip(".").split(".")) - {"katex"}
                rules.append((needed, f"{family}-{variant}"))
    return tuple(rules)


def katex_fonts(html_text: str) -> list[str]:
    """The KaTeX fonts a page's math is drawn in: Main-Regular (KaTeX's default), plus each font that
    a rule of KaTeX's css gives to a combination of classes some element on the page has."""
    class_sets = {frozenset(c.split()) for c in re.findall(r'class="([^"]*)"', html_text)}
    fonts = {font for needed, font in _katex_font_rules() if needed and any(needed <= cs for cs in class_sets)}
    available = {p.stem.removeprefix("KaTeX_") for p in (KATEX_DIST / "fonts").glob("*.woff2")}
    return ["Main-Regular", *sorted((fonts & available) - {"Main-Regular"})]


def subset_fonts(site: Path, cache: Path) -> None:
    """Keep, in each KaTeX font, only the glyphs for characters some page's math uses (woff2). A subset is
    kept in `cache` under a key of the characters, the font and fontTools' version: an unchanged site reuses it."""
    import shutil

    from fontTools import subset, version

    chars: set[str] = set()
    for page in site.rglob("*.html"):
        chars |= katex_characters(page.read_text(encoding="utf-8"))
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False  # screens render these at small sizes without the hints; half the bytes
    for font_path in sorted((site / "assets" / "katex" / "fonts").glob("*.woff2")):
        key = hashlib.sha256("".join(sorted(chars)).encode() + font_path.read_bytes() + version.encode()).hexdigest()
        kept = cache / f"{font_path.stem}-{key[:16]}.woff2"
        if not kept.exists():
            font = subset.load_font(str(font_path), options)
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=[ord(c) for c in chars])
            subsetter.subset(font)
            cache.mkdir(parents=True, exist_ok=True)
            subset.save_font(font, str(kept), options)
        shutil.copyfile(kept, font_path)


class KaTeX:
    """One node process running katex_render.cjs for a whole build (a process per page cost ~0.1 s each)."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[str] | None = None

    def render(self, items: list[tuple[str, bool]]) -> list[str]:
        """KaTeX HTML for each (TeX, display mode)."""
        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen(
                ["node", str(RENDER_JS)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO
            )
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(json.dumps(items) + "\n")
        self._proc.stdin.flush()
        answer = json.loads(self._proc.stdout.readline() or '{"error": "the KaTeX renderer (node) stopped"}')
        if "error" in answer:
            raise PluginError(answer["error"])
        rendered: list[str] = answer["html"]
        return rendered

    def close(self) -> None:
        if self._proc is not None:
            if self._proc.stdin:
                self._proc.stdin.close()
            self._proc.wait(timeout=30)
            self._proc = None


INLINE_TEX = re.compile(r"\\\((.+?)\\\)")


def render_inline(text: str, katex: KaTeX) -> str:
    """Text with inline math written as \\( … \\) (how arithmatex leaves it in a heading's table of
    contents entry) as KaTeX HTML."""
    found = INLINE_TEX.findall(text)
    if not found:
        return text
    rendered = iter(katex.render([(tex.strip(), False) for tex in found]))
    return INLINE_TEX.sub(lambda m: next(rendered), text)


def head_links(output: str, to_root: str) -> str:
    """KaTeX's css only on pages with math; there, preload the fonts this page's math is drawn in (arriving
    after the first paint they would re-flow the text around the math: a layout shift on a slow phone)."""
    if 'class="katex' not in output:
        return KATEX_CSS.sub("", output)
    links = "".join(
        f'<link rel="preload" href="{to_root}assets/katex/fonts/KaTeX_{font}.woff2" as="font" type="font/woff2" crossorigin>'
        for font in katex_fonts(output)
    )
    return output.replace("</head>", links + "\n</head>", 1)
