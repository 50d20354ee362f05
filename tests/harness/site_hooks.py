"""mkdocs hooks (declared in mkdocs.yml): serve KaTeX and the code-made figures from the site itself,
generate the timeline page from the pages' front matter, and mark every code block with what the
latest test report (build/report.json) says about it: verified where, with which versions, when.

Figures: build/figures/ (written by figure snippets, see tests/harness/figures.py) is served as figures/.

Math is rendered at build time by the KaTeX of the npm package pinned in package.json (installed
by `make setup` into node_modules/, never committed; tests/harness/katex_render.cjs): readers get
HTML, plus KaTeX's css and woff2 fonts from assets/katex/ on pages that have math, and no
JavaScript for it. A TeX error fails the build. Nothing comes from a CDN.
"""

from __future__ import annotations

import base64
import html
import json
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils.meta import get_data

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # mkdocs loads this file by path and restores sys.path afterwards
from tests.harness import attest, figures, snippets  # noqa: E402
from tests.harness.models import recipe_hash  # noqa: E402

KATEX_DIST = REPO / "node_modules" / "katex" / "dist"
KATEX_FILES = ["katex.min.css"]


def on_files(files, config):
    _add_notebooks(files, config)
    if not (KATEX_DIST / "katex.min.js").exists():
        raise PluginError(f"KaTeX not found in {KATEX_DIST}: run `make setup` (npm ci) first")
    wanted = [KATEX_DIST / name for name in KATEX_FILES] + sorted((KATEX_DIST / "fonts").glob("*.woff2"))
    for src in wanted:
        uri = "assets/katex/" + src.relative_to(KATEX_DIST).as_posix()
        files.append(File.generated(config, uri, abs_src_path=str(src)))
    made = figures.figures_dir(REPO)
    for src in sorted(made.rglob("*")) if made.exists() else []:
        if src.is_file() and not src.name.startswith("."):
            uri = "figures/" + src.relative_to(made).as_posix()
            files.append(File.generated(config, uri, abs_src_path=str(src)))
    return files


TIMELINE_MARKER = "<!-- timeline -->"


def timeline_entries(docs_dir: Path) -> dict[str, list[tuple[str, str]]]:
    """{original date: [(title, page path relative to docs/)]}, from every page's front matter."""
    entries: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        _, meta = get_data(path.read_text(encoding="utf-8"))
        if meta.get("date"):
            rel = path.relative_to(docs_dir).as_posix()
            entries.setdefault(str(meta["date"]), []).append((meta.get("title", rel), rel))
    return dict(sorted(entries.items()))


CODE_INCLUDE = re.compile(r"""^(?P<indent>[ \t]*)-{1,}8<-{1,}\s+(?P<q>["'])(?P<spec>[^"':]+\.py(?::[\w-]+)?)(?P=q)\s*$""")


def render_includes(markdown: str) -> str:
    """Each one-line include of a snippet outside a code fence becomes its code with the recorded
    output right under it (the output block has no copy button: the copy button copies the code)."""
    out, fence = [], None
    for line in markdown.split("\n"):
        f = re.match(r"^\s*(`{3,}|~{3,})", line)
        if f:
            fence = None if fence and f.group(1).startswith(fence) else (fence or f.group(1))
        m = CODE_INCLUDE.match(line) if fence is None else None
        if not m:
            out.append(line)
            continue
        i, spec = m.group("indent"), m.group("spec")
        rel = spec.split(":")[0]
        out += [f'{i}```python title="snippets/{rel}"', f'{i}--8<-- "{spec}"', f"{i}```"]
        recorded = REPO / "snippets" / rel[: -len(".py")]
        if recorded.with_suffix(".out").exists() and recorded.with_suffix(".out").read_text(encoding="utf-8").strip():
            out += ["", f"{i}``` {{ .text .kb-output .no-copy }}", f'{i}--8<-- "{rel[: -len(".py")]}.out"', f"{i}```"]
    return "\n".join(out)


