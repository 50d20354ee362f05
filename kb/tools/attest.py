"""Keep what a GPU machine verified: `python -m kb attest [build/report.json]`.

CI machines have no GPU, so the site's CUDA badges cannot come from the CI run. After `make test`
on a machine with a CUDA GPU, this reads the test report it wrote and merges its CUDA runs into
snippets/verified-on-gpu.json (committed):

- a passing run that really initialised CUDA replaces that snippet's earlier record;
- a failing run removes it (the snippet no longer passes there);
- a record whose snippet is gone is dropped.

Each record carries a content key (kb.run.cache.content_key over kb.run.cache.output_parts: the snippet, its
recorded output, its settings, the declarations of the models it loads, the torch and transformers versions it
ran with, the device) and those parts one by one. The site shows a record only while that key still matches
the files, so an edited snippet loses its GPU badge until a GPU run verifies it again; a change to the engine
does not touch it.

    python -m kb attest [REPORT]   keep the report's CUDA runs
    python -m kb attest --check    every record: still matching, or lapsed and why (exit 1 if any lapsed)
    python -m kb attest --prune    drop the lapsed records and those of deleted snippets, saying why
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from kb import settings
from kb.paths import REPO
from kb.run import cache
from kb.run.report import ATTESTATIONS, read_attestations
from kb.run.snippet import Snippet

KEPT = ("snippet", "device", "gpu", "versions", "verified_at", "duration_s", "content", "inputs")
PART_NAMES = {
    "snippet": "the snippet changed",
    "output": "its recorded output changed",
    "settings": "its snippets.toml changed",
    "models": "a declaration of a model it loads changed (models/)",
    "versions": "recorded with other torch/transformers versions than its key says",
    "device": "another device",
}


def lapsed(record: dict[str, Any], root: Path = REPO) -> str | None:
    """Why a kept record no longer vouches for the files under root, or None while it does."""
    path = root / record["snippet"]
    if not path.exists():
        return "no such snippet"
    snippet, versions = Snippet(root, path), record.get("versions") or {}
    if record.get("content") == cache.content_key(snippet, record["device"], versions):
        return None
    now = cache.output_parts(snippet, record["device"], versions)
    before = record.get("inputs") or {}
    changed = [PART_NAMES[k] for k in now if k in before and before[k] != now[k]]
    if changed:
        return "; ".join(changed)
    return "recorded under an older key (before per-part keys): its inputs can not be compared"


def check(root: Path = REPO) -> tuple[list[dict[str, Any]], list[str]]:
    """(the records still standing, a line per lapsed one)."""
    standing, lines = [], []
    for record in read_attestations(root / ATTESTATIONS):
        why = lapsed(record, root)
        if why:
            lines.append(f"lapsed {record['snippet']} [{record['device']}, {record.get('gpu', '')}]: {why}")
        else:
            standing.append(record)
    return standing, lines


def merge(
    report: dict[str, Any], earlier: list[dict[str, Any]], root: Path = REPO
) -> tuple[list[dict[str, Any]], list[str]]:
    """The new list of records, and a line for each change."""
    by_snippet = {r["snippet"]: r for r in earlier if (root / r["snippet"]).exists()}
    changes = [f"dropped {r['snippet']} (no such snippet)" for r in earlier if r["snippet"] not in by_snippet]
    for run in report.get("snippets", []):
        if run.get("device") != "cuda":
            continue
        name = run["snippet"]
        if run.get("result") == "passed" and run.get("gpu_used") and run.get("content"):
            by_snippet[name] = {k: run[k] for k in KEPT if k in run}
            changes.append(f"verified {name} on {run.get('gpu', 'a CUDA GPU')}")
        elif run.get("result") != "passed" and by_snippet.pop(name, None):
            changes.append(f"removed {name} (failed on {run.get('gpu', 'CUDA')})")
    return [by_snippet[k] for k in sorted(by_snippet)], changes


def main(argv: list[str]) -> int:
    out = REPO / ATTESTATIONS
    if argv[:1] in (["--check"], ["--prune"]):
        standing, lines = check()
        print("\n".join(lines) or "every record matches today's snippets")
        print(f"{out.relative_to(REPO)}: {len(standing)} of {len(standing) + len(lines)} records match")
        if argv[0] == "--prune":
            out.write_text(json.dumps(standing, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            return 0
        return 1 if lines else 0
    source = Path(argv[0]) if argv else settings.load(REPO).build / "report.json"
    report = json.loads(source.read_text(encoding="utf-8"))
    if not any(r.get("device") == "cuda" for r in report.get("snippets", [])):
        print(f"{source}: no CUDA runs in this report (run `make test` on a machine with a CUDA GPU)")
        return 1
    earlier = read_attestations(out)
    records, changes = merge(report, earlier)
    out.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("\n".join(changes) or "no change")
    print(f"{out.relative_to(REPO)}: {len(records)} snippets verified on a GPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
