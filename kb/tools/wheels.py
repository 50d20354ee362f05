"""Put the wheels that uv.lock takes from wheels/ (PyTorch's CPU build of torch) in place, checked by their
locked hashes, before `uv sync` runs; so it needs nothing but the standard library (`python3 kb/tools/wheels.py`).

A file comes from the first of: wheels/ itself; a local wheel folder that pip is configured with (`pip config
list`: find-links), linked; PyTorch's CPU index (KB_WHEEL_INDEX, default https://download.pytorch.org/whl/cpu),
downloaded. A file whose hash differs from the lock's is never used. On a platform the lock takes torch from
PyPI for (macOS), there is nothing to do.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shlex
import subprocess
import sys
import tomllib
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
INDEX = os.environ.get("KB_WHEEL_INDEX", "https://download.pytorch.org/whl/cpu")


def locked_files(lock: Path) -> list[tuple[str, str]]:
    """(path relative to the repository, sha256) of each wheel the lock takes from a path under wheels/."""
    files = []
    for package in tomllib.loads(lock.read_text(encoding="utf-8")).get("package", []):
        path = package.get("source", {}).get("path", "")
        if path.startswith("wheels/") and path.endswith(".whl"):
            (wheel,) = package["wheels"]
            files.append((path, wheel["hash"].removeprefix("sha256:")))
    return files


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def pip_wheel_folders() -> list[Path]:
    """The local folders pip is configured to find wheels in (pip config, PIP_FIND_LINKS)."""
    values = os.environ.get("PIP_FIND_LINKS", "").split()
    out = subprocess.run([sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True)
    for line in out.stdout.splitlines():
        key, _, value = line.partition("=")
        if key.endswith("find-links"):
            values += shlex.split(value.strip().strip("'\""))
    folders = [Path(urllib.parse.urlparse(v).path if v.startswith("file:") else v) for v in values]
    return [f for f in dict.fromkeys(folders) if f.is_dir()]


def place(rel: str, digest: str) -> str:
    """Make REPO/rel the file with this hash; say where it came from."""
    target = REPO / rel
    if target.exists() and sha256(target) == digest:
        return "already in place"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    for folder in pip_wheel_folders():
        candidate = folder / target.name
        if candidate.is_file() and sha256(candidate) == digest:
            target.symlink_to(candidate)
            return f"linked from {folder}"
    url = f"{INDEX.rstrip('/')}/{urllib.parse.quote(target.name)}"
    part = target.with_suffix(".part")
    with urllib.request.urlopen(url, timeout=120) as response, part.open("wb") as f:
        while block := response.read(1 << 20):
            f.write(block)
    if sha256(part) != digest:
        part.unlink()
        raise SystemExit(f"wheels: {url} does not have the hash uv.lock records ({digest}); nothing was installed")
    part.rename(target)
    return f"downloaded from {INDEX}"


def main() -> int:
    if (sys.platform, platform.machine()) != ("linux", "x86_64"):
        return 0  # the lock takes torch from PyPI here
    for rel, digest in locked_files(REPO / "uv.lock"):
        print(f"wheels: {rel}: {place(rel, digest)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
