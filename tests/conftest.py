"""pytest wiring for the engine (kb/): options, the snippet parametrisation, the model fixtures, the site
built once per run, the report."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kb.models import declared_names, ensure_models, recipe_hash
from kb.pages import checks
from kb.paths import REPO, model_cache
from kb.run import isolation, shards, suite_cache
from kb.run.process import warm_parent
from kb.run.report import OTHER_WEIGHTS, phase_totals, write_report
from kb.run.snippet import Snippet, discover
from kb.run.verify import Settings, make_figures


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
        # CI=true runs everything, unless KB_SNIPPET_CACHE=1 (CI on pull requests: main's cache, restored)
        default=os.environ.get("CI", "").lower() in ("1", "true") and os.environ.get("KB_SNIPPET_CACHE") != "1",
        help="run every snippet even if an identical one passed before (on when CI=true, unless KB_SNIPPET_CACHE=1)",
    )
    group.addoption(
        "--models-only",
        action="store_true",
        help="verify only the snippets that load a model or tokenizer by name (the real-weights run)",
    )
    group.addoption(
        "--only",
        action="append",
        default=[],
        help="verify only these pages or snippets (docs/x/y.md, snippets/x/y/z.py, or a folder of either); repeatable",
    )
    group.addoption("--shard-plan", help="a split run's plan (`python -m kb shard plan`): run only --shard's cases")
    group.addoption("--shard", type=int, default=0, help="which shard of --shard-plan this run is (0, 1, …)")


def _root(config) -> Path:
    return Path(config.getoption("--kb-root")).resolve()


def _cuda_available() -> bool:
    if os.environ.get("KB_DEVICES") == "cpu" or not shutil.which("nvidia-smi"):
        return False
    out = subprocess.run(
        [sys.executable, "-c", "import torch; print(torch.cuda.is_available())"], capture_output=True, text=True
    )
    return out.stdout.strip() == "True"


def selected_snippets(config) -> list[Snippet]:
    root = _root(config)
    found = discover(root)
    if config.getoption("--models-only"):
        found = [s for s in found if "from_pretrained(" in s.source or "LTP(" in s.source]
    only = config.getoption("--only")
    if not only:
        return found
    wanted: set[str] = set()
    for item in only:
        path = (Path.cwd() / item).resolve()
        if path.suffix == ".md" or (path.is_dir() and root / "docs" in [path, *path.parents]):
            for page in [path] if path.suffix == ".md" else sorted(path.rglob("*.md")):
                wanted |= {inc.target for inc in checks.parse_page(root, page).includes}
        else:
            wanted |= {s.rel for s in found if path in [s.path, *s.path.parents]}
    return [s for s in found if s.rel in wanted]


def pytest_configure(config):
    """With --shard-plan: the plan is read once and must hold every case of the tree (else it is stale)."""
    path = config.getoption("--shard-plan")
    if not path:
        return
    plan = shards.read_plan(Path(path))
    index = config.getoption("--shard")
    if not 0 <= index < len(plan):
        raise pytest.UsageError(f"--shard {index}: {path} has shards 0..{len(plan) - 1}")
    owner = shards.owners(plan)
    stray = [case for case in shards.cases(_root(config), _cuda_available()) if case not in owner]
    if stray:
        more = f" (and {len(stray) - 1} more cases)" if len(stray) > 1 else ""
        raise pytest.UsageError(
            f"{path}: {stray[0][0]} [{stray[0][1]}]{more} is in no shard: the plan was made for another tree; "
            "make it again (`make shard-plan`; on a machine with CUDA, add --cuda)"
        )
    config._kb_shard = (owner, index)


def _in_shard(config, found: list[tuple[Snippet, str]]) -> list[tuple[Snippet, str]]:
    """The cases of this run's shard (all of them without --shard-plan)."""
    if not hasattr(config, "_kb_shard"):
        return found
    owner, index = config._kb_shard
    return [(s, d) for s, d in found if owner[(s.display, d)] == index]


