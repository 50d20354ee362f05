"""This repository's own fixtures. The engine's pytest side (options, collecting the snippets and pages, the
model fixtures, the report, the suite cache) is the package's plugin, kb/pytest_plugin/, registered by entry
point; here only the site this repository's tests look at."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from kb.pages import checks
from kb.run.verify import make_figures
from kb.settings import Layout

_RUN_ID = uuid.uuid4().hex  # without xdist; with it, the workers share the controller's testrunuid


def _build_site(layout: Layout, site: Path, models_home: Path | None) -> str | None:
    """Build the test site; None when it built, else why not, pointing at the check that owns the cause."""
    pages = [checks.parse_page(layout.root, p) for p in sorted(layout.docs.rglob("*.md"))]
    if any(p.errors for p in pages) or checks.orphans(layout.root, pages):
        return (
            "the page checks failed (see the docs/…md::page tests and tests/test_pages.py): not built from broken pages"
        )
    if make_figures(layout.root, models_home):
        return "a figure snippet failed (see its test, snippets/…py::cpu): the site needs its figures"
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=layout.root,
        capture_output=True,
        text=True,
        # served at the root of 127.0.0.1 in the browser checks (the 404 page uses absolute paths)
        env={**os.environ, "SITE_URL": "http://127.0.0.1/"},
    )
    return None if proc.returncode == 0 else f"mkdocs build --strict failed:\n{proc.stderr[-6000:]}"


@pytest.fixture(scope="session")
def site_build(pytestconfig, kb_layout, models_home) -> tuple[Path, str | None]:
    """(the site, None) once built; (…, why not) when it could not be: built once per test run, shared by
    xdist workers, and never retried, so a root cause is reported once (by test_mkdocs_build_strict or the
    check that owns it) and everything that needs the site is skipped with a pointer to it."""
    run = getattr(pytestconfig, "workerinput", {}).get("testrunuid", _RUN_ID)
    base = kb_layout.build / "test-site"
    base.mkdir(parents=True, exist_ok=True)
    site, done, failed = base / run, base / f"{run}.built", base / f"{run}.failed"
    with open(base / ".lock", "w") as lock:  # one worker builds, the others wait and reuse it
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists() and not failed.exists():
            for old in base.iterdir():  # earlier runs' sites
                if old.name != ".lock":
                    shutil.rmtree(old) if old.is_dir() else old.unlink()
            why = _build_site(kb_layout, site, models_home)
            (failed.write_text(why) if why else done.touch())
    return site, (failed.read_text() if failed.exists() else None)


@pytest.fixture(scope="session")
def built_site(site_build) -> Path:
    site, why = site_build
    if why:
        first = why.splitlines()[0]
        pytest.skip(
            first if "see " in first else "the site did not build: see tests/test_site.py::test_mkdocs_build_strict"
        )
    return site
