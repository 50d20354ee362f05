"""build/report.json: per snippet and device, the result, how long, with which versions, and its
content keys. A partial run keeps the earlier records of snippets it did not touch; a shard of a split run
writes only its own (kb/run/shards.py), and `python -m kb report merge` combines the parts (kb/run/merge.py)."""

from __future__ import annotations

import datetime as dt
import json
import platform
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from kb import settings
from kb.paths import version

# how the report names the run of a model-loading snippet with the second set of stand-ins (tests/test_weights.py);
# the site's badges count only real devices
OTHER_WEIGHTS = "cpu, other stand-in weights"


PHASES = ("parent_start_s", "startup_s", "snippet_s", "exit_s")  # where a run's time went (kb/run/process.py)


def phase_totals(records: Sequence[Mapping[str, Any]]) -> dict[str, float]:
    """The seconds that runs spent starting warm parents, starting, in their own code and ending, summed over the
    records that were timed (a cached pass was not)."""
    timed = [r for r in records if "startup_s" in r and not r.get("cached")]
    return {key: round(sum(r.get(key, 0) for r in timed), 1) for key in PHASES}


# what `duration_s` may hold beyond the phases: the runner's own reading of the result (decoding the output, the
# run record) takes under a millisecond; the rest is room for a busy machine, and for the report's rounding
PHASE_TOLERANCE_S = 0.1
RUN_PHASES = ("startup_s", "snippet_s", "exit_s")  # consecutive, within `duration_s` (parent_start_s is not)


def phase_problems(record: Mapping[str, Any]) -> list[str]:
    """Why a timed record's phases do not account for its wall-clock duration (each phase is measured from its
    own timestamps, so they can disagree): a phase below zero (a timestamp out of order, or from another clock),
    or a sum off `duration_s` by more than PHASE_TOLERANCE_S. Empty for a record that was not timed."""
    if "startup_s" not in record or record.get("cached"):
        return []
    problems = [f"{key} is {record[key]:.3f} s, below zero" for key in RUN_PHASES if record[key] < 0]
    total, duration = sum(record[key] for key in RUN_PHASES), record["duration_s"]
    if abs(total - duration) > PHASE_TOLERANCE_S:
        problems.append(
            f"the phases add up to {total:.3f} s, the run took {duration:.3f} s (tolerance {PHASE_TOLERANCE_S} s)"
        )
    return problems


def report_path(root: Path) -> Path:
    return settings.load(root).build / "report.json"


def read_report(root: Path) -> dict[str, Any]:
    path = report_path(root)
    try:
        report: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except json.JSONDecodeError:
        report = {}
    return report


def write_report(
    root: Path, results: Sequence[Mapping[str, Any]], real_models: bool, isolation: str = "", keep_earlier: bool = True
) -> Path:
    """This run's results merged over the earlier report's records for snippets this run did not run (with
    keep_earlier=False, as a shard writes its part: this run's results only)."""
    fresh = {(r["snippet"], r["device"]) for r in results}
    earlier = read_report(root).get("snippets", []) if keep_earlier else []
    kept = [r for r in earlier if (r["snippet"], r["device"]) not in fresh and (root / r["snippet"]).exists()]
    report = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": {d: version(d) for d in ("torch", "transformers", "tokenizers", "mkdocs-material")},
        "models": "real" if real_models else "offline stand-ins",
        "isolation": isolation,  # how the snippets were kept offline (kb/run/isolation.py)
        "snippets": sorted([*kept, *results], key=lambda r: (r["snippet"], r["device"])),
    }
    return save_report(report_path(root), report)


def save_report(out: Path, report: dict[str, Any]) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


# the last run against the real pretrained weights (a machine with the network), written by
# `python -m kb real-weights` (kb/tools/real_weights.py; .github/workflows/real-weights.yml)
REAL_WEIGHTS = Path("snippets") / "verified-real-weights.json"


def read_real_weights(root: Path) -> dict[str, Any]:
    path = root / REAL_WEIGHTS
    run: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return run


# CUDA runs kept from a GPU machine (CI has none), written by `python -m kb attest` (kb/tools/attest.py)
ATTESTATIONS = Path("snippets") / "verified-on-gpu.json"


def read_attestations(path: Path) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    return records
