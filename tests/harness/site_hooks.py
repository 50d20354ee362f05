"""mkdocs hooks (declared in mkdocs.yml): serve KaTeX and the code-made figures from the site itself.

Figures: build/figures/ (written by figure snippets, see tests/harness/figures.py) is served as figures/.

KaTeX comes from the npm package pinned in package.json (installed by `make setup` into
node_modules/, never committed) and is copied into the built site under assets/katex/, so the
published site makes no request to a CDN. Only the woff2 fonts are shipped: every browser that
runs KaTeX reads woff2, and the css lists it first.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

REPO = Path(__file__).resolve().parents[2]
KATEX_DIST = REPO / "node_modules" / "katex" / "dist"
KATEX_FILES = ["katex.min.css", "katex.min.js", "contrib/auto-render.min.js"]


def on_files(files, config):
    if not (KATEX_DIST / "katex.min.js").exists():
        raise PluginError(f"KaTeX not found in {KATEX_DIST}: run `make setup` (npm ci) first")
    wanted = [KATEX_DIST / name for name in KATEX_FILES] + sorted((KATEX_DIST / "fonts").glob("*.woff2"))
    for src in wanted:
        uri = "assets/katex/" + src.relative_to(KATEX_DIST).as_posix()
        files.append(File.generated(config, uri, abs_src_path=str(src)))
    figures = REPO / "build" / "figures"
    for src in sorted(figures.rglob("*")) if figures.exists() else []:
        if src.is_file() and not src.name.startswith("."):
            uri = "figures/" + src.relative_to(figures).as_posix()
            files.append(File.generated(config, uri, abs_src_path=str(src)))
    return files
