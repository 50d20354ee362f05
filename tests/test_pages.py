"""This repository's rules over all its pages (each page's own checks are the plugin's `docs/…md::page` tests):
every snippet and output is used, outputs show values, the typography holds, tags are shared."""

import pytest

from kb.pages import checks

MAX_BOOLEAN_SHARE = 0.05  # of all recorded output lines, at most this many are a bare True/False


def test_no_orphans(kb_layout):
    kb_root = kb_layout.root
    all_pages = [checks.parse_page(kb_root, p) for p in sorted(kb_layout.docs.rglob("*.md"))]
    errors = checks.orphans(kb_root, all_pages)
    if errors:
        pytest.fail("\n".join(errors), pytrace=False)


def test_outputs_show_values(kb_root):
    """A reader learns from values: bare True/False lines are at most 5% of all recorded output lines."""
    found, total, where = checks.boolean_lines(kb_root)
    assert total > 0
    if found > MAX_BOOLEAN_SHARE * total:
        pytest.fail(
            f"{found} of {total} recorded output lines ({found / total:.1%}) are a bare True/False "
            f"(at most {MAX_BOOLEAN_SHARE:.0%}): print the values that show it, and assert under `# 检查`:\n"
            + "\n".join(where),
            pytrace=False,
        )


def test_typography(page, kb_root):
    """CJK/Latin spacing, punctuation and look-alike characters in the prose (autocorrect's rules)."""
    from kb.tools import typography

    problems = typography.check(page.read_text(encoding="utf-8"))
    if problems:
        rel = page.relative_to(kb_root).as_posix()
        lines = [f"{rel}:{n}: {what}\n    suggested: {suggestion}" for n, what, suggestion in problems]
        pytest.fail("\n".join(lines) + f"\n  fix: python -m kb typography --fix {rel}", pytrace=False)


def test_tags_are_shared(kb_layout):
    """Tags help a reader find related pages: each tag is on at least two pages, spelt one way."""
    from mkdocs.utils.meta import get_data

    pages: dict[str, list[str]] = {}
    kb_root = kb_layout.root
    for page in sorted(kb_layout.docs.rglob("*.md")):
        for tag in get_data(page.read_text(encoding="utf-8"))[1].get("tags", []) or []:
            pages.setdefault(str(tag), []).append(page.relative_to(kb_root).as_posix())
    lonely = {tag: where for tag, where in pages.items() if len(where) < 2}
    assert not lonely, f"tags used by one page only (merge them into a shared tag, see docs/tags.md): {lonely}"
    folded: dict[str, list[str]] = {}
    for tag in pages:
        folded.setdefault(tag.casefold(), []).append(tag)
    assert all(len(v) == 1 for v in folded.values()), f"one spelling per tag: {folded}"
