"""The pytest side of the engine, registered by entry point (`pytest11`: kb = "kb.pytest_plugin"), so any
knowledge base whose environment installs this package is verified by plain `pytest`:

- collects every snippet (`<snippets>/**/<name>.py`, one test per device: `snippets/x/y/z.py::cpu`) and every page
  (`<docs>/**/*.md::page`), from the folders kb.settings names (`[tool.kb]` in the tree's pyproject.toml);
- options (group "kb"): --update, --real-models, --kb-root, --no-cache, --models-only, --only, --shard-plan, --shard;
- fixtures for a repository's own tests: kb_layout, kb_root, models_home, verify_settings, other_weights_settings,
  and the parametrisations `page` (every page) and `other_weights_case` (every snippet that loads a model);
- the run's end: build/report.json, the suite cache for unchanged test modules, the time per module.

Its state lives in `config.stash` (kb/pytest_plugin/state.py); failures are `kb.run.problem.Problem`s, rendered by
the items' `repr_failure` (kb/pytest_plugin/items.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kb import settings as kb_settings
from kb.pytest_plugin import resources, suite
from kb.pytest_plugin.fixtures import kb_layout, kb_root, models_home, other_weights_settings, verify_settings
from kb.pytest_plugin.items import PageFile, SnippetFile
from kb.pytest_plugin.options import add_options
from kb.pytest_plugin.state import STATE, KbState, Options, state
from kb.run import shards
from kb.run.report import OTHER_WEIGHTS

__all__ = ["kb_layout", "kb_root", "models_home", "other_weights_settings", "verify_settings"]


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{suite.OWN_CACHE}: verifies snippets (cached per snippet, not per module)")
    config.addinivalue_line(
        "markers", f"{suite.SITE}: needs the built site (runs after the snippets that draw figures)"
    )
    options = Options.read(config)
    try:
        layout = kb_settings.load(options.root)
    except kb_settings.SettingsError as e:
        raise pytest.UsageError(str(e)) from None
    st = KbState(options, layout)
    config.stash[STATE] = st
    if options.shard_plan:
        st.owner = _shard_owner(st)
    config.add_cleanup(lambda: resources.close(config))
    config.pluginmanager.register(KbRun(config), "kb-run")


def _shard_owner(st: KbState) -> dict[shards.Case, int]:
    """The plan is read once and must hold every case of the tree (else it was made for another tree)."""
    path = str(st.options.shard_plan)
    plan = shards.read_plan(Path(path))
    if not 0 <= st.options.shard < len(plan):
        raise pytest.UsageError(f"--shard {st.options.shard}: {path} has shards 0..{len(plan) - 1}")
    owner = shards.owners(plan)
    stray = [case for case in shards.cases(st.layout.root, st.cuda) if case not in owner]
    if stray:
        more = f" (and {len(stray) - 1} more cases)" if len(stray) > 1 else ""
        raise pytest.UsageError(
            f"{path}: {stray[0][0]} [{stray[0][1]}]{more} is in no shard: the plan was made for another tree; "
            "make it again (`make shard-plan`; on a machine with CUDA, add --cuda)"
        )
    return owner


def _snippet_file(path: Path, parent: pytest.Collector) -> SnippetFile | None:
    st = state(parent.config)
    if path.suffix != ".py" or st.layout.snippets not in path.parents or "__pycache__" in path.parts:
        return None
    if not st.is_selected(path):
        return None
    found: SnippetFile = SnippetFile.from_parent(parent, path=path)
    return found


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    st = state(parent.config)
    if file_path.suffix == ".md" and st.layout.docs in file_path.parents:
        return PageFile.from_parent(parent, path=file_path) if file_path in st.pages() else None
    if parent.session.isinitpath(file_path):
        return None  # a snippet named on the command line: pytest_pycollect_makemodule makes it (below)
    return _snippet_file(file_path, parent)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """A snippet named on the command line is collected as a snippet, never imported as a test module."""
    return _snippet_file(module_path, parent)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    st = state(metafunc.config)
    if "other_weights_case" in metafunc.fixturenames:
        chosen = [s for s in st.selected() if s.loads_model and st.in_shard(s, OTHER_WEIGHTS)]
        metafunc.parametrize("other_weights_case", chosen, ids=[s.rel for s in chosen])
    if "page" in metafunc.fixturenames:
        found = st.pages()
        metafunc.parametrize("page", found, ids=[st.layout.rel(p) for p in found])


class KbRun:
    """The hooks of one run that need its config (registered per config, as pytest's own terminal reporter is)."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        suite.find_unchanged(self.config)  # before this run writes markers (the xdist controller collects nothing)

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        suite.skip_unchanged(self.config, items)
        suite.run_order(items)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        suite.record(self.config, report)

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if not hasattr(self.config, "workerinput"):
            suite.summary(terminalreporter, self.config)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if not hasattr(self.config, "workerinput"):
            suite.finish(session)
