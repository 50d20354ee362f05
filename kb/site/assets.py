"""What the site serves besides pages (KaTeX's css and fonts, the code-made figures), and the small
rewrites that keep pages light and quiet: lazy, sized figures; fewer code-token elements; no third-party
request from the theme."""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from kb.run.figures import figures_dir
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
