"""`python -m kb <command>`: the engine's command-line tools (the Makefile calls these).

init DIR      a new knowledge base in DIR (one page, one snippet, mkdocs.yml, pyproject.toml), verified here
new           scaffold a page in the lesson's shape, its snippets and their recorded outputs
figures       draw every figure that is missing or older than its snippet (a verified CPU run)
serve         serve the site at once and draw the missing figures while serving (make serve)
attest        keep a GPU machine's passing CUDA runs in snippets/verified-on-gpu.json (--prune: drop deleted)
real-weights  keep a --real-models run's outcome in snippets/verified-real-weights.json
determinism   run every snippet several times; fail if any output differs
bench         page weight and Lighthouse scores of the built site
bench-verify  full verification timed against running every snippet naively (plain python, one by one)
bench-serve   a newcomer's make serve in a fresh clone: seconds to the first page and to every figure
bench-scale   cost of discovery, verification and build against the size of a synthetic knowledge base
links         check external links (needs the open web)
typography    Chinese typography of the pages (--fix applies autocorrect's fixes)
whitespace    trailing whitespace and final newlines
outputs       every recorded output was produced or verified by the harness (pre-commit)
models        build the offline stand-in models into a cache folder
shard plan    split the snippet run into N shards balanced by recorded durations (CI's matrix)
report merge  combine the shards' reports (checked complete), figures and cache markers
"""

from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "init": "kb.tools.init",
    "new": "kb.tools.new_page",
    "figures": "kb.tools.figures",
    "serve": "kb.tools.devserve",
    "attest": "kb.tools.attest",
    "real-weights": "kb.tools.real_weights",
    "determinism": "kb.tools.determinism",
    "bench": "kb.tools.bench",
    "bench-verify": "kb.tools.bench_verify",
    "bench-scale": "kb.tools.bench_scale",
    "bench-serve": "kb.tools.bench_serve",
    "links": "kb.tools.links",
    "typography": "kb.tools.typography",
    "whitespace": "kb.tools.whitespace",
    "outputs": "kb.tools.check_outputs",
    "models": "kb.models",
    "shard": "kb.tools.shard",
    "report": "kb.tools.report",
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 0 if argv[:1] in ([], ["-h"], ["--help"]) else 2
    module = importlib.import_module(COMMANDS[argv[0]])
    result: int = module.main(argv[1:])
    return result


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
