"""Trailing whitespace and a missing final newline in the project's text files (the same check in
pre-commit and in the test suite). Recorded outputs are left alone: they are what the code printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
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


if __name__ == "__main__":
    found = problems([Path(p).resolve() for p in sys.argv[1:]] or tracked())
    print("\n".join(found))
    sys.exit(1 if found else 0)