def on_page_markdown(markdown, page, config, files):
    markdown = render_includes(markdown)
    depth = page.file.src_uri.count("/")
    prefix = "../" * depth
    if page.meta.get("date") and TIMELINE_MARKER not in markdown:
        # under the page title: the date of the original diary entry this page comes from, and the
        # page's code as a notebook
        origin = f"原始笔记：{page.meta['date']} · [时间线]({prefix}timeline.md)"
        if page.file.src_uri in NOTEBOOKS:
            origin += f" · [下载本页代码（Jupyter notebook）]({prefix}{NOTEBOOKS[page.file.src_uri]})"
        if page.file.src_uri in RUN_PAGES:
            origin += f" · [画图代码的执行结果]({prefix}{RUN_PAGES[page.file.src_uri]})"
        origin += "\n{: .kb-origin }"
        markdown = re.sub(r"^(# .+)$", lambda m: f"{m.group(1)}\n\n{origin}", markdown, count=1, flags=re.M)
    if TIMELINE_MARKER not in markdown:
        return markdown
    lines = []
    for date, pages in timeline_entries(Path(config.docs_dir)).items():
        links = "、".join(f"[{title}]({prefix}{rel})" for title, rel in pages)
        lines.append(f"- **{date}**：{links}")
    return markdown.replace(TIMELINE_MARKER, "\n".join(lines))


# ---------------------------------------------------------------- verification badges

FILENAME = re.compile(r'<span class="filename">snippets/(?P<rel>[^<]+?\.py)</span>')
DEVICE_NAMES = {"cpu": "CPU", "cuda": "CUDA GPU"}


def _where(record: dict) -> str:
    return record.get("gpu") or DEVICE_NAMES.get(record["device"], record["device"])


def _to_root(page) -> str:
    """The relative path from a built page to the site root (use_directory_urls)."""
    return "../" * page.url.count("/")


def verified_records(root: Path = REPO) -> dict[str, list[dict]]:
    """{snippet path: passing records whose content key still matches the files under root}: this
    build's test report (build/report.json), plus the GPU runs kept in snippets/verified-on-gpu.json."""
    good: dict[str, list[dict]] = {}
    report_path = root / "build" / "report.json"
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else {}
    recipe = recipe_hash() if report.get("models") != "real" else "real-models"
    for record in report.get("snippets", []):
        path = root / record["snippet"]
        if record.get("result") != "passed" or not path.exists():
            continue
        snippet = snippets.Snippet(root, path)
        if record.get("key") == snippets.cache_key(snippet, record["device"], recipe):
            # a "cuda" run that never touched the GPU is no GPU check
            if record["device"] == "cpu" or record.get("gpu_used"):
                good.setdefault(record["snippet"], []).append(record)
    # CUDA runs recorded on a GPU machine (CI has none): shown while their content key still matches
    attested = root / attest.ATTESTATIONS
    for record in json.loads(attested.read_text(encoding="utf-8")) if attested.exists() else []:
        path = root / record["snippet"]
        if not path.exists() or any(r["device"] == record["device"] for r in good.get(record["snippet"], [])):
            continue
        if record.get("content") == snippets.content_key(snippets.Snippet(root, path), record["device"]):
            good.setdefault(record["snippet"], []).append(record)
    return good


def on_pre_build(config):
    global _VERIFIED
    _VERIFIED = verified_records()


_VERIFIED: dict[str, list[dict]] = {}


def badge(records: list[dict]) -> tuple[str, bool]:
    """The badge's HTML for a snippet's verified records, and whether it counts as verified."""
    if not records:
        tip = "本次构建的测试报告中没有这段代码通过的记录（或代码在测试之后被改动过）"
        return f'<span class="kb-badge kb-unverified" title="{tip}">未验证</span>', False
    records = sorted(records, key=lambda r: r["device"] != "cpu")
    devices = " + ".join(DEVICE_NAMES.get(r["device"], r["device"]) for r in records)
    date = min(r["verified_at"] for r in records)[:10]  # the oldest: all of them hold as of then
    runs = []
    for r in records:
        v = r.get("versions", {})
        where = _where(r)
        runs.append(
            f"{where}：Python {v.get('python')}，torch {v.get('torch')}，transformers {v.get('transformers')}，"
            f"{r['verified_at'][:10]}"
        )
    tip = "运行并与记录的输出比对通过。" + "；".join(runs)
    return f'<span class="kb-badge kb-verified" title="{html.escape(tip)}">✓ 已验证 · {devices} · {date}</span>', True


