"""Every page: includes resolve, Python fences are includes; every snippet and output is used."""

import pytest

from tests.harness import pages


def test_page(page, kb_root):
    errors = pages.parse_page(kb_root, page).errors
    if errors:
        pytest.fail("\n".join(errors), pytrace=False)


def test_no_orphans(kb_root):
    all_pages = [pages.parse_page(kb_root, p) for p in sorted((kb_root / "docs").rglob("*.md"))]
    errors = pages.orphans(kb_root, all_pages)
    if errors:
        pytest.fail("\n".join(errors), pytrace=False)


def test_typography(page, kb_root):
    """CJK/Latin spacing, punctuation and look-alike characters in the prose (autocorrect's rules)."""
    from tests.harness import typography

    problems = typography.check(page.read_text(encoding="utf-8"))
    if problems:
        rel = page.relative_to(kb_root).as_posix()
        lines = [f"{rel}:{n}: {what}\n    suggested: {suggestion}" for n, what, suggestion in problems]
        pytest.fail("\n".join(lines) + "\n  fix: python -m tests.harness.typography --fix", pytrace=False)
