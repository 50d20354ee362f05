"""Combine the reports of a split run: `python -m kb report merge PART... [-o build/report.json] [--plan PLAN]`.

Each PART is a shard's report.json; the `figures/` and `snippet-cache/` folders beside it (what the shard's
passing runs drew and remembered) are gathered beside the output. Fails, naming each one, when a case of the
tree has no result or more than one, when a part holds a case the tree does not have, when the parts ran in
different environments, or when two parts drew the same figure differently. Without --plan the cases required
are the tree's CPU cases (CUDA runs are accepted where a snippet has them).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from kb import settings
from kb.paths import REPO
from kb.run import merge, shards
from kb.run.report import save_report


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m kb report merge")
    parser.add_argument("command", choices=["merge"])
    parser.add_argument("parts", nargs="+", type=Path, help="the shards' report.json files")
    parser.add_argument("-o", "--out", type=Path, default=settings.load(REPO).build / "report.json")
    parser.add_argument("--plan", type=Path, help="the plan the shards ran (its cases are the ones required)")
    parser.add_argument("--root", type=Path, default=REPO, help="the tree the shards verified")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    parts = {str(p): json.loads(p.read_text(encoding="utf-8")) for p in args.parts}
    owners = shards.owners(shards.read_plan(args.plan)) if args.plan else None
    required = set(owners) if owners else set(shards.cases(root))
    optional = set(shards.cases(root, cuda=True)) - required
    try:
        report = merge.merge_reports(parts, required, optional, owners)
    except merge.MergeError as e:
        print(f"the parts do not make a whole report ({len(parts)} parts):\n{e}")
        return 1
    out_dir = args.out.parent
    problems = merge.combine_folders([p.parent / "figures" for p in args.parts], out_dir / "figures", strict=True)
    problems += merge.combine_folders(
        [p.parent / "snippet-cache" for p in args.parts], out_dir / "snippet-cache", False
    )
    if problems:
        print("\n".join(problems))
        return 1
    save_report(args.out, report)
    results = Counter(str(r.get("result")) for r in report["snippets"])
    summary = ", ".join(f"{n} {result}" for result, n in sorted(results.items()))
    print(f"{args.out}: {len(report['snippets'])} cases from {len(parts)} parts ({summary})")
    return 0