def pytest_generate_tests(metafunc):
    if "snippet_case" in metafunc.fixturenames:
        cuda = _cuda_available()
        cases = [(s, d) for s in selected_snippets(metafunc.config) for d in s.devices(cuda)]
        cases = _in_shard(metafunc.config, cases)
        metafunc.parametrize("snippet_case", cases, ids=[f"{s.rel}-{d}" for s, d in cases])
    if "other_weights_case" in metafunc.fixturenames:
        chosen = [s for s in selected_snippets(metafunc.config) if s.loads_model]
        chosen = [s for s, _ in _in_shard(metafunc.config, [(s, OTHER_WEIGHTS) for s in chosen])]
        metafunc.parametrize("other_weights_case", chosen, ids=[s.rel for s in chosen])
    if "page" in metafunc.fixturenames:
        root = _root(metafunc.config)
        found = sorted((root / "docs").rglob("*.md"))
        if metafunc.config.getoption("--only"):  # the pages given, and the pages that include the snippets given
            chosen = {s.rel for s in selected_snippets(metafunc.config)}
            wanted = {(Path.cwd() / item).resolve() for item in metafunc.config.getoption("--only")}
            found = [
                p
                for p in found
                if wanted & {p, *p.parents} or chosen & {i.target for i in checks.parse_page(root, p).includes}
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
    return _models(pytestconfig, "main")


def _models(config, variant: str) -> Path:
    """The tree's declared models (models/*.toml) built into their cache (xdist workers: one builds, the others
    wait)."""
    cache = model_cache(variant)
    ensure_models(cache, variant, _root(config))
    return cache


@pytest.fixture(scope="session")
def other_weights_settings(pytestconfig) -> Iterator[Settings]:
    """The second set of stand-ins (another seed, a ten times larger initialisation scale; kb/models/build.py) in a
    cache of its own: every snippet that loads a model must print its recording with these weights too."""
    if pytestconfig.getoption("--real-models"):
        pytest.skip("--real-models: the real weights are checked instead")
    home = _models(pytestconfig, "other")
    yield from _settings(
        pytestconfig, home, recipe_hash("other", _root(pytestconfig)), update=False, keep_figures=False
    )


@pytest.fixture(scope="session")
def verify_settings(pytestconfig, models_home) -> Iterator[Settings]:
    """How snippets are verified in this run: which models, the content-keyed cache, update mode."""
    recipe = recipe_hash("main", _root(pytestconfig)) if models_home is not None else "real-models"
    yield from _settings(pytestconfig, models_home, recipe, update=pytestconfig.getoption("--update"))


def _settings(pytestconfig, home: Path | None, recipe: str, update: bool, keep_figures: bool = True):
    """Settings over one set of models, with a warm parent for them (started on first use: a fully cached run
    never starts it), closed at the end of the session."""
    cache = _root(pytestconfig) / "build" / "snippet-cache"
    cache.mkdir(parents=True, exist_ok=True)
    reuse = not (pytestconfig.getoption("--no-cache") or pytestconfig.getoption("--update"))
    declared = declared_names(_root(pytestconfig)) if home is not None else None  # --real-models: the real hub
    settings = Settings(home, recipe, cache, reuse=reuse, update=update, keep_figures=keep_figures, declared=declared)
    settings.warm = warm_parent(home)
    yield settings
    if settings.warm is not None:
        settings.warm.close()


_RUN_ID = uuid.uuid4().hex  # without xdist; with it, the workers share the controller's testrunuid


def _build_site(site: Path, models_home: Path | None) -> str | None:
    """Build the test site; None when it built, else why not, pointing at the check that owns the cause."""
    pages = [checks.parse_page(REPO, p) for p in sorted((REPO / "docs").rglob("*.md"))]
    if any(p.errors for p in pages) or checks.orphans(REPO, pages):
        return "the page checks failed (see tests/test_pages.py): the site is not built from broken pages"
    if make_figures(REPO, models_home):
        return "a figure snippet failed (see its test in tests/test_snippets.py): the site needs its figures"
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=REPO,
        capture_output=True,
        text=True,
        # served at the root of 127.0.0.1 in the browser checks (the 404 page uses absolute paths)
        env={**os.environ, "SITE_URL": "http://127.0.0.1/"},
    )
    return None if proc.returncode == 0 else f"mkdocs build --strict failed:\n{proc.stderr[-6000:]}"


@pytest.fixture(scope="session")
def site_build(pytestconfig, models_home) -> tuple[Path, str | None]:
    """(the site, None) once built; (…, why not) when it could not be: built once per test run, shared by
    xdist workers, and never retried, so a root cause is reported once (by test_mkdocs_build_strict or the
    check that owns it) and everything that needs the site is skipped with a pointer to it."""
    run = getattr(pytestconfig, "workerinput", {}).get("testrunuid", _RUN_ID)
    base = REPO / "build" / "test-site"
    base.mkdir(parents=True, exist_ok=True)
    site, done, failed = base / run, base / f"{run}.built", base / f"{run}.failed"
    with open(base / ".lock", "w") as lock:  # one worker builds, the others wait and reuse it
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists() and not failed.exists():
            for old in base.iterdir():  # earlier runs' sites
                if old.name != ".lock":
                    shutil.rmtree(old) if old.is_dir() else old.unlink()
            why = _build_site(site, models_home)
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


# ---------------------------------------------------------------- report

_results: list[dict] = []


# ---------------------------------------------------------------- no-change reruns (kb/run/suite_cache.py)

