"""The site builds strictly (figures first, since pages link to them)."""


def test_mkdocs_build_strict(built_site):
    assert (built_site / "index.html").exists()
    assert (built_site / "assets" / "katex" / "katex.min.css").exists()
    assert not list(built_site.rglob("*.map")), "no source maps are shipped"


def test_notebooks_match_the_snippets(built_site):
    """Each page's downloadable notebook holds exactly its snippets and their recorded outputs."""
    from pathlib import Path

    import nbformat

    repo = Path(__file__).resolve().parents[1]
    notebooks = sorted((built_site / "notebooks").rglob("*.ipynb"))
    pages_with_code = [p for p in (repo / "docs").rglob("*.md") if '--8<-- "' in p.read_text(encoding="utf-8")]
    assert len(notebooks) == len(pages_with_code)
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        code = [c for c in nb.cells if c.cell_type == "code"]
        names = [
            c.source.strip("`") for c in nb.cells if c.cell_type == "markdown" and c.source.startswith("`snippets/")
        ]
        assert len(code) == len(names) > 0, path
        for cell, name in zip(code, names, strict=True):
            assert cell.source == (repo / name).read_text(encoding="utf-8").rstrip("\n")
            out = (repo / name).with_suffix(".out")
            assert cell.outputs[0].text == out.read_text(encoding="utf-8")
