"""Trailing whitespace and a missing final newline in the project's text files (the same check in
pre-commit and in the test suite). Recorded outputs are left alone: they are what the code printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kb.paths import REPO

TEXT = {".py", ".md", ".yml", ".yaml", ".toml", ".txt", ".json", ".js", ".mjs", ".css", ".cfg", ""}


def problems(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        if path.suffix not in TEXT or not path.is_file() or path.name == "package-lock.json":
            continue
        data = path.read_bytes()
        if not data or b"\0" in data:
            continue
        rel = path.relative_to(REPO) if path.is_relative_to(REPO) else path
        for number, line in enumerate(data.split(b"\n"), 1):
            if line.rstrip(b"\r") != line.rstrip():
                found.append(f"{rel}:{number}: trailing whitespace")
        if not data.endswith(b"\n"):
            found.append(f"{rel}: no newline at the end of the file")
    return found


def tracked() -> list[Path]:
    out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, capture_output=True, text=True)
    return [REPO / line for line in out.stdout.splitlines()]


def main(argv: list[str]) -> int:
    found = problems([Path(p).resolve() for p in argv] or tracked())
    print("\n".join(found))
    return 1 if found else 0


if __name__ == "__main__":  # pre-commit runs it this way
    sys.exit(main(sys.argv[1:]))
