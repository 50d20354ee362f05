"""Keep what a GPU machine verified: `python -m kb attest [build/report.json]`.

CI machines have no GPU, so the site's CUDA badges cannot come from the CI run. After `make test`
on a machine with a CUDA GPU, this reads the test report it wrote and merges its CUDA runs into
snippets/verified-on-gpu.json (committed):

- a passing run that really initialised CUDA replaces that snippet's earlier record;
- a failing run removes it (the snippet no longer passes there);
- a record whose snippet is gone is dropped.

Each record carries a content key (kb.run.cache.content_key: the snippet, its recorded output, its
settings, the stand-in models' recipe). The site shows a record only while that key still matches
the files, so an edited snippet loses its GPU badge until a GPU run verifies it again.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from kb.paths import REPO
from kb.run.report import ATTESTATIONS, read_attestations

KEPT = ("snippet", "device", "gpu", "versions", "verified_at", "duration_s", "content")


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
    """`attest [REPORT]` keeps the report's CUDA runs; `attest --prune` only drops records of deleted snippets."""
    if argv[:1] == ["--prune"]:
        out = REPO / ATTESTATIONS
        records, changes = merge({"snippets": []}, read_attestations(out))
        out.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("\n".join(changes) or "no change")
        return 0
    source = Path(argv[0]) if argv else REPO / "build" / "report.json"
    report = json.loads(source.read_text(encoding="utf-8"))
    if not any(r.get("device") == "cuda" for r in report.get("snippets", [])):
        print(f"{source}: no CUDA runs in this report (run `make test` on a machine with a CUDA GPU)")
        return 1
    out = REPO / ATTESTATIONS
    earlier = read_attestations(out)
    records, changes = merge(report, earlier)
    out.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("\n".join(changes) or "no change")
    print(f"{out.relative_to(REPO)}: {len(records)} snippets verified on a GPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
