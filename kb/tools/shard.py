"""Plan a split run: `python -m kb shard plan --shards N [--durations REPORT] [-o PLAN]` (`make shard-plan`).

Partitions the tree's cases into N shards balanced by the durations in REPORT (CI: main's last merged report,
restored from the Actions cache; without one, every case weighs the same) and writes the plan every shard reads
(`pytest --shard-plan PLAN --shard I`, `make test-shard`). Needs only the standard library: CI's plan job runs it
before any environment is installed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kb import settings
from kb.paths import REPO
from kb.run import shards


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m kb shard plan")
    parser.add_argument("command", choices=["plan"])
    parser.add_argument("--shards", type=int, required=True, help="how many shards (CI: the workflow's SHARDS)")
    parser.add_argument("--durations", type=Path, help="a report whose durations weigh the cases (if it exists)")
    parser.add_argument("-o", "--out", type=Path, default=settings.load(REPO).build / "shard-plan.json")
    parser.add_argument("--root", type=Path, default=REPO, help="the tree to plan (tests use temporary trees)")
    parser.add_argument("--cuda", action="store_true", help="plan the CUDA cases too (for shards with a GPU)")
    args = parser.parse_args(argv)
    known, source = {}, "equal weights (no earlier report)"
    if args.durations and args.durations.exists():
        try:
            report = json.loads(args.durations.read_text(encoding="utf-8"))
            known = shards.durations(report)
            source = f"{args.durations} of {report.get('date', 'an unknown date')} ({len(known)} durations)"
        except json.JSONDecodeError as e:
            source = f"equal weights ({args.durations} is not JSON: {e})"
    plan = shards.partition(shards.cases(args.root.resolve(), args.cuda), known, args.shards)
    shards.write_plan(args.out, plan, source)
    print(f"{args.out}: {sum(len(s.cases) for s in plan)} cases in {len(plan)} shards, weighed by {source}")
    for shard in plan:
        print(f"  shard {shard.index}: {len(shard.cases)} cases, about {shard.expected_s:.0f} s")
    return 0
