"""Content keys. `cache_key`: everything a result depends on here (a passing run with the same key need
not run again; it holds the engine's own source). `content_key`: what a passing run vouches for, here or on
another machine (the badges, the GPU attestations): only what decides the output, so an engine refactor keeps it."""

from __future__ import annotations

import functools
import hashlib
import platform
from pathlib import Path

from kb.models.declaration import DeclarationError, declarations
from kb.models.names import loaded_names
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


def output_parts(snippet: Snippet, device: str, versions: dict[str, str | None]) -> dict[str, str]:
    """What decides a snippet's output, part by part (so a lapsed record can say which part changed): the
    snippet, its recorded output, its settings, the declarations of the models it loads, the torch and
    transformers versions it ran with (without a build's local tag: 2.13.0+cu130 is 2.13.0), the device.
    Not the engine that runs it: refactoring the engine leaves what a GPU run vouched for standing."""
    snippet_bytes, out, settings = _contents(snippet)
    try:
        declared = {n: d for d in declarations(snippet.root).values() for n in d.names}
    except DeclarationError:
        declared = {}
    loads = sorted({name for _, name in loaded_names(snippet.source)})
    models = [declared[n].path.read_bytes() if n in declared else f"<undeclared {n}>".encode() for n in loads]
    libraries = [str(versions.get(lib) or "-").split("+")[0] for lib in ("torch", "transformers")]
    parts = {
        "snippet": [snippet_bytes],
        "output": [out],
        "settings": [settings],
        "models": [b"\0".join(n.encode() for n in loads), *models],
        "versions": [" ".join(libraries).encode()],
        "device": [device.encode()],
    }
    return {name: digest(values)[:16] for name, values in parts.items()}


def content_key(snippet: Snippet, device: str, versions: dict[str, str | None] | None = None) -> str:
    """What a passing run vouches for, on this machine or another (a GPU machine's records): output_parts as one
    key. `versions`: the run's (as its record names them); by default the versions installed here."""
    parts = output_parts(snippet, device, versions or runtime_versions())
    return digest([f"{k}={v}".encode() for k, v in parts.items()])
