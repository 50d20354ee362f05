"""Each page with code gets one notebook (one builder): its snippets in page order, each code cell with the
output the tests recorded and the figures its verified run drew. Readers download it from every such page;
for pages with figures, mkdocs-jupyter also renders it as a page (nothing is executed at build time: the
figures are the verified run's, made once)."""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path

import nbformat
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from kb import settings
from kb.run.figures import saved_figures
from kb.run.snippet import Snippet
from kb.site.assets import svg_size
from kb.site.css import prune_css

NOTEBOOK_CSS = "assets/stylesheets/notebook.css"
STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S)
NB_FIGURE = re.compile(
    r'<img alt="No description has been provided for this image" src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"\s*/?>'
)
NB_SNIPPET_HEADING = re.compile(r"<h2 [^>]*><code>snippets/([^<]+)</code>")


def page_notebook(root: Path, title: str, page_uri: str, rels: list[str]) -> str:
    """The notebook of a page's snippets: code, recorded output and figures, in page order."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    intro = (
        f"# {title}\n\n本 notebook 由网站页面 `docs/{page_uri}` 的代码生成；每个代码单元下方是测试套件运行它时"
        "记录的输出（以及它画的图），与网页上的一致。"
    )
    nb.cells.append(nbformat.v4.new_markdown_cell(intro))
    for rel in rels:
        snippet = Snippet(root, settings.load(root).snippets / rel)
        nb.cells.append(nbformat.v4.new_markdown_cell(f"## `snippets/{rel}`"))
        cell = nbformat.v4.new_code_cell(snippet.source.rstrip("\n"))
        if snippet.out_path.exists():
            out = snippet.out_path.read_text(encoding="utf-8")
            cell.outputs.append(nbformat.v4.new_output("stream", name="stdout", text=out))
        for svg in saved_figures(snippet):
            if svg.suffix == ".svg":
                data = {"image/svg+xml": svg.read_text(encoding="utf-8"), "text/plain": f"<{svg.name}>"}
                cell.outputs.append(nbformat.v4.new_output("display_data", data=data))
        nb.cells.append(cell)
    for i, cell in enumerate(nb.cells):  # nbformat draws random ids: the same notebook, the same file
        cell.id = f"cell-{i}"
    text: str = nbformat.writes(nb)
    return text


class NotebookPages:
    """Per build: the notebooks added, and the CSS the rendered notebook pages use."""

    def __init__(self, root: Path, build_dir: Path) -> None:
        self.root = root
        self.build_dir = build_dir  # rendered notebooks are written here for mkdocs-jupyter to read
        self.downloads: dict[str, str] = {}  # page src_uri -> notebook uri
        self.pages: dict[str, str] = {}  # page src_uri -> rendered notebook page src_uri
        self.styles: dict[str, None] = {}  # mkdocs-jupyter's inline styles, in order, once each
        self.classes: set[str] = set()

    def add(self, files: Files, config: MkDocsConfig, page_uri: str, title: str, rels: list[str]) -> None:
        text = page_notebook(self.root, title, page_uri, rels)
        uri = "notebooks/" + page_uri[: -len(".md")] + ".ipynb"
        files.append(File.generated(config, uri, content=text))
        self.downloads[page_uri] = uri
        if any(saved_figures(Snippet(self.root, settings.load(self.root).snippets / rel)) for rel in rels):
            self._add_page(files, config, page_uri, text)

    def _add_page(self, files: Files, config: MkDocsConfig, page_uri: str, text: str) -> None:
        from mkdocs_jupyter.plugin import NotebookFile

        uri = "run/" + page_uri[: -len(".md")] + ".ipynb"
        path = self.build_dir / uri
        if not path.exists() or path.read_text(encoding="utf-8") != text:  # unchanged: mkdocs-jupyter's cache holds
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        file = File(
            uri, src_dir=str(self.build_dir), dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls
        )
        page_file = NotebookFile(file, **config)
        page_file.inclusion = InclusionLevel.NOT_IN_NAV  # linked from its topic page, not listed in the nav
        files.append(page_file)
        self.pages[page_uri] = uri

    def slim(self, content: str, uri: str, dest: Path) -> str:
        """A rendered notebook page without mkdocs-jupyter's inline CSS (kept once, pruned, in a shared file),
        MathJax and Mermaid loaders (an empty script src, a CDN import; these notebooks have neither math nor
        diagrams), with its figures as lazy, sized files, and without unstyled token spans."""
        content = _figures_as_files(content, dest)
        content = re.sub(r'<span class="[nw]">([^<]*)</span>', r"\1", content)
        for css in STYLE.findall(content):
            if not css.lstrip().startswith("["):  # mkdocs-jupyter also writes a Python list repr as CSS
                self.styles[css] = None
        content = STYLE.sub("", content)
        content = SCRIPT.sub(_keep_script, content)
        if re.search(r'(?:src|href)="https?://', content) or "import(" in content:
            raise PluginError(f"{uri}: the notebook page would load something from another host")
        for classes in re.findall(r'class="([^"]*)"', content):
            self.classes.update(classes.split())
        return content

    def write_css(self, site: Path) -> None:
        if self.styles:
            css = "\n".join(prune_css(c, self.classes) for c in self.styles)
            (site / NOTEBOOK_CSS).write_text(css, encoding="utf-8")


def _keep_script(m: re.Match[str]) -> str:
    attrs, body = m.group(1), m.group(2)
    if 'src=""' in attrs or "mathjax" in attrs.lower() + body.lower() or "https://" in body:
        return ""
    return m.group(0)  # the copy buttons' own element


def _figures_as_files(content: str, dest: Path) -> str:
    """Each figure (an SVG inlined as base64) becomes a file beside the page, loaded lazily, with its size
    reserved and an alt text naming the code that drew it."""
    out, last, rel, n = [], 0, "", 0
    for m in re.finditer(f"{NB_SNIPPET_HEADING.pattern}|{NB_FIGURE.pattern}", content):
        if m.group(1):
            rel = m.group(1)
            continue
        n += 1
        svg = base64.b64decode(m.group(2))
        dest.mkdir(parents=True, exist_ok=True)
        (dest / f"figure-{n}.svg").write_bytes(svg)
        alt = html.escape(f"snippets/{rel} 画出的图")
        out += [content[last : m.start()], f'<img loading="lazy" alt="{alt}"{svg_size(svg)} src="figure-{n}.svg">']
        last = m.end()
    return "".join(out) + content[last:]
