"""The parts of a split run made whole: the shards' reports combined into one build/report.json, checked for
completeness (every case of the tree exactly once, with a result), and the figures and cache markers each shard
wrote gathered beside it (`python -m kb report merge`, CI's merge job)."""

from __future__ import annotations

import shutil
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from kb.run.record import Stable
from kb.run.record import stable_part as stable_records
from kb.run.shards import Case

Report = dict[str, Any]
MUST_AGREE = ("python", "versions", "models")  # parts run in other environments do not make one report
MAY_DIFFER = ("platform", "isolation")  # e.g. the runners' kernel releases: every value is kept


class MergeError(Exception):
    """What keeps the parts from making a whole report, one line per problem."""


def merge_reports(
    parts: Mapping[str, Report],
    required: Collection[Case],
    optional: Collection[Case] = (),
    owners: Mapping[Case, int] | None = None,
) -> Report:
    """One report from the parts ({name: part}): every required case exactly once with a result; optional cases
    (e.g. CUDA runs a GPU shard may add) at most once; no other case. Raises MergeError naming every problem."""
    problems: list[str] = []
    seen: dict[Case, list[tuple[str, Report]]] = {}
    for name, part in parts.items():
        for record in part.get("snippets", []):
            seen.setdefault((record["snippet"], record["device"]), []).append((name, record))
    for case in sorted(set(required) - set(seen)):
        where = f"planned for shard {owners[case]}" if owners and case in owners else "in no plan"
        problems.append(
            f"missing: {_name(case)} has no result in any part ({where}: did that shard stop before it, or not "
            "upload its report?)"
        )
    for case, found in sorted(seen.items()):
        names = ", ".join(n for n, _ in found)
        if case not in required and case not in optional:
            problems.append(
                f"unexpected: {_name(case)} (in {names}) is no case of this tree: a part of another commit?"
            )
        elif len(found) > 1:
            results = sorted({str(r.get("result")) for _, r in found})
            kind = f"conflicting results ({' vs '.join(results)})" if len(results) > 1 else "the same case twice"
            problems.append(f"duplicate: {_name(case)} ran in {len(found)} parts ({names}): {kind}")
        elif "result" not in found[0][1]:
            problems.append(f"no result: {_name(case)} in {names}")
    for key in MUST_AGREE:
        values = {repr(p.get(key)) for p in parts.values()}
        if len(values) > 1:
            problems.append(f"the parts disagree on {key}: {' vs '.join(sorted(values))}")
    if problems:
        raise MergeError("\n".join(problems))
    first = next(iter(parts.values()), {})
    merged = {key: first.get(key) for key in MUST_AGREE}
    merged["date"] = max((str(p.get("date", "")) for p in parts.values()), default="")
    for key in MAY_DIFFER:
        merged[key] = "; ".join(dict.fromkeys(str(p.get(key, "")) for p in parts.values()))
    records = [r for found in seen.values() for _, r in found]
    merged["snippets"] = sorted(records, key=lambda r: (r["snippet"], r["device"]))
    return merged


def stable_part(report: Report) -> list[Stable]:
    """What a report says that does not depend on when or where it ran (kb/run/record.py, the one definition)."""
    return stable_records(report.get("snippets", []))


def combine_folders(sources: list[Path], dest: Path, strict: bool) -> list[str]:
    """Copy every file under each source into dest (same relative path). strict: a file that two sources hold
    with different bytes is a conflict (returned, not copied); otherwise the first copy is kept."""
    plan: dict[Path, Path] = {}
    conflicts = []
    for source in sources:
        for src in sorted(p for p in source.rglob("*") if p.is_file()):
            rel = src.relative_to(source)
            if rel not in plan:
                plan[rel] = src
            elif strict and plan[rel].read_bytes() != src.read_bytes():
                conflicts.append(f"conflict: {dest / rel} differs between {plan[rel]} and {src}")
    if conflicts:
        return conflicts
    for rel, src in plan.items():
        if src.resolve() != (dest / rel).resolve():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest / rel)
    return []


def _name(case: Case) -> str:
    return f"{case[0]} [{case[1]}]"
