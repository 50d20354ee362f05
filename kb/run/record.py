"""One snippet run as the reports hold it (build/report.json's "snippets", the GPU records, the real-weights
run), and the one definition of what in a set of runs is stable: which case gave which result under which key,
not when or how fast. The no-change rerun's key (kb/run/suite_cache.py) and the check that a split run merged
equals one whole run (kb/run/merge.py) both use `stable_part`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypedDict


class RunRecord(TypedDict, total=False):
    snippet: str  # "snippets/pytorch/dropout/train_vs_eval.py"
    device: str  # "cpu", "cuda", or kb.run.report.OTHER_WEIGHTS
    result: str  # pytest's outcome: "passed", "failed", "xfailed", "skipped"
    problem: str  # the failure's first line (kb.run.problem.Problem.headline)
    key: str  # the verifier's cache key (kb/run/cache.py cache_key)
    content: str  # what decides the output (kb/run/cache.py content_key): what GPU records and badges match
    inputs: dict[str, str]  # content's parts, to say why a record lapsed
    cached: bool  # an identical earlier pass, reported without running
    gpu_used: bool
    gpu: str
    duration_s: float
    startup_s: float
    snippet_s: float
    exit_s: float
    parent_start_s: float
    warm: bool
    warm_failed: str
    verified_at: str
    versions: dict[str, str]


Stable = tuple[str, str, str, str]


def stable_part(records: Iterable[RunRecord | dict[str, Any]]) -> list[Stable]:
    """(snippet, device, result, key) of every run, sorted: what a set of runs says that does not depend on when
    or where it ran. The key is the cache key, or the content key where a record has only that."""
    return sorted(
        (str(r["snippet"]), str(r["device"]), str(r.get("result")), str(r.get("key") or r.get("content") or ""))
        for r in records
    )
