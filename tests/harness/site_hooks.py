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
from tests.harness import attest, snippets  # noqa: E402
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
    figures = REPO / "build" / "figures"
    for src in sorted(figures.rglob("*")) if figures.exists() else []:
        if src.is_file() and not src.name.startswith("."):
            uri = "figures/" + src.relative_to(figures).as_posix()
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


def on_page_markdown(markdown, page, config, files):
    depth = page.file.src_uri.count("/")
    prefix = "../" * depth
    if page.meta.get("date") and TIMELINE_MARKER not in markdown:
        # under the page title: the date of the original diary entry this page comes from, and the
        # page's code as a notebook
        origin = f"原始笔记：{page.meta['date']} · [时间线]({prefix}timeline.md)"
        if page.file.src_uri in NOTEBOOKS:
            origin += f" · [下载本页代码（Jupyter notebook）]({prefix}{NOTEBOOKS[page.file.src_uri]})"
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
        where = r.get("gpu") or DEVICE_NAMES.get(r["device"], r["device"])
        runs.append(
            f"{where}：Python {v.get('python')}，torch {v.get('torch')}，transformers {v.get('transformers')}，"
            f"{r['verified_at'][:10]}"
        )
    tip = "运行并与记录的输出比对通过。" + "；".join(runs)
    return f'<span class="kb-badge kb-verified" title="{html.escape(tip)}">✓ 已验证 · {devices} · {date}</span>', True


def on_page_content(content, page, config, files):
    content = _render_math(content)
    # code and recorded outputs stay out of the search index (the prose names what matters): it is
    # fetched by every page, so it is most of what a reader downloads
    content = content.replace('<div class="highlight">', '<div class="highlight" data-search-exclude>')
    content = content.replace("<img ", '<img loading="lazy" ')  # figures load when scrolled to
    results = []

    def mark(match):
        html_, ok = badge(_VERIFIED.get(f"snippets/{match.group('rel')}", []))
        results.append(ok)
        return f'<span class="filename">snippets/{match.group("rel")}{html_}</span>'

    content = FILENAME.sub(mark, content)
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
    # The theme's repository link fetches star/fork counts from api.github.com in the reader's
    # browser: a third-party request on every page. Keep the link, drop the fetch.
    output = output.replace('class="md-source" data-md-component="source"', 'class="md-source"')
    # the theme's search dialog has no accessible name
    output = output.replace(
        'data-md-component="search" role="dialog"', 'data-md-component="search" role="dialog" aria-label="搜索"'
    )
    if 'class="katex' not in output:  # KaTeX's css (and so its fonts) only where there is math
        output = KATEX_CSS.sub("", output)
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
    return nbformat.writes(nb)


def _add_notebooks(files, config):
    NOTEBOOKS.clear()
    for file in list(files.documentation_pages()):
        text = Path(file.abs_src_path).read_text(encoding="utf-8")
        if not INCLUDE.search(text):
            continue
        _, meta = get_data(text)
        uri = "notebooks/" + file.src_uri[: -len(".md")] + ".ipynb"
        files.append(
            File.generated(config, uri, content=notebook_for(text, meta.get("title", file.src_uri), file.src_uri))
        )
        NOTEBOOKS[file.src_uri] = uri


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
