"""Keep what a run against the real pretrained weights found: `python -m kb real-weights [build/report.json]`.

The tests run against offline stand-ins (the real vocabulary and configuration, random weights). Where the
network exists (.github/workflows/real-weights.yml, weekly and on demand), `make test` with --real-models
downloads the real bert-base-chinese and LTP/base2 and runs every snippet that loads a model or tokenizer.
This reads that report and writes snippets/verified-real-weights.json: the date, the versions, and per
snippet whether it printed its recording, or how it differed. It prints the same as a Markdown summary (the
workflow's job summary). Commit the file: the badges and the 关于验证 page show it while each snippet's key
(its text, recorded output and settings) still matches.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from kb import settings
from kb.paths import REPO
from kb.run.cache import real_key
from kb.run.report import REAL_WEIGHTS
from kb.run.snippet import Snippet


def summarise(report: dict[str, Any], root: Path = REPO) -> dict[str, Any]:
    """The real-weights record to keep, from a --real-models test report."""
    runs = []
    for record in report.get("snippets", []):
        path = root / record["snippet"]
        if record.get("device") != "cpu" or not path.exists():
            continue
        entry = {"snippet": record["snippet"], "result": record.get("result"), "key": real_key(Snippet(root, path))}
        if record.get("problem"):
            entry["problem"] = record["problem"]
        runs.append(entry)
    return {"date": report.get("date"), "versions": report.get("versions", {}), "snippets": runs}


def markdown(run: dict[str, Any]) -> str:
    passed = [r for r in run["snippets"] if r["result"] == "passed"]
    lines = [
        f"## Real weights: {len(passed)}/{len(run['snippets'])} snippets print their recordings",
        "",
        f"{run['date']} · " + ", ".join(f"{k} {v}" for k, v in run["versions"].items() if v),
        "",
    ]
    lines += [
        f"- ✗ `{r['snippet']}`: {r.get('problem', r['result'])}" for r in run["snippets"] if r["result"] != "passed"
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else settings.load(REPO).build / "report.json"
    report = json.loads(source.read_text(encoding="utf-8"))
    if report.get("models") != "real":
        print(f"{source}: not a --real-models run (make test PYTEST_ARGS='--real-models --models-only')")
        return 1
    run = summarise(report)
    (REPO / REAL_WEIGHTS).write_text(json.dumps(run, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    text = markdown(run)
    print(text)
    if os.environ.get("GITHUB_STEP_SUMMARY"):
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as f:
            f.write(text)
    return 0 if all(r["result"] == "passed" for r in run["snippets"]) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
