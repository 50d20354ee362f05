"""The site build, as one MkDocs plugin (registered by entry point as `kb`; mkdocs.yml lists it last).
Each concern lives in a module of its own; this class only wires MkDocs' events to them and holds the
state of one build:

    kb.pages.include   the include line → the snippet's code with its recorded output under it
    kb.site.badges     verification badges and the line at the end of each page (build/report.json)
    kb.site.math       KaTeX at build time, also in the table of contents; fonts cut to the glyphs used
    kb.site.notebooks  each page's notebook (recorded outputs and figures), rendered for figure pages
    kb.site.search     the search index fetched when search is wanted; unused lunr packs dropped
    kb.site.assets     KaTeX files and figures served; lazy, sized figures; a lighter code DOM
    kb.site.timeline   the timeline page and the date line under each topic page's title
    kb.site.actions    the 报告错误 link (the 勘误 issue form with the page filled in) beside the edit action
    kb.site.startup    the theme's start-up changes made cheap on long pages (no restyle of the whole page)
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils.meta import get_data

from kb import settings
from kb.pages.include import render, snippet_includes
from kb.run.figures import updated_marker
from kb.site import actions, assets, badges, math, search, startup, timeline
from kb.site.notebooks import NOTEBOOK_CSS, NotebookPages


def to_root(page: Page) -> str:
    """The relative path from a built page to the site root (use_directory_urls)."""
    return "../" * page.url.count("/")


class KbConfig(base.Config):
    """The plugin's options in mkdocs.yml (`plugins: - kb: {…}`); the knowledge base's folders are not options here
    but settings of the tree (`[tool.kb]` in its pyproject.toml, kb/settings.py), which the tests read too."""

    root = c.Optional(c.Dir(exists=True))  # the knowledge base (default: the folder of mkdocs.yml)
    badges = c.Type(bool, default=True)  # each snippet's verification badge, and the line at the end of each page
    notebooks = c.Type(bool, default=True)  # each page's notebook, downloadable and rendered (needs mkdocs-jupyter)


class KbPlugin(BasePlugin[KbConfig]):
    def on_startup(self, *, command: str, dirty: bool) -> None:
        # jieba (the search plugin's Chinese word splitter) logs four lines at DEBUG when the search plugin loads its
        # dictionary, before any plugin's on_config: quiet from the start; its warnings stay
        logging.getLogger("jieba").setLevel(logging.WARNING)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.layout = settings.load(Path(self.config.root or Path(config.config_file_path).parent))
        self.root = self.layout.root
        if Path(config.docs_dir).resolve() != self.layout.docs:
            raise PluginError(
                f"kb: mkdocs.yml's docs_dir is {config.docs_dir}, but the knowledge base's pages are in "
                f"{self.layout.docs} ([tool.kb] docs in {self.root / 'pyproject.toml'}): make them the same folder"
            )
        self.verified: dict[str, list[dict[str, Any]]] = {}
        self.real: dict[str, dict[str, Any]] = {}
        self.notebooks = NotebookPages(self.root, self.layout.build / "run-notebooks")
        self.katex = math.KaTeX()
        return config

    def on_pre_build(self, config: MkDocsConfig) -> None:
        if self.config.badges:
            self.verified = badges.verified_records(self.root)
            self.real = badges.real_weights(self.root)

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assets.add_files(files, config, self.root)
        for file in list(files.documentation_pages()):
            text = Path(str(file.abs_src_path)).read_text(encoding="utf-8")
            rels = snippet_includes(text)
            if rels and self.config.notebooks:
                title = get_data(text)[1].get("title", file.src_uri)
                self.notebooks.add(files, config, file.src_uri, title, rels)
        return files

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        markdown = render(markdown, self._has_output)
        prefix = "../" * page.file.src_uri.count("/")
        markdown = markdown.replace(badges.REAL_WEIGHTS_MARKER, badges.real_weights_line(self.root))
        if timeline.TIMELINE_MARKER in markdown:
            return markdown.replace(timeline.TIMELINE_MARKER, timeline.timeline(Path(config.docs_dir), prefix))
        if page.meta.get("date"):
            uri = page.file.src_uri
            nb = self.notebooks
            markdown = timeline.origin_line(
                markdown, str(page.meta["date"]), prefix, nb.downloads.get(uri), nb.pages.get(uri)
            )
        return markdown

    def _has_output(self, out_rel: str) -> bool:
        out = self.layout.snippets / out_rel
        return out.exists() and bool(out.read_text(encoding="utf-8").strip())

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if page.file.src_uri.startswith("run/"):  # a rendered notebook page
            page.meta["search"] = {"exclude": True}  # its code is on the topic page already
            page.edit_url = None  # generated from the snippets: nothing to edit on GitHub
            dest = Path(config.site_dir) / Path(page.file.dest_uri).parent
            return self.notebooks.slim(html, page.file.src_uri, dest)
        _math_in_toc(page.toc.items if page.toc else [], self.katex)
        html = assets.lighten(math.render_math(html, self.katex), self.root)
        if not self.config.badges:
            return html
        return badges.mark(html, self.verified, self.real, self.root, to_root(page))

    def on_post_page(self, output: str, page: Page | None, config: MkDocsConfig) -> str:
        if page is not None and page.file.src_uri.startswith("run/"):
            css = to_root(page) + NOTEBOOK_CSS
            output = output.replace("</head>", f'<link rel="stylesheet" href="{css}">\n</head>', 1)
        if page is not None and not page.file.src_uri.startswith("run/") and config.repo_url:
            url = page.canonical_url or page.abs_url or page.url
            output = actions.add_report_link(output, page.edit_url, config.repo_url, url, page.title or "")
        output = startup.preset_classes(assets.quiet_theme(output))
        return math.head_links(output, to_root(page) if page is not None else "")

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        return self.on_post_page(output_content, None, config)  # 404.html

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        """`make serve` draws figures while serving: the drawing touches a marker now and then (not per figure, so
        rebuilds do not take the CPU the drawing needs), and a rebuild shows the figures drawn so far."""
        marker = updated_marker(self.root)
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
        server.watch(str(marker))
        return server

    def on_post_build(self, config: MkDocsConfig) -> None:
        site = Path(config.site_dir)
        search.trim_theme(site)
        startup.drop_switching_rule(site)
        search.lazy_search_index(site)
        self.katex.close()
        math.subset_fonts(site, self.layout.build / "katex-fonts")
        self.notebooks.write_css(site)


def _math_in_toc(items: list[AnchorLink], katex: math.KaTeX) -> None:
    """A heading's math reaches the table of contents as raw \\( … \\): render it there too."""
    for item in items:
        item.title = math.render_inline(item.title, katex)
        _math_in_toc(item.children, katex)
