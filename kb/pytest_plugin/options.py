"""The plugin's command-line options (`pytest --help`, group "kb")."""

from __future__ import annotations

import os

import pytest


def _ci_runs_everything() -> bool:
    # CI=true runs everything, unless KB_SNIPPET_CACHE=1 (CI on pull requests: main's cache, restored)
    return os.environ.get("CI", "").lower() in ("1", "true") and os.environ.get("KB_SNIPPET_CACHE") != "1"


def add_options(parser: pytest.Parser) -> None:
    group = parser.getgroup("kb", "verified snippets (kb)")
    group.addoption(
        "--update", dest="kb_update", action="store_true", help="re-record <name>.out from real runs of the snippets"
    )
    group.addoption(
        "--real-models",
        dest="kb_real_models",
        action="store_true",
        default=os.environ.get("KB_REAL_MODELS") == "1",
        help="load models from the real Hugging Face hub/cache instead of the offline stand-ins (needs network)",
    )
    group.addoption(
        "--kb-root",
        dest="kb_root",
        default=None,
        help="the knowledge base to verify (default: pytest's rootdir; tests of the engine use temporary trees)",
    )
    group.addoption(
        "--no-cache",
        dest="kb_no_cache",
        action="store_true",
        default=_ci_runs_everything(),
        help="run every snippet even if an identical one passed before (on when CI=true, unless KB_SNIPPET_CACHE=1)",
    )
    group.addoption(
        "--models-only",
        dest="kb_models_only",
        action="store_true",
        help="verify only the snippets that load a model or tokenizer by name (the real-weights run)",
    )
    group.addoption(
        "--only",
        dest="kb_only",
        action="append",
        default=[],
        help="verify only these pages or snippets (docs/x/y.md, snippets/x/y/z.py, or a folder of either); repeatable",
    )
    group.addoption(
        "--shard-plan", dest="kb_shard_plan", help="a split run's plan (`python -m kb shard plan`): run --shard's cases"
    )
    group.addoption(
        "--shard", dest="kb_shard", type=int, default=0, help="which shard of --shard-plan this run is (0, 1, …)"
    )
