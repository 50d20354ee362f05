"""A snippet: one `snippets/<section>/<topic>/<name>.py`, found from the file tree.

Every `snippets/<section>/<topic>/<name>.py` is a snippet; `<name>.out` beside it is its
recorded stdout. A topic folder may hold `snippets.toml` with per-snippet settings:

    [long_text_copy]        # the snippet's file name without .py
    timeout = 300           # seconds (default 120)
    ulps = 2                # allowed difference in units of the last printed digit (default 1; 0 = exact)
    cpu_only = true         # never run a second time on CUDA (say why in a comment)
    env = "ltp"             # run in the pinned side environment .venvs/ltp instead of the main one
    plain = true            # run as a fresh interpreter, not forked from the warm parent (kb/run/zygote.py)
    weights = "…"           # the output depends on the pretrained weights: why (checked against other stand-ins)
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kb import settings as kb_settings
from kb.paths import REPO

DEFAULT_TIMEOUT = 120.0
CONFIG_KEYS: dict[str, type | tuple[type, ...]] = {
    "timeout": (int, float),
    "ulps": int,
    "cpu_only": bool,
    "env": str,
    "plain": bool,  # run as a fresh interpreter, not forked from the warm parent (say why in a comment)
    "weights": str,  # why the printed output depends on the pretrained weights (the page must say so too)
}
# a model (not a tokenizer or a config) loaded by name: its weights are the stand-ins' in the tests
LOADS_MODEL = re.compile(r"^(?!.*(?:Tokenizer\w*|Config)\.from_pretrained).*(?:\.from_pretrained\(|\bLTP\()", re.M)
UPDATE_HINT = "make update SNIPPET={path}"


class SnippetConfigError(Exception):
    pass


@dataclass
class Snippet:
    root: Path  # the tree holding snippets/ and docs/
    path: Path  # absolute path of the .py

    @property
    def rel(self) -> str:  # "pytorch/dropout/train_vs_eval.py", as pages include it
        return self.path.relative_to(kb_settings.load(self.root).snippets).as_posix()

    @property
    def display(self) -> str:  # "snippets/pytorch/dropout/train_vs_eval.py"
        return self.path.relative_to(self.root).as_posix()

    @property
    def out_path(self) -> Path:
        return self.path.with_suffix(".out")

    @property
    def source(self) -> str:  # encoding problems are reported by the test, not at collection
        return self.path.read_bytes().decode("utf-8", "replace")

    @property
    def loads_model(self) -> bool:
        return bool(LOADS_MODEL.search(self.source))

    @property
    def uses_torch(self) -> bool:
        return imports_any(self.source, ("torch", "transformers"))

    @property
    def config(self) -> dict[str, Any]:
        return load_config(self.path.parent).get(self.path.stem, {})

    @property
    def timeout(self) -> float:
        return float(self.config.get("timeout", DEFAULT_TIMEOUT))

    @property
    def ulps(self) -> int:
        return int(self.config.get("ulps", 1))

    def devices(self, cuda_available: bool) -> list[str]:
        if cuda_available and self.uses_torch and not self.config.get("cpu_only", False):
            return ["cpu", "cuda"]
        return ["cpu"]

    def python(self) -> str:
        env = self.config.get("env")
        if not env:
            return sys.executable
        exe = self.root / ".venvs" / env / "bin" / "python"
        if not exe.exists():
            exe = REPO / ".venvs" / env / "bin" / "python"
        if not exe.exists():
            raise SnippetConfigError(
                f"{self.display}: side environment '{env}' is missing: run `make setup` (it creates .venvs/<name> from envs/<name>.txt)"
            )
        return str(exe)


def imports_any(source: str, packages: Iterable[str]) -> bool:
    """Whether the source imports one of these top-level packages (`import x`, `import x.y`, `from x import …`)."""
    names = "|".join(re.escape(p) for p in packages)
    return re.search(rf"^\s*(?:import|from)\s+(?:{names})\b", source, re.M) is not None


def load_config(topic_dir: Path) -> dict[str, dict[str, Any]]:
    path = topic_dir / "snippets.toml"
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise SnippetConfigError(f"{path}: {e}") from None
    for name, settings in data.items():
        if not (topic_dir / f"{name}.py").exists():
            raise SnippetConfigError(f"{path}: [{name}] names no snippet: there is no {name}.py beside it")
        for key, value in settings.items():
            if key not in CONFIG_KEYS:
                raise SnippetConfigError(f"{path}: [{name}] unknown key '{key}' (known: {', '.join(CONFIG_KEYS)})")
            if not isinstance(value, CONFIG_KEYS[key]):
                raise SnippetConfigError(f"{path}: [{name}] {key} = {value!r} has the wrong type")
    return data


def encoding_problem(path: Path, display: str) -> str | None:
    """A BOM or invalid UTF-8, as `file:line: what, fix`; None when the file is clean UTF-8."""
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        return f"{display}:1: file starts with a UTF-8 BOM: save it as UTF-8 without BOM"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        return f"{display}:{line}: not valid UTF-8 ({e.reason}): save the file as UTF-8"
    return None


def discover(root: Path) -> list[Snippet]:
    base = kb_settings.load(root).snippets
    return [Snippet(root, p) for p in sorted(base.rglob("*.py")) if "__pycache__" not in p.parts]
