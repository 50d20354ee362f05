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
