"""verify(snippet, device) → Outcome: the whole check of one snippet on one device, in order:
clean encoding → a cached pass with the same content key → run → figures drawn with every glyph →
record (update mode) or compare with the recording → remember the pass by content key."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.models.names import undeclared as undeclared_model
from kb.run import cache, explain, figures, zygote
from kb.run.compare import compare
from kb.run.problem import Problem
from kb.run.process import RunResult, run_snippet
from kb.run.snippet import UPDATE_HINT, Snippet, SnippetConfigError, discover, encoding_problem
from kb.run.zygote import Zygote


@dataclass
class Settings:
    """What a verification run shares across snippets."""

    models_home: Path | None  # the offline stand-ins (HF_HOME); None = the real hub (--real-models)
    models_recipe: str
    cache_dir: Path  # passing runs remembered by content key
    reuse: bool = True  # report an identical earlier pass instead of running again
    update: bool = False  # re-record <name>.out from this run
    keep_figures: bool = True  # keep the figures a passing CPU run drew (build/figures)
    warm: Zygote | None = None  # the warm parent snippets are forked from (kb/run/zygote.py); None: plain runs
    declared: frozenset[str] | None = None  # the model names with an offline stand-in (None: any, the real hub)
    # the second set of stand-in weights: a snippet that declares `weights = "why"` in snippets.toml may print
    # something else with them (the run must still succeed); the difference is recorded, and the run cached
    weights_may_differ: bool = False


@dataclass
class Outcome:
    problem: Problem | None = None  # why it failed (where, what, how to fix it); None: it passed
    record: dict[str, Any] = field(default_factory=dict)  # for the report (empty when nothing ran)

    @property
    def passed(self) -> bool:
        return self.problem is None

    @property
    def message(self) -> str:
        return str(self.problem) if self.problem else ""


def verify(snippet: Snippet, device: str, settings: Settings) -> Outcome:
    for path in (snippet.path, snippet.out_path):
        if path.exists() and (text := encoding_problem(path, path.relative_to(snippet.root).as_posix())):
            return Outcome(Problem.from_message(text, snippet.display))
    if settings.declared is not None and (text := undeclared(snippet, settings.declared)):
        return Outcome(Problem.from_message(text, snippet.display))
    if cached := _cached(snippet, device, settings):
        return Outcome(record={**cached, "cached": True})
    try:
        keep = functools.partial(figures.keep, snippet) if device == "cpu" and settings.keep_figures else None
        warm = settings.warm if zygote.worth_it(snippet.source) else None  # plain Python: a fresh interpreter
        result = run_snippet(snippet, device, settings.models_home, on_success=keep, warm=warm)
    except SnippetConfigError as e:
        return Outcome(Problem.from_message(str(e), snippet.display))
    record = _record(snippet, device, result)
    problem = _problem(snippet, device, result, settings.update)
    if problem is None and not (settings.update and device == "cpu"):
        mismatch = _mismatch(snippet, device, result)
        if mismatch and settings.weights_may_differ and snippet.config.get("weights"):
            record["differs"] = mismatch.headline  # as declared: kept in the record (and the cache), not a failure
        else:
            problem = mismatch
    if problem:
        return Outcome(problem, record)
    record["key"] = cache.cache_key(snippet, device, settings.models_recipe)
    record["content"] = cache.content_key(snippet, device, record["versions"])  # what the badges and attest check
    record["inputs"] = cache.output_parts(snippet, device, record["versions"])  # why a record lapsed, part by part
    (settings.cache_dir / f"{record['key']}.json").write_text(json.dumps({**record, "result": "passed"}))
    return Outcome(record=record)


def undeclared(snippet: Snippet, declared: frozenset[str]) -> str | None:
    """A model the snippet loads by a name with no declaration, before anything runs (kb/models/names.py)."""
    return undeclared_model(snippet.display, snippet.source, declared, snippet.path.parent)


def _cached(snippet: Snippet, device: str, settings: Settings) -> dict[str, Any] | None:
    if not settings.reuse or settings.update or not snippet.out_path.exists():
        return None
    marker = settings.cache_dir / f"{cache.cache_key(snippet, device, settings.models_recipe)}.json"
    if not marker.exists() or (figures.makes_figures(snippet) and not figures.is_fresh(snippet)):
        return None
    record: dict[str, Any] = json.loads(marker.read_text())
    return record


def _record(snippet: Snippet, device: str, result: RunResult) -> dict[str, Any]:
    record = {
        "snippet": snippet.display,
        "device": device,
        "gpu_used": result.record.get("cuda_used", False),
        "duration_s": round(result.duration, 2),
        **{phase: round(seconds, 3) for phase, seconds in result.phases().items()},
        "warm": bool(result.record.get("warm")),  # forked from the warm parent, or a fresh interpreter
        "verified_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "versions": result.record.get("versions") or cache.runtime_versions(),
    }
    if result.record.get("gpu"):
        record["gpu"] = result.record["gpu"]
    if result.record.get("warm_failed"):  # run the plain way because the warm parent broke (kb/run/zygote.py)
        record["warm_failed"] = result.record["warm_failed"]
    return record


def _problem(snippet: Snippet, device: str, result: RunResult, update: bool) -> Problem | None:
    """Why this run does not pass, or None; in update mode a passing CPU run is recorded."""
    if result.returncode != 0 or result.timed_out:
        return explain.explain_failure(snippet, device, result)
    if figures.GLYPH_MISSING.search(result.stderr):
        return Problem(
            snippet.display,
            None,
            "matplotlib drew boxes instead of characters (glyph missing):",
            f"{explain.tail(result.stderr, 10)}\n  fix: run `make setup` (installs a CJK font) and use the "
            "font fallback list from docs/python/matplotlib-chinese.md",
        )
    if update and device == "cpu":
        if not snippet.out_path.exists() or snippet.out_path.read_text(encoding="utf-8") != result.stdout:
            snippet.out_path.write_text(result.stdout, encoding="utf-8")
        return None
    if not snippet.out_path.exists():
        return Problem(
            snippet.display,
            1,
            f"no recorded output {snippet.out_path.name}: run {UPDATE_HINT.format(path=snippet.display)} and review it",
        )
    return None


def _mismatch(snippet: Snippet, device: str, result: RunResult) -> Problem | None:
    """Where the run's output differs from the recording, or None."""
    recorded = snippet.out_path.read_text(encoding="utf-8")
    mismatch = compare(recorded, result.stdout, snippet.ulps)
    return explain.explain_mismatch(snippet, device, recorded, result, mismatch) if mismatch else None


def make_figures(
    root: Path,
    models_home: Path | None,
    progress: Callable[[int, int, Snippet], None] | None = None,
    jobs: int = 1,
) -> list[str]:
    """Draw every figure that is missing or older than its snippet (a CPU run, `jobs` at a time); returns what
    failed, in the snippets' order. `progress` hears (done, of, snippet) as each run starts."""
    todo = [s for s in discover(root) if figures.makes_figures(s) and not figures.is_fresh(s)]
    started = iter(range(len(todo)))

    def draw(snippet: Snippet) -> str | None:
        if progress is not None:
            progress(next(started), len(todo), snippet)
        result = run_snippet(snippet, "cpu", models_home, on_success=functools.partial(figures.keep, snippet))
        if result.returncode != 0 or result.timed_out:
            return str(explain.explain_failure(snippet, "cpu", result))
        if figures.GLYPH_MISSING.search(result.stderr):
            return f"{snippet.display}: matplotlib is missing glyphs (no CJK font?): run `make setup`"
        return None

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:  # each run is its own process
        return [problem for problem in pool.map(draw, todo) if problem]
