"""The two facts every part needs: where the repository is, and which version of a package is installed."""

from __future__ import annotations

import importlib.metadata
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]  # the checkout holding kb/, docs/, snippets/ (an editable install)


def model_cache(variant: str = "main", root: Path = REPO) -> Path:
    """Where the offline stand-ins of the knowledge base at root live (a Hugging Face cache, HF_HOME):
    KB_MODEL_CACHE, or <root>/.cache/hf; the second set of weights (kb/models/build.py VARIANTS) in
    KB_MODEL_CACHE_OTHER, or <root>/.cache/hf-other."""
    if variant == "main":
        return Path(os.environ.get("KB_MODEL_CACHE", root / ".cache" / "hf"))
    return Path(os.environ.get(f"KB_MODEL_CACHE_{variant.upper()}", root / ".cache" / f"hf-{variant}"))


def version(dist: str) -> str | None:
    """The installed version of a distribution, or None when it is not installed."""
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None
