"""Pre-commit guard: every recorded output about to be committed was written or verified by the harness.

An `.out` counts as attested when the content-hash cache (build/snippet-cache/) holds a passing run
for exactly this snippet text, this `.out` text and these dependencies: `make update` and `make test`
write those. A hand-edited `.out`, or a snippet edited after its last run, is refused with the fix.

    python -m kb outputs [FILE ...]   # default: every snippet
"""

from __future__ import annotations

import sys
from pathlib import Path

from kb import settings
from kb.models import recipe_hash
from kb.paths import REPO
from kb.run.cache import cache_key
from kb.run.snippet import discover


def main(argv: list[str]) -> int:
    cache = settings.load(REPO).build / "snippet-cache"
    recipe = recipe_hash()
    wanted = {Path(a).resolve().with_suffix(".py") for a in argv if a.endswith((".py", ".out"))}
    bad = 0
    for snippet in discover(REPO):
        if wanted and snippet.path not in wanted:
            continue
        if not snippet.out_path.exists():
            continue  # the test suite reports a missing recording
        if not (cache / f"{cache_key(snippet, 'cpu', recipe)}.json").exists():
            bad += 1
            print(
                f"{snippet.out_path.relative_to(REPO)}:1: not produced or verified by the harness for the "
                f"current snippet text: run `make update SNIPPET={snippet.display}` (or `make test`) and review the diff"
            )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