FIGURE_IMG = re.compile(r'<img (?P<attrs>[^>]*?)src="(?P<src>(?:\.\./)*figures/(?P<rel>[^"]+\.svg))"')
SVG_SIZE = re.compile(r'<svg[^>]*?width="(?P<w>[\d.]+)pt" height="(?P<h>[\d.]+)pt"')


def svg_size(svg: bytes) -> str:
    """width="…" height="…" (CSS px) for an SVG matplotlib wrote (its size is in pt), or ""."""
    size = SVG_SIZE.search(svg[:2000].decode("utf-8", "replace"))
    return f' width="{round(float(size["w"]) * 4 / 3)}" height="{round(float(size["h"]) * 4 / 3)}"' if size else ""


def _sized(match) -> str:
    """A code-made figure's <img> with its size, so its box is reserved before it loads."""
    svg = figures.figures_dir(REPO) / match.group("rel")
    dims = svg_size(svg.read_bytes()) if svg.exists() and " width=" not in match.group("attrs") else ""
    return f'<img {match.group("attrs")}{dims.lstrip()} src="{match.group("src")}"' if dims else match.group(0)


PLAIN_TOKEN = re.compile(r'<span class="[nwpo]">([^<]*)</span>')


def verification_summary(records: list[dict], blocks: int, prefix: str) -> str:
    """A line at the end of a page, readable on a phone (the badges' details are in their tooltips):
    per device and library versions, how many of the page's code blocks passed there, and when."""
    groups: dict[tuple, list[dict]] = {}
    for r in records:
        v = r.get("versions", {})
        where = _where(r)
        if v.get("cuda"):
            where += f"，CUDA {v['cuda']}"
        key = (r["device"] != "cpu", where, v.get("python"), v.get("torch"), v.get("transformers"))
        groups.setdefault(key, []).append(r)
    parts = []
    for (_, where, python, torch, transformers), rs in sorted(groups.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
        dates = sorted({r["verified_at"][:10] for r in rs})
        when = dates[0] if len(dates) == 1 else f"{dates[0]} 至 {dates[-1]}"
        parts.append(
            f"{where}（Python {python}，torch {torch}，transformers {transformers}）：{len(rs)}/{blocks} 段，{when}"
        )
    text = "；".join(parts) if parts else f"本页 {blocks} 段代码都没有通过记录"
    return (
        f'<p class="kb-verification"><strong>本页代码的验证</strong>：{html.escape(text)}。'
        f'<a href="{prefix}about/verification/">这些记录是怎么来的</a></p>'
    )


def on_page_content(content, page, config, files):
    if page.file.src_uri.startswith("run/"):  # an executed notebook page
        page.meta["search"] = {"exclude": True}  # its code is on the topic page already
        page.edit_url = None  # generated from the snippets: nothing to edit on GitHub
        if figures.GLYPH_MISSING.search(content):
            raise PluginError(f"{page.file.src_uri}: matplotlib drew boxes for missing glyphs (no CJK font?)")
        return _slim_notebook_page(content, page.file.src_uri, Path(config.site_dir) / Path(page.file.dest_uri).parent)
    content = _render_math(content)
    # code and recorded outputs stay out of the search index (the prose names what matters): it is
    # fetched by every page, so it is most of what a reader downloads
    content = content.replace('<div class="highlight">', '<div class="highlight" data-search-exclude>')
    content = content.replace("<img ", '<img loading="lazy" ')  # figures load when scrolled to
    content = FIGURE_IMG.sub(_sized, content)  # their box is reserved before they load: no layout shift
    # Pygments wraps every name (.n), run of spaces (.w), punctuation mark (.p) and operator (.o) in
    # a span: 40% of a long page's elements, each styled and laid out on a phone. Names and spaces
    # are drawn in the code's own colour anyway; punctuation and operators now are too (the theme
    # greys them), which keeps keywords, strings, numbers and comments coloured as before.
    content = PLAIN_TOKEN.sub(r"\1", content)
    results = []
    page_records: list[dict] = []

    def mark(match):
        records = _VERIFIED.get(f"snippets/{match.group('rel')}", [])
        html_, ok = badge(records)
        results.append(ok)
        page_records.extend(records)
        return f'<span class="filename">snippets/{match.group("rel")}{html_}</span>'

    content = FILENAME.sub(mark, content)
    if results:
        content += verification_summary(page_records, len(results), _to_root(page))
    if results and not all(results):
        missing = results.count(False)
        note = (
            '<div class="admonition warning kb-page-unverified"><p class="admonition-title">本页代码未全部验证</p>'
            f"<p>本页 {len(results)} 段代码中有 {missing} 段在这次构建的测试报告里没有通过记录。"
            "运行 <code>make test</code> 之后重新构建即可显示验证结果。</p></div>"
        )
        content = note + content
    return content


def on_post_page(output, page, config):
    if page is not None and page.file.src_uri.startswith("run/"):
        css = _to_root(page) + NOTEBOOK_CSS
        output = output.replace("</head>", f'<link rel="stylesheet" href="{css}">\n</head>', 1)
    # The theme's repository link fetches star/fork counts from api.github.com in the reader's
    # browser: a third-party request on every page. Keep the link, drop the fetch.
    output = output.replace('class="md-source" data-md-component="source"', 'class="md-source"')
    # the theme's search dialog has no accessible name
    output = output.replace(
        'data-md-component="search" role="dialog"', 'data-md-component="search" role="dialog" aria-label="搜索"'
    )
    if 'class="katex' not in output:  # KaTeX's css (and so its fonts) only where there is math
        output = KATEX_CSS.sub("", output)
    elif page is not None:
        # the fonts this page's math is drawn in, fetched with the stylesheets: arriving after the first
        # paint, they re-flow the text around the math (a layout shift on a slow phone)
        links = "".join(
            f'<link rel="preload" href="{_to_root(page)}assets/katex/fonts/KaTeX_{font}.woff2" as="font" type="font/woff2" crossorigin>'
            for font in katex_fonts(output)
        )
        output = output.replace("</head>", links + "\n</head>", 1)
    return output


def on_post_template(output, template_name, config):  # the same for 404.html
    return on_post_page(output, None, config)


# ---------------------------------------------------------------- downloadable notebooks

INCLUDE = re.compile(r"""^\s*-{1,}8<-{1,}\s+["']([^"':]+\.py)["']\s*$""", re.M)
NOTEBOOKS: dict[str, str] = {}  # page src_uri -> notebook src_uri


def notebook_for(page_text: str, title: str, page_uri: str):
    """A notebook of the page's snippets in page order, each with its recorded output."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells.append(
        nbformat.v4.new_markdown_cell(
            f"# {title}\n\n本 notebook 由网站页面 `docs/{page_uri}` 引用的代码生成；每个代码单元下方是测试套件记录的输出。"
        )
    )
    for rel in dict.fromkeys(INCLUDE.findall(page_text)):
        source = (REPO / "snippets" / rel).read_text(encoding="utf-8")
        out = (REPO / "snippets" / rel).with_suffix(".out")
        nb.cells.append(nbformat.v4.new_markdown_cell(f"`snippets/{rel}`"))
        cell = nbformat.v4.new_code_cell(source.rstrip("\n"))
        if out.exists():
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=out.read_text(encoding="utf-8"))]
        nb.cells.append(cell)
    for i, cell in enumerate(nb.cells):  # nbformat draws random ids: the same notebook, the same file
        cell.id = f"cell-{i}"
    return nbformat.writes(nb)


def _add_notebooks(files, config):
    NOTEBOOKS.clear()
    RUN_PAGES.clear()
    _NOTEBOOK_STYLES.clear()
    _NOTEBOOK_CLASSES.clear()
    for file in list(files.documentation_pages()):
        text = Path(file.abs_src_path).read_text(encoding="utf-8")
        if not INCLUDE.search(text):
            continue
        _, meta = get_data(text)
        title = meta.get("title", file.src_uri)
        uri = "notebooks/" + file.src_uri[: -len(".md")] + ".ipynb"
        files.append(File.generated(config, uri, content=notebook_for(text, title, file.src_uri)))
        NOTEBOOKS[file.src_uri] = uri
        figure_code = [rel for rel in dict.fromkeys(INCLUDE.findall(text)) if figures.makes_figures(_snippet(rel))]
        if figure_code:
            _add_run_page(files, config, file.src_uri, title, figure_code)


# ---------------------------------------------------------------- executed notebook pages (mkdocs-jupyter)

# Where the figures are the point, the page also gets a notebook of its figure code that mkdocs-jupyter
# executes during the build (mkdocs.yml: execute, allow_errors: false): its figures and printed
# lines are that run's. A cell that raises fails the build.
RUN_DIR = REPO / "build" / "run-notebooks"
RUN_PAGES: dict[str, str] = {}  # topic page src_uri -> run page src_uri
SETUP_TAG = "kb-setup"  # run, but its input is not shown (mkdocs.yml: remove_tag_config)


def _snippet(rel: str) -> snippets.Snippet:
    return snippets.Snippet(REPO, REPO / "snippets" / rel)


def run_notebook(title: str, page_uri: str, rels: list[str]) -> str:
    import nbformat

    back = "../" * (page_uri.count("/") + 2) + page_uri[: -len(".md")] + "/"
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    intro = (
        f"# 运行结果：{title}\n\n"
        f"这一页是网站构建时执行 [{title}]({back}) 中画图代码的结果：下面的图和输出都来自这次执行，"
        "不是保存下来的截图。任何一个单元报错，网站就构建失败。"
    )
    nb.cells.append(nbformat.v4.new_markdown_cell(intro))
    # SVG: a third of the bytes of the default PNG for these line plots, and sharp on any screen
    setup = nbformat.v4.new_code_cell('%config InlineBackend.figure_formats = ["svg"]')
    setup.metadata["tags"] = [SETUP_TAG]
    nb.cells.append(setup)
    for rel in rels:
        nb.cells.append(nbformat.v4.new_markdown_cell(f"## `snippets/{rel}`"))
        nb.cells.append(nbformat.v4.new_code_cell(_snippet(rel).source.rstrip("\n")))
    for i, cell in enumerate(nb.cells):  # nbformat draws random ids: the same notebook, the same file
        cell.id = f"cell-{i}"
    return nbformat.writes(nb)


NOTEBOOK_CSS = "assets/stylesheets/notebook.css"
_NOTEBOOK_STYLES: dict[str, None] = {}  # mkdocs-jupyter's inline styles, in order, once each
_NOTEBOOK_CLASSES: set[str] = set()
STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S)


NB_FIGURE = re.compile(
    r'<img alt="No description has been provided for this image" src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"\s*/?>'
)
NB_SNIPPET_HEADING = re.compile(r"<h2 [^>]*><code>snippets/([^<]+)</code>")


def _notebook_figures(content: str, dest: Path) -> str:
    """Each figure (an SVG inlined as base64) becomes a file beside the page, loaded lazily, with its
    size reserved and an alt text naming the code that drew it."""
    out, last, rel, n = [], 0, "", 0
    for m in re.finditer(f"{NB_SNIPPET_HEADING.pattern}|{NB_FIGURE.pattern}", content):
        if m.group(1):
            rel = m.group(1)
            continue
        n += 1
        svg = base64.b64decode(m.group(2))
        dest.mkdir(parents=True, exist_ok=True)
        (dest / f"figure-{n}.svg").write_bytes(svg)
        alt = html.escape(f"snippets/{rel} 在构建时画出的图")
        out += [content[last : m.start()], f'<img loading="lazy" alt="{alt}"{svg_size(svg)} src="figure-{n}.svg">']
        last = m.end()
    return "".join(out) + content[last:]


def _slim_notebook_page(content: str, uri: str, dest: Path) -> str:
    """mkdocs-jupyter inlines 0.6 MB of JupyterLab CSS into every notebook page and adds MathJax and
    Mermaid loaders (an empty script src, a CDN import). These notebooks hold no math or diagrams:
    drop the loaders, and move the CSS, cut to the rules these pages use, into one shared file.
    Figures become files; names and spaces lose their unstyled token spans."""
    content = _notebook_figures(content, dest)
    content = re.sub(r'<span class="[nw]">([^<]*)</span>', r"\1", content)
    for css in STYLE.findall(content):
        if not css.lstrip().startswith("["):  # mkdocs-jupyter also writes a Python list repr as CSS
            _NOTEBOOK_STYLES[css] = None
    content = STYLE.sub("", content)

    def script(m):
        attrs, body = m.group(1), m.group(2)
        if 'src=""' in attrs or "mathjax" in attrs.lower() + body.lower() or "https://" in body:
            return ""
        return m.group(0)  # the copy buttons' own element

    content = SCRIPT.sub(script, content)
    if re.search(r'(?:src|href)="https?://', content) or "import(" in content:
        raise PluginError(f"{uri}: the notebook page would load something from another host")
    for classes in re.findall(r'class="([^"]*)"', content):
        _NOTEBOOK_CLASSES.update(classes.split())
    return content


def _css_blocks(css: str):
    """Top-level (prelude, body) pairs of a stylesheet; body None for statements such as @charset."""
    i, n = 0, len(css)
    while i < n:
        j = i
        while j < n and css[j] not in "{;":
            j = css.index("*/", j) + 2 if css.startswith("/*", j) else j + 1
        if j >= n:
            return
        if css[j] == ";":
            yield css[i:j].strip(), None
            i = j + 1
            continue
        depth, k = 1, j + 1
        while depth:
            if css[k] in "\"'":
                k = css.index(css[k], k + 1)
            depth += {"{": 1, "}": -1}.get(css[k], 0)
            k += 1
        yield css[i:j].strip(), css[j + 1 : k - 1]
        i = k


def prune_css(css: str, used: set[str]) -> str:
    """Keep the rules whose selectors can match: every class they require is in `used`."""
    out = []
    for prelude, body in _css_blocks(css):
        if body is None:
            out.append(prelude + ";")
        elif prelude.startswith(("@media", "@supports")):
            inner = prune_css(body, used)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@"):
            out.append(f"{prelude}{{{body}}}")
        else:
            kept = [
                sel
                for sel in _split_selectors(prelude)
                if set(re.findall(r"\.(-?[_a-zA-Z][\w-]*)", re.sub(r":not\([^)]*\)", "", sel))) <= used
            ]
            if kept:
                out.append(f"{','.join(kept)}{{{body}}}")
    return "".join(out)


def _split_selectors(prelude: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(prelude):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append(prelude[start:i].strip())
            start = i + 1
    return [*parts, prelude[start:].strip()]


def _write_notebook_css(site: Path) -> None:
    if not _NOTEBOOK_STYLES:
        return
    css = "\n".join(prune_css(c, _NOTEBOOK_CLASSES) for c in _NOTEBOOK_STYLES)
    (site / NOTEBOOK_CSS).write_text(css, encoding="utf-8")


def _add_run_page(files, config, page_uri: str, title: str, rels: list[str]) -> None:
    from mkdocs.structure.files import InclusionLevel
    from mkdocs_jupyter.plugin import NotebookFile

    uri = "run/" + page_uri[: -len(".md")] + ".ipynb"
    path = RUN_DIR / uri
    text = run_notebook(title, page_uri, rels)
    if not path.exists() or path.read_text(encoding="utf-8") != text:  # unchanged: mkdocs-jupyter's cache holds
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    file = File(
        uri,
        src_dir=str(RUN_DIR),
        dest_dir=config.site_dir,
        use_directory_urls=config.use_directory_urls,
    )
    page_file = NotebookFile(file, **config)
    page_file.inclusion = InclusionLevel.NOT_IN_NAV  # linked from its topic page, not listed in the nav
    files.append(page_file)
    RUN_PAGES[page_uri] = uri


# ---------------------------------------------------------------- math, rendered at build time

MATH = re.compile(r'<(?P<tag>span|div) class="arithmatex">(?P<tex>.*?)</(?P=tag)>', re.S)
KATEX_CSS = re.compile(r'<link rel="stylesheet" href="[^"]*assets/katex/katex\.min\.css">\s*')


def _render_math(content: str) -> str:
    found = list(MATH.finditer(content))
    if not found:
        return content
    items = []
    for m in found:
        tex = html.unescape(m.group("tex")).strip()
        display = m.group("tag") == "div"
        tex = tex[2:-2] if tex[:2] in ("\\(", "\\[") else tex  # arithmatex generic: \( \) and \[ \]
        items.append([tex.strip(), display])
    import subprocess

    proc = subprocess.run(
        ["node", str(Path(__file__).with_name("katex_render.cjs"))],
        input=json.dumps(items),
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if proc.returncode != 0:
        raise PluginError(proc.stderr.strip())
    rendered = iter(json.loads(proc.stdout))
    # rendered math is markup, not words: keep it out of the search index
    return MATH.sub(
        lambda m: f'<{m.group("tag")} class="arithmatex" data-search-exclude>{next(rendered)}</{m.group("tag")}>',
        content,
    )


# ---------------------------------------------------------------- ship only what readers load

LUNR_KEEP = {"lunr.stemmer.support.min.js", "lunr.zh.min.js"}  # search: lang zh


def on_post_build(config):
    site = Path(config.site_dir)
    for path in site.rglob("*.map"):  # the theme's source maps: developer tooling, not reading
        path.unlink()
    lunr = site / "assets" / "javascripts" / "lunr"
    for path in [*lunr.glob("min/*.js"), *lunr.glob("*.js")] if lunr.exists() else []:
        if path.name not in LUNR_KEEP:  # language packs of languages this site is not in
            path.unlink()
    _lazy_search_index(site)
    _subset_katex_fonts(site)
    _write_notebook_css(site)


# ---------------------------------------------------------------- weight: search index on demand

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


def _lazy_search_index(site: Path) -> None:
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
            "mkdocs-material changed; update SEARCH_LOADER in tests/harness/site_hooks.py"
        )
    # an Observable (the theme's own class) that subscribes to the real loader once search is wanted
    lazy = (
        r"\1(function(o){return new o.constructor(function(s){var u,done=!1;"
        + SEARCH_WANTED.replace("\\", "\\\\")
        + r".then(function(){done||(u=o.subscribe(s))});return function(){done=!0;u&&u.unsubscribe()}})})(\2)}"
    )
    bundles[0].write_text(SEARCH_LOADER.sub(lazy, text), encoding="utf-8")


# ---------------------------------------------------------------- weight: KaTeX fonts cut to what the site uses


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


_KATEX_FONT_RULES: list[tuple[frozenset[str], str]] = []


def _katex_font_rules() -> list[tuple[frozenset[str], str]]:
    """(classes an element needs, font file stem) for each rule of KaTeX's css that sets a KaTeX font."""
    if not _KATEX_FONT_RULES:
        css = (KATEX_DIST / "katex.min.css").read_text(encoding="utf-8")
        for selectors, body, family in re.findall(r"([^{}@]+)\{([^{}]*font-family:KaTeX_(\w+)[^{}]*)\}", css):
            bold = re.search(r"font-weight:(?:bold|700)", body) is not None
            italic = "font-style:italic" in body
            variant = "BoldItalic" if bold and italic else "Bold" if bold else "Italic" if italic else "Regular"
            for selector in selectors.split(","):
                compounds = re.findall(r"((?:\.[\w-]+)+)", selector)
                if compounds:
                    needed = frozenset(compounds[-1].strip(".").split(".")) - {"katex"}
                    _KATEX_FONT_RULES.append((needed, f"{family}-{variant}"))
    return _KATEX_FONT_RULES


def katex_fonts(html_text: str) -> list[str]:
    """The KaTeX fonts a page's math is drawn in: Main-Regular (KaTeX's default), plus each font that
    a rule of KaTeX's css gives to a combination of classes some element on the page has."""
    class_sets = {frozenset(c.split()) for c in re.findall(r'class="([^"]*)"', html_text)}
    fonts = {font for needed, font in _katex_font_rules() if needed and any(needed <= cs for cs in class_sets)}
    available = {p.stem.removeprefix("KaTeX_") for p in (KATEX_DIST / "fonts").glob("*.woff2")}
    return ["Main-Regular", *sorted((fonts & available) - {"Main-Regular"})]


def _subset_katex_fonts(site: Path) -> None:
    """Keep, in each KaTeX font, only the glyphs for characters some page's math uses (woff2)."""
    from fontTools import subset

    chars: set[str] = set()
    for page in site.rglob("*.html"):
        chars |= katex_characters(page.read_text(encoding="utf-8"))
    fonts = sorted((site / "assets" / "katex" / "fonts").glob("*.woff2"))
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False  # screens render these at small sizes without the hints; half the bytes
    for font_path in fonts:
        font = subset.load_font(str(font_path), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(c) for c in chars])
        subsetter.subset(font)
        subset.save_font(font, str(font_path), options)
