"""No-change reruns (kb/run/suite_cache.py) and what the run reports at its end: the test modules remembered or
skipped, the time per module, how the snippet runs split, and build/report.json."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.pytest_plugin.items import SnippetItem
from kb.pytest_plugin.state import ModuleRun, state
from kb.run import isolation, suite_cache
from kb.run.figures import makes_figures
from kb.run.report import phase_problems, phase_totals, write_report

OWN_CACHE = "kb_own_cache"  # the marker of a test that verifies snippets: those have a cache of their own
OWN_CACHE_FIXTURES = {"verify_settings", "other_weights_settings"}
SITE = "kb_site"  # the marker of a test that needs the built site (run_order puts it last)


def find_unchanged(config: pytest.Config) -> None:
    """Which test modules passed under this tree's key before (computed once, before this run writes markers)."""
    st = state(config)
    if not st.options.suite_cache_on:
        return
    st.unchanged_key = suite_cache.tree_key(st.layout.root)
    st.unchanged = suite_cache.remembered_modules(st.layout.build, st.unchanged_key)


def group(config: pytest.Config, path: Path) -> str:
    """The module a test belongs to in the time table: a test file's name, or `snippets` / `pages` for the
    plugin's own items."""
    layout = state(config).layout
    path = Path(config.rootpath, path).resolve()
    if layout.snippets in path.parents:
        return "snippets"
    if layout.docs in path.parents:
        return "pages"
    return path.stem


def skip_unchanged(config: pytest.Config, items: list[pytest.Item]) -> None:
    st = state(config)
    for item in items:
        if isinstance(item, pytest.Function) and OWN_CACHE_FIXTURES & set(item.fixturenames):
            item.add_marker(OWN_CACHE)  # carried to the controller in the report's keywords
        elif isinstance(item, pytest.Function) and item.path.stem in st.unchanged:
            reason = f"unchanged since a run where all of {item.path.stem} passed (key {st.unchanged_key[:12]})"
            item.add_marker(pytest.mark.skip(reason=reason))


def run_order(items: list[pytest.Item]) -> None:
    """Figures first, the site last: the snippets that draw figures run before anything else, and the tests marked
    `kb_site` (they need the built site, whose build draws any figure still missing) after everything else. A fresh
    checkout's site build then finds the figures the snippet runs kept, instead of drawing them a second time.
    xdist's worksteal hands each worker a contiguous part of this order. The sort is stable and the same in every
    worker."""

    def rank(item: pytest.Item) -> int:
        if isinstance(item, SnippetItem) and item.device == "cpu" and makes_figures(item.snippet):
            return 0
        return 2 if item.get_closest_marker(SITE) else 1

    items.sort(key=rank)


def record(config: pytest.Config, report: pytest.TestReport) -> None:
    st = state(config)
    module = st.modules.setdefault(group(config, Path(report.fspath)), ModuleRun())
    module.seconds += report.duration
    module.own_cache |= OWN_CACHE in report.keywords
    module.python &= str(report.fspath).endswith(".py")
    if report.when == "call" or (report.when == "setup" and not report.passed):
        module.outcomes.append(report.outcome)
    if report.when == "call":
        for key, value in report.user_properties:
            if key == "kb_result" and isinstance(value, dict):
                st.results.append({**value, "result": report.outcome})


def summary(reporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    st = state(config)
    shown = sorted(m for m in st.unchanged if m in st.modules)  # the remembered modules this run had collected
    if shown:
        reporter.write_line(
            f"not rerun, nothing they read has changed since they all passed: {', '.join(shown)} "
            "(PYTEST_ARGS=--no-cache runs them)"
        )
    if st.modules:
        ranked = sorted(((m, r.seconds) for m, r in st.modules.items()), key=lambda item: -item[1])
        reporter.write_line(
            "time in tests per module (setup + call + teardown, summed over workers): "
            + ", ".join(f"{module} {seconds:.1f} s" for module, seconds in ranked)
        )
    if st.results:
        reporter.write_line(f"snippets ran offline: {isolation.describe()}")
        timed = [r for r in st.results if "startup_s" in r and not r.get("cached")]
        if timed:
            warm = sum(1 for r in timed if r.get("warm"))
            total = phase_totals(timed)
            reporter.write_line(
                f"{len(timed)} snippet runs ({warm} forked from a warm parent; starting those parents took "
                f"{total['parent_start_s']:.1f} s): {total['startup_s']:.1f} s starting, {total['snippet_s']:.1f} s in "
                f"their own code, {total['exit_s']:.1f} s ending (each run in build/report.json)"
            )
            odd = [(r["snippet"], problem) for r in timed for problem in phase_problems(r)]
            if odd:
                reporter.write_line(
                    f"{len(odd)} runs' phases do not add up to their time, e.g. {odd[0][0]}: {odd[0][1]}"
                )


def finish(session: pytest.Session) -> None:
    """Write build/report.json (this run's results over the earlier records), then remember the passing modules."""
    st = state(session.config)
    shard = bool(st.options.shard_plan)  # a shard's part: its own results only, even none
    if st.results or shard:
        write_report(st.layout.root, st.results, st.options.real_models, isolation.describe(), keep_earlier=not shard)
    if not st.options.suite_cache_on or session.testsfailed:
        return  # a failure anywhere may be why a check was skipped (e.g. the site could not be built)
    cacheable = {m for m, r in st.modules.items() if r.python and not r.own_cache and m not in ("snippets", "pages")}
    keep, skipped = suite_cache.remembered({m: r.outcomes for m, r in st.modules.items()}, cacheable - st.unchanged)
    key = suite_cache.tree_key(st.layout.root) if keep else ""
    for module in keep:
        path = suite_cache.marker(st.layout.build, module, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if skipped and reporter is not None:
        where = ", ".join(f"{m} ({n} skipped)" for m, n in sorted(skipped.items()))
        reporter.write_line(f"suite cache: not remembered, they skipped tests (see the SKIPPED lines): {where}")
