"""pytest wiring for the harness: options, the snippet parametrisation, the model fixtures, the report."""

from __future__ import annotations

import datetime as dt
import fcntl
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.harness import pages, snippets
from tests.harness.models import ensure_models

REPO = snippets.REPO


def pytest_addoption(parser):
    group = parser.getgroup("kb", "verified snippets")
    group.addoption("--update", action="store_true", help="re-record <name>.out from real runs of the snippets")
    group.addoption(
        "--real-models",
        action="store_true",
        default=os.environ.get("KB_REAL_MODELS") == "1",
        help="load models from the real Hugging Face hub/cache instead of the offline stand-ins (needs network)",
    )
    group.addoption(
        "--kb-root", default=str(REPO), help="the tree to verify (tests of the harness use temporary trees)"
    )
    group.addoption(
        "--no-cache",
        action="store_true",
        default=os.environ.get("CI", "").lower() in ("1", "true"),
        help="run every snippet even if an identical one passed before (always on when CI=true)",
    )
    group.addoption(
        "--only",
        action="append",
        default=[],
        help="verify only these pages or snippets (docs/x/y.md, snippets/x/y/z.py, or a folder of either); repeatable",
    )


def _root(config) -> Path:
    return Path(config.getoption("--kb-root")).resolve()


def _cuda_available() -> bool:
    if os.environ.get("KB_DEVICES") == "cpu" or not shutil.which("nvidia-smi"):
        return False
    out = subprocess.run(
        [sys.executable, "-c", "import torch; print(torch.cuda.is_available())"], capture_output=True, text=True
    )
    return out.stdout.strip() == "True"


def selected_snippets(config) -> list[snippets.Snippet]:
    root = _root(config)
    found = snippets.discover(root)
    only = config.getoption("--only")
    if not only:
        return found
    wanted: set[str] = set()
    for item in only:
        path = (Path.cwd() / item).resolve()
        if path.suffix == ".md" or (path.is_dir() and root / "docs" in [path, *path.parents]):
            for page in [path] if path.suffix == ".md" else sorted(path.rglob("*.md")):
                wanted |= {inc.target for inc in pages.parse_page(root, page).includes}
        else:
            wanted |= {s.rel for s in found if path in [s.path, *s.path.parents]}
    return [s for s in found if s.rel in wanted]


def pytest_generate_tests(metafunc):
    if "snippet_case" in metafunc.fixturenames:
        cuda = _cuda_available()
        cases = [(s, d) for s in selected_snippets(metafunc.config) for d in s.devices(cuda)]
        metafunc.parametrize("snippet_case", cases, ids=[f"{s.rel}-{d}" for s, d in cases])
    if "page" in metafunc.fixturenames:
        root = _root(metafunc.config)
        found = sorted((root / "docs").rglob("*.md"))
        if metafunc.config.getoption("--only"):  # the pages given, and the pages that include the snippets given
            chosen = {s.rel for s in selected_snippets(metafunc.config)}
            wanted = {(Path.cwd() / item).resolve() for item in metafunc.config.getoption("--only")}
            found = [
                p
                for p in found
                if wanted & {p, *p.parents} or chosen & {i.target for i in pages.parse_page(root, p).includes}
            ]
        metafunc.parametrize("page", found, ids=[p.relative_to(root).as_posix() for p in found])


@pytest.fixture(scope="session")
def kb_root(pytestconfig) -> Path:
    return _root(pytestconfig)


@pytest.fixture(scope="session")
def models_home(pytestconfig) -> Path | None:
    """The offline model cache (HF_HOME), built once per session; None in --real-models mode."""
    if pytestconfig.getoption("--real-models"):
        return None
    home = Path(os.environ.get("KB_MODEL_CACHE", REPO / ".cache" / "hf"))
    home.mkdir(parents=True, exist_ok=True)
    with open(home / ".lock", "w") as lock:  # xdist workers: one builds, the others wait
        fcntl.flock(lock, fcntl.LOCK_EX)
        ensure_models(home)
    return home


@pytest.fixture(scope="session")
def models_recipe(models_home) -> str:
    from tests.harness.models import recipe_hash

    return recipe_hash() if models_home is not None else "real-models"


@pytest.fixture(scope="session")
def snippet_cache(pytestconfig) -> tuple[Path, bool]:
    """(where passing runs are remembered by content hash, whether to reuse them instead of running)."""
    path = _root(pytestconfig) / "build" / "snippet-cache"
    path.mkdir(parents=True, exist_ok=True)
    return path, not (pytestconfig.getoption("--no-cache") or pytestconfig.getoption("--update"))


_RUN_ID = uuid.uuid4().hex  # without xdist; with it, the workers share the controller's testrunuid


@pytest.fixture(scope="session")
def built_site(pytestconfig, models_home) -> Path:
    """The site, built once per test run (figures first: pages link to them) and shared by xdist workers."""
    from tests.harness import figures

    run = getattr(pytestconfig, "workerinput", {}).get("testrunuid", _RUN_ID)
    base = REPO / "build" / "test-site"
    base.mkdir(parents=True, exist_ok=True)
    site, done = base / run, base / f"{run}.built"
    with open(base / ".lock", "w") as lock:  # one worker builds, the others wait and reuse it
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            for old in base.iterdir():  # earlier runs' sites
                if old.name != ".lock":
                    shutil.rmtree(old) if old.is_dir() else old.unlink()
            problems = figures.ensure(REPO, models_home)
            if problems:
                pytest.fail("\n".join(problems), pytrace=False)
            proc = subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                cwd=REPO,
                capture_output=True,
                text=True,
                # served at the root of 127.0.0.1 in the browser checks (the 404 page uses absolute paths)
                env={**os.environ, "SITE_URL": "http://127.0.0.1/"},
            )
            if proc.returncode != 0:
                pytest.fail(f"mkdocs build --strict failed:\n{proc.stderr[-6000:]}", pytrace=False)
            done.touch()
    return site


# ---------------------------------------------------------------- report

_results: list[dict] = []


def pytest_runtest_logreport(report):
    if report.when == "call":
        for key, value in report.user_properties:
            if key == "kb_result":
                _results.append({**value, "result": report.outcome})


def pytest_sessionfinish(session):
    """Write build/report.json: this run's results, merged over earlier ones for snippets this run did
    not touch (a partial run keeps the rest; each record carries its content key, so the site marks a
    record whose snippet changed since as not verified)."""
    if hasattr(session.config, "workerinput") or not _results:
        return
    root = _root(session.config)
    out = root / "build" / "report.json"
    fresh = {(r["snippet"], r["device"]) for r in _results}
    earlier = []
    if out.exists():
        try:
            earlier = json.loads(out.read_text(encoding="utf-8")).get("snippets", [])
        except (json.JSONDecodeError, AttributeError):
            earlier = []
    kept = [r for r in earlier if (r["snippet"], r["device"]) not in fresh and (root / r["snippet"]).exists()]
    versions = {}
    for dist in ("torch", "transformers", "tokenizers", "mkdocs-material"):
        try:
            versions[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            versions[dist] = None
    report = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
        "models": "real" if session.config.getoption("--real-models") else "offline stand-ins",
        "snippets": sorted(kept + _results, key=lambda r: (r["snippet"], r["device"])),
    }
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
