"""Where a knowledge base keeps its parts: the one place the engine reads them.

A knowledge base is a folder with `mkdocs.yml` (the site) and, optionally, `[tool.kb]` in its `pyproject.toml`:

    [tool.kb]
    docs = "docs"            # the pages (MkDocs' docs_dir)
    snippets = "snippets"    # <section>/<topic>/<name>.py + <name>.out
    build = "build"          # reports, caches, figures: never committed
    models = "models"        # one <id>.toml per model the snippets may load (kb/models/)

Every key is optional (the defaults above); an unknown key or a value that is not a relative path is an error
that names the file. The pytest plugin, the MkDocs plugin and the tools all take their paths from `load(root)`.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

DEFAULTS = {"docs": "docs", "snippets": "snippets", "build": "build", "models": "models"}
SCHEMA_HELP = ", ".join(f'{k} = "{v}"' for k, v in DEFAULTS.items())


class SettingsError(ValueError):
    """[tool.kb] is not what the schema allows; the message names the file and the key."""


@dataclass(frozen=True)
class Layout:
    """The resolved paths of one knowledge base."""

    root: Path
    docs: Path
    snippets: Path
    build: Path
    models: Path

    def rel(self, path: Path) -> str:
        """A path as the reports and messages name it: relative to the root, with forward slashes."""
        return path.relative_to(self.root).as_posix()


def load(root: Path) -> Layout:
    """The layout of the knowledge base at root (read once per root and process)."""
    return _load(Path(root).resolve())


@functools.cache
def _load(root: Path) -> Layout:
    values = dict(DEFAULTS)
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        with pyproject.open("rb") as f:
            table = tomllib.load(f).get("tool", {}).get("kb", {})
        for key, value in table.items():
            if key not in DEFAULTS:
                raise SettingsError(f"{pyproject}: [tool.kb] has no setting {key!r} (the settings: {SCHEMA_HELP})")
            if not isinstance(value, str) or not value or PurePosixPath(value).is_absolute() or ".." in value:
                raise SettingsError(f"{pyproject}: [tool.kb] {key} = {value!r}: a folder relative to {root}")
            values[key] = value
    return Layout(root, *(root / values[k] for k in ("docs", "snippets", "build", "models")))
