"""A no-change rerun costs almost nothing: the checks other than the per-snippet runs (which have their own
content-keyed cache) are remembered per test module by a key over everything they read: every file of the
checkout that git tracks or would track, the stable part of the verification report (which snippet passed on
which device with which content key, not when), and the installed packages. A module whose every test passed
under the same key is skipped with one line saying so; CI (CI=true) and --no-cache always run everything.
"""

from __future__ import annotations

import importlib.metadata
import json
import platform
import subprocess
import sysconfig
from pathlib import Path

from kb.run.cache import digest
from kb.run.report import read_report


def _files(root: Path) -> list[Path]:
    out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=root, capture_output=True)
    if out.returncode != 0:  # not a git checkout: every file outside the usual build and environment folders
        skip = {".git", ".venv", ".venvs", "node_modules", "build", "site", ".cache", "__pycache__"}
        return sorted(p for p in root.rglob("*") if p.is_file() and not skip & set(p.relative_to(root).parts))
    return sorted(root / name for name in out.stdout.decode().split("\0") if name)


def tree_key(root: Path) -> str:
    """Everything the suite's checks read, as one key."""
    parts: list[bytes] = [platform.python_version().encode()]
    for path in _files(root):
        if path.is_file():
            parts += [path.relative_to(root).as_posix().encode(), path.read_bytes()]
    stable = sorted(
        (r["snippet"], r["device"], r.get("result"), r.get("key") or r.get("content"))
        for r in read_report(root).get("snippets", [])
    )
    parts.append(json.dumps(stable).encode())
    # the environment's installed packages (not whatever else a test runner puts on sys.path)
    site = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    dists = sorted({f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions(path=site)})
    parts.append("\n".join(dists).encode())
    return digest(parts)


def marker(root: Path, module: str, key: str) -> Path:
    return root / "build" / "suite-cache" / f"{module}-{key[:32]}"
