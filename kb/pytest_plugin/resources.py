"""What a verification run shares across snippets, made on first use and closed at the end of the session: the
declared models built into their offline cache, and the verifier's settings with a warm parent over them (a
fully cached run never starts one). Two variants: "main" (the stand-ins the recordings are made with) and
"other" (a second set of weights: kb/models/build.py VARIANTS)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.models import declared_names, ensure_models, recipe_hash
from kb.paths import model_cache
from kb.pytest_plugin.state import state
from kb.run.process import warm_parent
from kb.run.verify import Settings


def models_home(config: pytest.Config, variant: str = "main") -> Path | None:
    """The offline model cache (HF_HOME) of a variant, built once per process; None with --real-models."""
    st = state(config)
    if st.options.real_models:
        return None
    key = f"models-{variant}"
    if key not in st.resources:
        cache = model_cache(variant, st.layout.root)
        ensure_models(cache, variant, st.layout.root)  # xdist workers: one builds, the others wait
        st.resources[key] = cache
    home: Path = st.resources[key]
    return home


def settings(config: pytest.Config, variant: str = "main") -> Settings:
    st = state(config)
    key = f"settings-{variant}"
    if key not in st.resources:
        home = models_home(config, variant)
        root = st.layout.root
        recipe = recipe_hash(variant, root) if home is not None else "real-models"
        cache = st.layout.build / "snippet-cache"
        cache.mkdir(parents=True, exist_ok=True)
        main = variant == "main"
        made = Settings(
            home,
            recipe,
            cache,
            reuse=not (st.options.no_cache or st.options.update),
            update=st.options.update and main,
            keep_figures=main,
            declared=declared_names(root) if home is not None else None,  # --real-models: the real hub
            weights_may_differ=not main,
        )
        made.warm = warm_parent(home)
        st.resources[key] = made
    found: Settings = st.resources[key]
    return found


def close(config: pytest.Config) -> None:
    for value in state(config).resources.values():
        if isinstance(value, Settings) and value.warm is not None:
            value.warm.close()
