"""What the site serves besides pages (KaTeX's css and fonts, the code-made figures), and the small
rewrites that keep pages light and quiet: lazy, sized figures; fewer code-token elements; no third-party
request from the theme."""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from kb.run.figures import expected_figures, figures_dir
from kb.site.math import KATEX_DIST, KATEX_FILES

FIGURE_IMG = re.compile(r'<img (?P<attrs>[^>]*?)src="(?P<src>(?:\.\./)*figures/(?P<rel>[^"]+\.svg))"')
SVG_SIZE = re.compile(r'<svg[^>]*?width="(?P<w>[\d.]+)pt" height="(?P<h>[\d.]+)pt"')
# Pygments wraps every name (.n), run of spaces (.w), punctuation mark (.p) and operator (.o) in a span: 40%
# of a long page's elements, each styled and laid out on a phone. They are drawn in the code's own colour
# (keywords, strings, numbers and comments keep theirs).
PLAIN_TOKEN = re.compile(r'<span class="[nwpo]">([^<]*)</span>')


def add_files(files: Files, config: MkDocsConfig, root: Path) -> None:
    """KaTeX's css and fonts as assets/katex/, the figures verified runs drew as figures/."""
    if not (KATEX_DIST / "katex.min.js").exists():
        raise PluginError(f"KaTeX not found in {KATEX_DIST}: run `make setup` (npm ci) first")
    for src in [KATEX_DIST / name for name in KATEX_FILES] + sorted((KATEX_DIST / "fonts").glob("*.woff2")):
        files.append(
            File.generated(config, "assets/katex/" + src.relative_to(KATEX_DIST).as_posix(), abs_src_path=str(src))
        )
    made = figures_dir(root)
    for src in sorted(made.rglob("*")) if made.exists() else []:
        if src.is_file() and not src.name.startswith("."):
            files.append(File.generated(config, "figures/" + src.relative_to(made).as_posix(), abs_src_path=str(src)))
    for rel in sorted(pending_figures(root)):  # `make serve` draws them while serving (kb/tools/devserve.py)
        files.append(File.generated(config, "figures/" + rel, content=PENDING_SVG))


# a figure a snippet will draw but has not drawn yet: a quiet box (never a broken image); the page says the rest
PENDING_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="96" viewBox="0 0 480 96">'
    '<rect x="1" y="1" width="478" height="94" rx="6" fill="#f5f5f5" stroke="#bdbdbd" stroke-dasharray="6 4"/>'
    '<text x="240" y="54" font-size="16" text-anchor="middle" fill="#757575" font-family="sans-serif">'
    "图正在绘制…</text></svg>"
)
PENDING_NOTE = (
    '<span class="kb-figure-pending">这张图正在由验证过的代码绘制，稍后刷新页面即可看到。图的内容：{alt}</span>'
)
ALT = re.compile(r'alt="(?P<alt>[^"]*)"')


def pending_figures(root: Path) -> set[str]:
    """The figures some snippet draws that build/figures does not hold yet (a fresh `make serve`)."""
    made = figures_dir(root)
    return {rel for rel in expected_figures(root) if not (made / rel).exists()}


def svg_size(svg: bytes) -> str:
    """width="…" height="…" (CSS px) for an SVG matplotlib wrote (its size is in pt), or ""."""
    size = SVG_SIZE.search(svg[:2000].decode("utf-8", "replace"))
    return f' width="{round(float(size["w"]) * 4 / 3)}" height="{round(float(size["h"]) * 4 / 3)}"' if size else ""


def lighten(content: str, root: Path) -> str:
    """A page's HTML: code and outputs out of the search index (the prose names what matters), figures lazy
    and sized (no layout shift), plain code tokens unwrapped."""
    content = re.sub(r'<div class="((?:[\w-]+ )*highlight)">', r'<div class="\1" data-search-exclude>', content)
    content = content.replace("<img ", '<img loading="lazy" ')

    def sized(match: re.Match[str]) -> str:
        svg = figures_dir(root) / match.group("rel")
        if not svg.exists():  # not drawn yet: the placeholder, and what it will show in words
            alt = ALT.search(match.group("attrs"))
            return PENDING_NOTE.format(alt=alt["alt"] if alt else "") + match.group(0)
        dims = svg_size(svg.read_bytes()) if svg.exists() and " width=" not in match.group("attrs") else ""
        return f'<img {match.group("attrs")}{dims.lstrip()} src="{match.group("src")}"' if dims else match.group(0)

    content = FIGURE_IMG.sub(sized, content)
    return PLAIN_TOKEN.sub(r"\1", content)


def quiet_theme(output: str) -> str:
    """The theme's repository link fetches star counts from api.github.com in the reader's browser (a
    third-party request on every page): keep the link, drop the fetch. Name the search dialog."""
    output = output.replace('class="md-source" data-md-component="source"', 'class="md-source"')
    return output.replace(
        'data-md-component="search" role="dialog"', 'data-md-component="search" role="dialog" aria-label="搜索"'
    )
