"""Content keys. `cache_key`: everything a result depends on here (a passing run with the same key need
not run again). `content_key`: what a run on another machine vouches for (the GPU attestations)."""

from __future__ import annotations

import functools
import hashlib
import platform
from pathlib import Path

from kb.models.build import BUILDER
from kb.models.declaration import DIRECTORY
from kb.paths import REPO, version
from kb.run.snippet import Snippet

ENGINE_RUN = Path(__file__).resolve().parent  # the code that runs and compares snippets


CACHE_DEPENDENCIES = ("torch", "transformers", "tokenizers", "huggingface-hub", "numpy", "matplotlib")


def runtime_versions() -> dict[str, str | None]:
    return {"python": platform.python_version(), "torch": version("torch"), "transformers": version("transformers")}


def digest(parts: list[bytes]) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little") + part)
    return h.hexdigest()


def _contents(snippet: Snippet, *more: Path) -> list[bytes]:
    """The snippet, its recorded output and its settings, then `more`, each as bytes."""
    paths = [snippet.path, snippet.out_path, snippet.path.parent / "snippets.toml", *more]
    return [path.read_bytes() if path.exists() else b"<missing>" for path in paths]


def _side_envs() -> list[Path]:
    return sorted((REPO / "envs").glob("*.txt"))


def cache_key(snippet: Snippet, device: str, models_recipe: str) -> str:
    """Everything a snippet's result depends on: where it is, its text, its recorded output, its settings, the
    model fixtures' recipe, the pinned dependencies and installed versions, and the code that runs it."""
    parts: list[bytes] = [device.encode(), models_recipe.encode(), platform.python_version().encode()]
    parts += [snippet.rel.encode(), *_contents(snippet), _engine_digest().encode()]
    parts += list(_dependency_versions())
    return digest(parts)


@functools.cache
def _engine_digest() -> str:
    """The code that runs snippets, pyproject.toml and the side environments' pins, read once per process (the
    engine does not change under a running process; it was read per snippet: thousands of reads in a large KB)."""
    paths = [REPO / "pyproject.toml", *sorted(ENGINE_RUN.rglob("*.py")), *_side_envs()]
    return digest([path.read_bytes() for path in paths])


@functools.cache
def _dependency_versions() -> tuple[bytes, ...]:  # read once per process: a lookup costs ~2 ms, times 150 snippets
    return tuple((version(dist) or "-").encode() for dist in CACHE_DEPENDENCIES)


def real_key(snippet: Snippet) -> str:
    """What a run against the real pretrained weights vouches for: the snippet, its recorded output, its settings."""
    return digest([b"real-weights", *_contents(snippet)])


def content_key(snippet: Snippet, device: str) -> str:
    """What a passing run on another machine vouches for: the snippet, its recorded output, its
    settings and the stand-in models' recipe (models/*.toml, kb/models/ and the side environments' pins), but
    not this machine's library versions (a GPU machine has its own; the record names them)."""
    declared = sorted((snippet.root / DIRECTORY).glob("*.toml"))
    return digest([device.encode(), *_contents(snippet, *declared, *BUILDER, *_side_envs())])
