"""Fixtures for a knowledge base's own tests (a plugin's fixtures are visible to every test of the run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.pytest_plugin import resources
from kb.pytest_plugin.state import state
from kb.run.verify import Settings
from kb.settings import Layout


@pytest.fixture(scope="session")
def kb_layout(pytestconfig: pytest.Config) -> Layout:
    """Where the knowledge base under test keeps its pages, snippets, build and models (kb/settings.py)."""
    return state(pytestconfig).layout


@pytest.fixture(scope="session")
def kb_root(kb_layout: Layout) -> Path:
    return kb_layout.root


@pytest.fixture(scope="session")
def models_home(pytestconfig: pytest.Config) -> Path | None:
    """The offline model cache (HF_HOME), built once per session; None in --real-models mode."""
    return resources.models_home(pytestconfig, "main")


@pytest.fixture(scope="session")
def verify_settings(pytestconfig: pytest.Config) -> Settings:
    """How snippets are verified in this run: which models, the content-keyed cache, update mode."""
    return resources.settings(pytestconfig, "main")


@pytest.fixture(scope="session")
def other_weights_settings(pytestconfig: pytest.Config) -> Settings:
    """The second set of stand-ins (another seed, a ten times larger initialisation scale; kb/models/build.py) in a
    cache of its own: every snippet that loads a model must print its recording with these weights too."""
    if state(pytestconfig).options.real_models:
        pytest.skip("--real-models: the real weights are checked instead")
    return resources.settings(pytestconfig, "other")
