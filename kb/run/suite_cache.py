"""A no-change rerun costs almost nothing: the checks other than the per-snippet runs (which have their own
content-keyed cache) are remembered per test module by a key over everything they read: every file of the
checkout that git tracks or would track, the stable part of the verification report (which snippet passed on
which device with which content key, not when), and the installed packages. A module whose every test passed
under the same key is skipped with one line saying so; CI (CI=true) and --no-cache always run everything.

A module with a skipped test is never remembered: a skip (no Chromium, no user namespaces, no warm parent) says
a check did not run, not that it passed. The key also holds what decides those skips (the environment
variables below, whether a browser is installed), so a machine that gains Chromium runs the browser checks.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sysconfig
from pathlib import Path

from kb.run.cache import digest
from kb.run.record import stable_part
from kb.run.report import read_report


def _files(root: Path) -> list[Path]:
    out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=root, capture_output=True)
    if out.returncode != 0:  # not a git checkout: every file outside the usual build and environment folders
        skip = {".git", ".venv", ".venvs", "node_modules", "build", "site", ".cache", "__pycache__", ".pytest_cache"}
        return sorted(p for p in root.rglob("*") if p.is_file() and not skip & set(p.relative_to(root).parts))
    return sorted(root / name for name in out.stdout.decode().split("\0") if name)


# what decides whether a check runs or is skipped (besides the files): the key holds them
SKIP_DECIDERS = ("CI", "KB_WARM_PARENT", "KB_CHROMIUM", "KB_DEVICES", "KB_REAL_MODELS", "KB_SNIPPET_CACHE")


def skip_deciders() -> str:
    found = {name: os.environ.get(name, "") for name in SKIP_DECIDERS}
    found["chromium"] = shutil.which(os.environ.get("KB_CHROMIUM") or "chromium") or ""
    return json.dumps(found, sort_keys=True)


def remembered(outcomes: dict[str, list[str]], modules: set[str]) -> tuple[list[str], dict[str, int]]:
    """(the modules to remember: every test ran and passed, {module: skipped tests} for those left out)."""
    keep = sorted(m for m, found in outcomes.items() if m in modules and found and set(found) == {"passed"})
    skipped = {m: found.count("skipped") for m, found in outcomes.items() if m in modules and "skipped" in found}
    return keep, skipped


def tree_key(root: Path) -> str:
    """Everything the suite's checks read, as one key."""
    parts: list[bytes] = [platform.python_version().encode(), skip_deciders().encode()]
    for path in _files(root):
        if path.is_file():
            parts += [path.relative_to(root).as_posix().encode(), path.read_bytes()]
    parts.append(json.dumps(stable_part(read_report(root).get("snippets", []))).encode())
    # the environment's installed packages (not whatever else a test runner puts on sys.path)
    site = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    dists = sorted({f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions(path=site)})
    parts.append("\n".join(dists).encode())
    return digest(parts)


def marker(build: Path, module: str, key: str) -> Path:
    """The file that remembers that every test of `module` passed under `key` (in the tree's build folder)."""
    return build / "suite-cache" / f"{module}-{key[:32]}"


def remembered_modules(build: Path, key: str) -> set[str]:
    """The test modules remembered under `key`."""
    suffix = f"-{key[:32]}"
    return {p.name[: -len(suffix)] for p in (build / "suite-cache").glob(f"*{suffix}")}
