"""The no-change rerun (kb/run/suite_cache.py) remembers only checks that ran and passed, under a key that
holds what decides a skip."""

import os
import subprocess
import sys
from pathlib import Path

from kb.run import suite_cache


def test_a_module_with_a_skipped_test_is_not_remembered():
    """The case that used to pass for the wrong reason: test_browser skipped every check (no Chromium here) and
    was remembered as passed, so a later run with Chromium skipped it again, as 'unchanged'."""
    outcomes = {
        "test_browser": ["skipped", "skipped", "skipped"],
        "test_warm": ["passed", "skipped"],
        "test_pages": ["passed", "passed"],
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


def _run(root: Path, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in suite_cache.SKIP_DECIDERS}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:xdist", "-rs"],
        cwd=root,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
    return proc.stdout


def test_a_skipped_module_runs_again_through_the_plugin(tmp_path):
    """End to end, in a knowledge base of its own (the plugin, no conftest): the module that passed is skipped on
    the no-change rerun; the module that skipped a test (its check did not run) is run again every time."""
    (tmp_path / "pyproject.toml").write_text('[tool.pytest.ini_options]\ntestpaths = ["tests"]\n')
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_passes.py").write_text("def test_one():\n    assert 1 + 1 == 2\n")
    (tmp_path / "tests" / "test_needs_browser.py").write_text(
        "import os, shutil, pytest\n\n\ndef test_browser():\n"
        "    if not shutil.which(os.environ.get('KB_CHROMIUM') or 'no-such-browser'):\n"
        "        pytest.skip('no browser')\n"
    )
    first = _run(tmp_path)
    assert (
        "suite cache: not remembered, they skipped tests (see the SKIPPED lines): test_needs_browser (1 skipped)"
        in first
    )
    second = _run(tmp_path)
    assert "not rerun, nothing they read has changed since they all passed: test_passes " in second
    assert "SKIPPED [1] tests/test_needs_browser.py:6: no browser" in second  # ran again, and said why it skipped
    # the machine gains the "browser" (a skip decider): both modules run, and the browser check passes
    third = _run(tmp_path, KB_CHROMIUM=sys.executable)
    assert "not rerun" not in third and "2 passed" in third, third
