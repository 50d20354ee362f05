"""`python -m kb init DIR` makes a knowledge base outside this repository that this engine verifies and builds:
the engine assumes none of this repository's layout (kb/settings.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kb.paths import REPO


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS", "PYTHONPATH")}
    env["NO_MKDOCS_2_WARNING"] = "1"
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def new_kb(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("elsewhere") / "my-notes"
    made = _run(REPO, "-m", "kb", "init", str(root), "--name", "我的笔记")
    assert made.returncode == 0, made.stdout + made.stderr
    return root


def test_init_makes_a_knowledge_base_that_passes(new_kb):
    out = new_kb / "snippets" / "start" / "first" / "sum_of_squares.out"
    assert out.read_text(encoding="utf-8") == "1..10 的平方和：逐项相加 385，公式 385\n"  # recorded by running it
    checked = _run(new_kb, "-m", "pytest", "-p", "no:xdist", "-rA", "--no-cache")
    assert checked.returncode == 0, checked.stdout[-3000:]
    assert "PASSED snippets/start/first/sum_of_squares.py::cpu" in checked.stdout
    assert "PASSED docs/index.md::page" in checked.stdout
    built = _run(new_kb, "-m", "mkdocs", "build", "--strict")
    assert built.returncode == 0, built.stderr[-3000:]
    html = (new_kb / "site" / "index.html").read_text(encoding="utf-8")
    assert "逐项相加 385" in html and "kb-output" in html  # the snippet's code with its recorded output under it


def test_the_new_tree_is_verified_not_just_run(new_kb, tmp_path):
    """A recording that no longer matches fails where it differs (the plugin's own failure, with its location)."""
    out = new_kb / "snippets" / "start" / "first" / "sum_of_squares.out"
    good = out.read_text(encoding="utf-8")
    out.write_text(good.replace("公式 385", "公式 386"), encoding="utf-8")
    try:
        checked = _run(new_kb, "-m", "pytest", "-p", "no:xdist", "--no-cache", "snippets")
    finally:
        out.write_text(good, encoding="utf-8")
    assert checked.returncode == 1
    assert "snippets/start/first/sum_of_squares.out:1: output of snippets/start/first/sum_of_squares.py on cpu" in (
        checked.stdout
    )


def test_the_folders_are_settings(new_kb, tmp_path):
    """The same knowledge base with its snippets in code/ and its pages in pages/ ([tool.kb]): verified and built."""
    moved = tmp_path / "moved"
    subprocess.run(["cp", "-r", str(new_kb), str(moved)], check=True)
    (moved / "snippets").rename(moved / "code")
    (moved / "docs").rename(moved / "pages")
    for name, old, new in [
        ("pyproject.toml", 'snippets = "snippets"', 'snippets = "code"'),
        ("pyproject.toml", 'docs = "docs"', 'docs = "pages"'),
        ("pyproject.toml", '["snippets", "docs"]', '["code", "pages"]'),
        ("mkdocs.yml", "base_path: [snippets]", "base_path: [code]"),
        ("mkdocs.yml", "strict: true", "strict: true\ndocs_dir: pages"),
    ]:
        text = (moved / name).read_text(encoding="utf-8")
        assert old in text
        (moved / name).write_text(text.replace(old, new), encoding="utf-8")
    checked = _run(moved, "-m", "pytest", "-p", "no:xdist", "-rA", "--no-cache")
    assert checked.returncode == 0 and "PASSED code/start/first/sum_of_squares.py::cpu" in checked.stdout, (
        checked.stdout[-3000:]
    )
    built = _run(moved, "-m", "mkdocs", "build", "--strict")
    assert built.returncode == 0, built.stderr[-3000:]
    assert "逐项相加 385" in (moved / "site" / "index.html").read_text(encoding="utf-8")


def test_init_refuses_a_folder_in_use(tmp_path):
    (tmp_path / "keep.txt").write_text("mine\n")
    refused = _run(REPO, "-m", "kb", "init", str(tmp_path))
    assert refused.returncode == 2 and "is not empty" in refused.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_settings_are_checked(new_kb, tmp_path):
    """[tool.kb] has a schema: an unknown key stops pytest naming the file and the known settings; pages moved in
    [tool.kb] but not in mkdocs.yml stop the build naming both folders."""
    moved = tmp_path / "checked"
    subprocess.run(["cp", "-r", str(new_kb), str(moved)], check=True)
    pyproject = moved / "pyproject.toml"
    good = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(good.replace('models = "models"', 'models = "models"\nsnipets = "code"'), encoding="utf-8")
    refused = _run(moved, "-m", "pytest", "-p", "no:xdist", "--collect-only", "-q")
    assert refused.returncode == 4, refused.stdout + refused.stderr
    assert f"{pyproject}: [tool.kb] has no setting 'snipets'" in refused.stderr
    pyproject.write_text(good.replace('docs = "docs"', 'docs = "pages"'), encoding="utf-8")
    built = _run(moved, "-m", "mkdocs", "build", "--strict")
    assert built.returncode == 1 and "kb: mkdocs.yml's docs_dir is" in built.stderr, built.stderr[-2000:]
