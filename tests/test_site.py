"""The site builds strictly (figures first, since pages link to them)."""

import pytest

pytestmark = pytest.mark.kb_site  # runs after the snippets that draw the figures the build needs


def test_mkdocs_build_strict(site_build):
    """The one check that owns the build: its failure is reported here, once; the other site and browser
    checks are skipped with a pointer to it."""
    built_site, why = site_build
    if why and "see " in why.splitlines()[0]:
        pytest.skip(why.splitlines()[0])  # a page or snippet check owns the cause and reports it
    assert why is None, why
    assert (built_site / "index.html").exists()
    assert (built_site / "assets" / "katex" / "katex.min.css").exists()
    assert not list(built_site.rglob("*.map")), "no source maps are shipped"


def test_notebooks_match_the_snippets(built_site):
    """Each page's downloadable notebook holds exactly its snippets and their recorded outputs."""
    from pathlib import Path

    import nbformat

    from kb.pages.include import snippet_includes

    repo = Path(__file__).resolve().parents[1]
    notebooks = sorted((built_site / "notebooks").rglob("*.ipynb"))
    pages_with_code = [p for p in (repo / "docs").rglob("*.md") if snippet_includes(p.read_text(encoding="utf-8"))]
    assert len(notebooks) == len(pages_with_code)
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        code = [c for c in nb.cells if c.cell_type == "code"]
        names = [
            c.source.removeprefix("## ").strip("`")
            for c in nb.cells
            if c.cell_type == "markdown" and c.source.startswith("## `snippets/")
        ]
        assert len(code) == len(names) > 0, path
        for cell, name in zip(code, names, strict=True):
            assert cell.source == (repo / name).read_text(encoding="utf-8").rstrip("\n")
            out = (repo / name).with_suffix(".out")
            assert cell.outputs[0].text == out.read_text(encoding="utf-8")


def test_timeline_lists_every_dated_page(built_site):
    """The timeline is generated from front matter: every page's original date and link are on it."""
    import re
    from pathlib import Path

    from mkdocs.utils.meta import get_data

    html = (built_site / "timeline" / "index.html").read_text(encoding="utf-8")
    docs = Path(__file__).resolve().parents[1] / "docs"
    dated = {}
    for page in docs.rglob("*.md"):
        meta = get_data(page.read_text(encoding="utf-8"))[1]
        if meta.get("date"):
            dated[page.relative_to(docs).with_suffix("").as_posix()] = str(meta["date"])
    listed = re.findall(r"<strong>(\d{4}-\d\d-\d\d)</strong>", html)
    assert listed == sorted(set(dated.values())), "one entry per original date, in order"
    for rel in dated:
        assert f'href="../{rel}/"' in html, f"{rel} is missing from the timeline"


def test_figure_pages_have_notebook_pages(built_site):
    """Each page whose code draws figures links to its notebook rendered as a page (mkdocs-jupyter, nothing
    executed at build): one cell per snippet, its recorded output and the figures its verified run drew,
    extracted to lazy, sized files."""
    import re
    from pathlib import Path

    from kb.pages.include import snippet_includes
    from kb.run import figures
    from kb.run.snippet import Snippet

    repo = Path(__file__).resolve().parents[1]
    checked = 0
    for md in sorted((repo / "docs").rglob("*.md")):
        rels = snippet_includes(md.read_text(encoding="utf-8"))
        drawn_by = [r for r in rels if figures.saved_figures(Snippet(repo, repo / "snippets" / r))]
        if not drawn_by:
            continue
        topic = md.relative_to(repo / "docs").with_suffix("").as_posix()
        run = (built_site / "run" / topic / "index.html").read_text(encoding="utf-8")
        assert f'href="../../run/{topic}/"' in (built_site / topic / "index.html").read_text(encoding="utf-8")
        assert run.count('jp-CodeCell jp-Notebook-cell"') >= len(rels)
        drawn = re.findall(
            r'<img loading="lazy" alt="snippets/([^ ]+) 画出的图" width="\d+" height="\d+" src="([^"]+)"', run
        )
        assert {r for r, _ in drawn} == set(drawn_by) and "data:image" not in run, f"{topic}: figures not extracted"
        for _, src in drawn:
            assert (built_site / "run" / topic / src).read_bytes().lstrip().startswith(b"<?xml"), src
        for rel in rels:
            out = (repo / "snippets" / rel).with_suffix(".out").read_text(encoding="utf-8").splitlines()
            assert not out or out[0].split()[0] in run, f"{rel}: its recorded output is not on the notebook page"
        assert "Traceback" not in run and 'data-mime-type="application/vnd.jupyter.stderr"' not in run
        assert "<style" not in run.split("<article")[1] and "cdnjs" not in run and 'src=""' not in run
        checked += 1
    assert checked >= 5
    assert (built_site / "assets" / "stylesheets" / "notebook.css").stat().st_size < 200_000


def test_first_paint_waits_for_nothing_it_does_not_need(built_site):
    """What keeps a long page fast on a phone (Lighthouse, make bench): no script in <head> that blocks the
    first paint, KaTeX's css only where there is math, the blocks after a page's first screen drawn
    only when they come near (content-visibility in extra.css), and no restyle of the whole page when
    the theme's script starts (kb/site/startup.py)."""
    import re

    from kb.site import startup

    problems = []
    for index in sorted(built_site.rglob("index.html")):
        rel = index.relative_to(built_site).as_posix()
        text = index.read_text(encoding="utf-8")
        head = text.split("</head>", 1)[0]
        for tag in re.findall(r"<script\b[^>]*\bsrc=[^>]*>", head):
            if not re.search(r"\b(defer|async)\b|type=\"module\"", tag):
                problems.append(f"{rel}: render-blocking script in <head>: {tag}")
        if not head.split("<head>", 1)[1].lstrip().startswith(startup.PRESET):
            problems.append(f"{rel}: <head> does not start by giving <html> the theme's script classes")
        if "katex.min.css" in head and 'class="katex' not in text:
            problems.append(f"{rel}: KaTeX css on a page without math")
    assert not problems, "\n".join(problems)
    for palette in (built_site / "assets" / "stylesheets").glob("palette.*.css"):
        assert "data-md-color-switching" not in palette.read_text(encoding="utf-8"), (
            f"{palette.name}: a rule on [data-md-color-switching] restyles every element twice at each page load"
        )
    css = (built_site / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    assert "content-visibility: auto" in css, "extra.css lost the content-visibility rule for long pages"