# every module but test_snippets.py (whose snippets have a cache of their own, per snippet and device)
CACHED_MODULES = {
    "test_pages", "test_site", "test_browser", "test_engine", "test_mistakes",
    "test_warm", "test_weights", "test_models", "test_lint", "test_shards", "test_scale", "test_suite_cache", "test_serve",
}  # fmt: skip


@dataclass
class _ModuleRun:
    """What one test module's tests did in this run."""

    outcomes: list[str] = field(default_factory=list)
    seconds: float = 0.0  # setup, call and teardown, summed over workers


_modules: dict[str, _ModuleRun] = {}  # module -> its run


def _suite_cache_on(config) -> bool:
    options = ("--no-cache", "--update", "--only", "--shard-plan")  # a shard runs only part of a module
    return not any(config.getoption(o) for o in options)


def _unchanged(config) -> tuple[str, set[str]]:
    """(the tree's key, the modules that passed under it before), computed once per process."""
    if not hasattr(config, "_kb_unchanged"):
        key = suite_cache.tree_key(REPO) if _suite_cache_on(config) and _root(config) == REPO else ""
        found = {m for m in CACHED_MODULES if key and suite_cache.marker(REPO, m, key).exists()}
        config._kb_unchanged = (key, found)
    return config._kb_unchanged


def pytest_sessionstart(session):
    _unchanged(session.config)  # before this run writes its own markers (the xdist controller collects nothing)


def pytest_collection_modifyitems(session, config, items):
    key, unchanged = _unchanged(config)
    for item in items:
        if item.path.stem in unchanged:
            reason = f"unchanged since a run where all of {item.path.stem} passed (key {key[:12]})"
            item.add_marker(pytest.mark.skip(reason=reason))


def pytest_terminal_summary(terminalreporter, config):
    unchanged = sorted(_unchanged(config)[1])
    if unchanged and not hasattr(config, "workerinput"):
        terminalreporter.write_line(
            f"not rerun, nothing they read has changed since they all passed: {', '.join(unchanged)} "
            "(PYTEST_ARGS=--no-cache runs them)"
        )
    if not hasattr(config, "workerinput") and _modules:
        ranked = sorted(((m, r.seconds) for m, r in _modules.items()), key=lambda item: -item[1])
        terminalreporter.write_line(
            "time in tests per module (setup + call + teardown, summed over workers): "
            + ", ".join(f"{module} {seconds:.1f} s" for module, seconds in ranked)
        )
    if not hasattr(config, "workerinput") and _results:
        terminalreporter.write_line(f"snippets ran offline: {isolation.describe()}")
        timed = [r for r in _results if "startup_s" in r and not r.get("cached")]
        if timed:
            warm = sum(1 for r in timed if r.get("warm"))
            total = phase_totals(timed)
            terminalreporter.write_line(
                f"{len(timed)} snippet runs ({warm} forked from a warm parent; starting those parents took "
                f"{total['parent_start_s']:.1f} s): {total['startup_s']:.1f} s starting, {total['snippet_s']:.1f} s in "
                f"their own code, {total['exit_s']:.1f} s ending (each run in build/report.json)"
            )


def _remember_passing_modules(session) -> None:
    """Once this run's report is written: a module whose every test ran and passed here is remembered by the key
    (one with a skipped test is not: a skip is a check that did not run)."""
    if not _suite_cache_on(session.config) or _root(session.config) != REPO or session.testsfailed:
        return  # a failure anywhere may be why a check was skipped (e.g. the site could not be built)
    key = suite_cache.tree_key(REPO)
    ran = CACHED_MODULES - _unchanged(session.config)[1]  # the ones the cache skipped were remembered before
    keep, skipped = suite_cache.remembered({m: r.outcomes for m, r in _modules.items()}, ran)
    for module in keep:
        path = suite_cache.marker(REPO, module, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    if skipped and not hasattr(session.config, "workerinput"):
        where = ", ".join(f"{m} ({n} skipped)" for m, n in sorted(skipped.items()))
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"suite cache: not remembered, they skipped tests (see the SKIPPED lines): {where}")


def pytest_runtest_logreport(report):
    module = _modules.setdefault(Path(report.fspath).stem, _ModuleRun())
    module.seconds += report.duration
    if report.when == "call" or (report.when == "setup" and not report.passed):
        module.outcomes.append(report.outcome)
    if report.when == "call":
        for key, value in report.user_properties:
            if key == "kb_result":
                _results.append({**value, "result": report.outcome})


def pytest_sessionfinish(session):
    """Write build/report.json (kb/run/report.py): this run's results over the earlier records."""
    if hasattr(session.config, "workerinput"):
        return
    shard = bool(session.config.getoption("--shard-plan"))  # a shard's part: its own results only, even none
    if _results or shard:
        real = session.config.getoption("--real-models")
        write_report(_root(session.config), _results, real, isolation.describe(), keep_earlier=not shard)
    _remember_passing_modules(session)
