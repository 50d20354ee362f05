"""A split run: the snippet cases of a tree partitioned into N shards of about equal time, one per CI machine.

A case is (snippet, device) as the report names it: each snippet on each of its devices, and each snippet that
loads a model once more with the other stand-in weights (tests/test_weights.py). A plan is made ONCE, by
`python -m kb shard plan` (CI's plan job), from the durations of an earlier report, and handed to every shard as a
file: no shard plans for itself, so a shard that sees other durations (a cache hit where another had a miss) can
never make a case run twice or not at all. `pytest --shard-plan PLAN --shard I` runs shard I's cases.
"""

from __future__ import annotations

import heapq
import json
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kb.run.report import OTHER_WEIGHTS
from kb.run.snippet import discover

Case = tuple[str, str]  # (snippet as the report names it, device): ("snippets/pytorch/x/y.py", "cpu")
UNKNOWN_DEFAULT_S = 1.0  # the weight of every case when no duration at all is recorded (equal weights)


@dataclass(frozen=True)
class Shard:
    index: int
    cases: tuple[Case, ...]
    expected_s: float  # the sum of its cases' weights


def cases(root: Path, cuda: bool = False) -> list[Case]:
    """Every case a full run of the tree verifies, sorted."""
    found = discover(root)
    out = [(s.display, d) for s in found for d in s.devices(cuda)]
    out += [(s.display, OTHER_WEIGHTS) for s in found if s.loads_model]
    return sorted(out)


def durations(report: Mapping[str, Any]) -> dict[Case, float]:
    """{case: seconds} from a report's records (a cached pass carries the duration of the run it stands for)."""
    found = {}
    for r in report.get("snippets", []):
        seconds = r.get("duration_s")
        if isinstance(seconds, int | float) and not isinstance(seconds, bool):
            found[(str(r["snippet"]), str(r["device"]))] = max(0.0, float(seconds))
    return found


def partition(all_cases: Iterable[Case], known: Mapping[Case, float], shards: int) -> list[Shard]:
    """Greedy longest-processing-time first: the heaviest case goes to the least loaded shard (ties: the one with
    fewer cases, then the lower index). A case without a recorded duration weighs the median of the recorded
    ones. Deterministic: the same cases and durations give the same plan whatever their order."""
    if shards < 1:
        raise ValueError(f"shards must be at least 1, not {shards}")
    recorded = sorted(max(0.0, s) for s in known.values())
    fallback = statistics.median(recorded) if recorded else UNKNOWN_DEFAULT_S
    weight = {c: max(0.0, known.get(c, fallback)) for c in set(all_cases)}
    heap = [(0.0, 0, i) for i in range(shards)]  # (load, number of cases, index)
    assigned: list[list[Case]] = [[] for _ in range(shards)]
    for case in sorted(weight, key=lambda c: (-weight[c], c)):
        load, count, i = heapq.heappop(heap)
        assigned[i].append(case)
        heapq.heappush(heap, (load + weight[case], count + 1, i))
    return [Shard(i, tuple(sorted(a)), round(sum(weight[c] for c in a), 2)) for i, a in enumerate(assigned)]


def owners(plan: list[Shard]) -> dict[Case, int]:
    """{case: the index of the shard that runs it}."""
    return {case: shard.index for shard in plan for case in shard.cases}


def write_plan(path: Path, plan: list[Shard], source: str) -> None:
    data = {
        "durations_from": source,
        "shards": [{"index": s.index, "expected_s": s.expected_s, "cases": [list(c) for c in s.cases]} for s in plan],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def read_plan(path: Path) -> list[Shard]:
    data = json.loads(path.read_text(encoding="utf-8"))
    plan = [
        Shard(int(s["index"]), tuple((str(a), str(b)) for a, b in s["cases"]), s["expected_s"]) for s in data["shards"]
    ]
    if [s.index for s in plan] != list(range(len(plan))):
        raise ValueError(f"{path}: the shards are not numbered 0..{len(plan) - 1}")
    if len(owners(plan)) != sum(len(s.cases) for s in plan):
        raise ValueError(f"{path}: a case is in more than one shard")
    return plan
