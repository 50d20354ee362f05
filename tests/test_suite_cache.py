"""The no-change rerun (kb/run/suite_cache.py) remembers only checks that ran and passed, under a key that
holds what decides a skip."""

from kb.run import suite_cache


def test_a_module_with_a_skipped_test_is_not_remembered():
    """The case that used to pass for the wrong reason: test_browser skipped every check (no Chromium here) and
    was remembered as passed, so a later run with Chromium skipped it again, as 'unchanged'."""
    outcomes = {
        "test_browser": ["skipped", "skipped", "skipped"],
        "test_warm": ["passed", "skipped"],
        "test_pages": ["passed", "passed"],
        "test_snippets": ["passed"],  # has a cache of its own: never in the suite cache
        "test_site": [],
    }
    modules = {"test_browser", "test_warm", "test_pages", "test_site"}
    keep, skipped = suite_cache.remembered(outcomes, modules)
    assert keep == ["test_pages"]
    assert skipped == {"test_browser": 3, "test_warm": 1}


def test_what_decides_a_skip_is_in_the_key(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("same files\n")
    monkeypatch.delenv("KB_WARM_PARENT", raising=False)
    before = suite_cache.tree_key(tmp_path)
    assert suite_cache.tree_key(tmp_path) == before  # nothing changed: the same key
    monkeypatch.setenv("KB_WARM_PARENT", "0")  # the warm-parent checks skip under this
    assert suite_cache.tree_key(tmp_path) != before
    monkeypatch.delenv("KB_WARM_PARENT")
    monkeypatch.setenv("KB_CHROMIUM", str(tmp_path / "no-such-browser"))  # the browser checks skip without one
    assert suite_cache.tree_key(tmp_path) != before
