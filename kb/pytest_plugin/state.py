"""The plugin's state for one pytest process, kept in `config.stash` (not in module globals or private attributes
on the config): the options as read once, the knowledge base's layout, and what this run has seen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kb import settings
from kb.pages import checks
from kb.run import shards
from kb.run.record import RunRecord
from kb.run.snippet import Snippet, discover


@dataclass(frozen=True)
class Options:
    """The plugin's command-line options (kb/pytest_plugin/options.py), read once."""

    root: Path
    update: bool
    real_models: bool
    no_cache: bool
    models_only: bool
    only: tuple[str, ...]
    shard_plan: str | None
    shard: int

    @classmethod
    def read(cls, config: pytest.Config) -> Options:
        root = config.getoption("kb_root") or config.rootpath
        return cls(
            Path(root).resolve(),
            bool(config.getoption("kb_update")),
            bool(config.getoption("kb_real_models")),
            bool(config.getoption("kb_no_cache")),
            bool(config.getoption("kb_models_only")),
            tuple(config.getoption("kb_only") or ()),
            config.getoption("kb_shard_plan"),
            int(config.getoption("kb_shard")),
        )

    @property
    def suite_cache_on(self) -> bool:
        """A no-change rerun may skip remembered modules (not when asked to run all, or only a part)."""
        return not (self.no_cache or self.update or self.only or self.shard_plan)


@dataclass
class ModuleRun:
    """What one test module's tests did in this run."""

    outcomes: list[str] = field(default_factory=list)
    seconds: float = 0.0  # setup, call and teardown, summed over workers
    own_cache: bool = False  # its tests verify snippets, which have a cache of their own (never suite-cached)
    python: bool = True  # a test module (.py); not e.g. README.md's fences under pytest-markdown-docs


@dataclass
class KbState:
    options: Options
    layout: settings.Layout
    owner: dict[shards.Case, int] | None = None  # --shard-plan: which shard runs each case
    unchanged_key: str = ""
    unchanged: set[str] = field(default_factory=set)  # modules the suite cache skips in this run
    results: list[RunRecord] = field(default_factory=list)
    modules: dict[str, ModuleRun] = field(default_factory=dict)
    resources: dict[str, Any] = field(default_factory=dict)  # settings with their warm parents, by variant
    _cuda: bool | None = None
    _selected: list[Snippet] | None = None
    _selected_paths: frozenset[Path] | None = None
    _pages: list[Path] | None = None

    @property
    def cuda(self) -> bool:
        if self._cuda is None:
            self._cuda = cuda_available()
        return self._cuda

    def selected(self) -> list[Snippet]:
        """The snippets this run verifies (--models-only, --only), in the tree's order."""
        if self._selected is None:
            self._selected = select(self.layout, self.options)
        return self._selected

    def pages(self) -> list[Path]:
        """The pages this run checks (selected_pages, computed once)."""
        if self._pages is None:
            self._pages = selected_pages(self)
        return self._pages

    def is_selected(self, path: Path) -> bool:
        if self._selected_paths is None:
            self._selected_paths = frozenset(s.path for s in self.selected())
        return path in self._selected_paths

    def in_shard(self, snippet: Snippet, device: str) -> bool:
        return self.owner is None or self.owner.get((snippet.display, device)) == self.options.shard


STATE = pytest.StashKey[KbState]()


def state(config: pytest.Config) -> KbState:
    return config.stash[STATE]


def cuda_available() -> bool:
    if os.environ.get("KB_DEVICES") == "cpu" or not shutil.which("nvidia-smi"):
        return False
    code = "import torch; print(torch.cuda.is_available())"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "True"


def select(layout: settings.Layout, options: Options) -> list[Snippet]:
    found = discover(layout.root)
    if options.models_only:
        found = [s for s in found if "from_pretrained(" in s.source or "LTP(" in s.source]
    if not options.only:
        return found
    wanted: set[str] = set()
    for item in options.only:
        path = (Path.cwd() / item).resolve()
        if path.suffix == ".md" or (path.is_dir() and layout.docs in [path, *path.parents]):
            for page in [path] if path.suffix == ".md" else sorted(path.rglob("*.md")):
                wanted |= {inc.target for inc in checks.parse_page(layout.root, page).includes}
        else:
            wanted |= {s.rel for s in found if path in [s.path, *s.path.parents]}
    return [s for s in found if s.rel in wanted]


def selected_pages(st: KbState) -> list[Path]:
    """The pages this run checks: all, or with --only the pages given and those that include the snippets given."""
    found = sorted(st.layout.docs.rglob("*.md"))
    if not st.options.only:
        return found
    chosen = {s.rel for s in st.selected()}
    wanted = {(Path.cwd() / item).resolve() for item in st.options.only}
    root = st.layout.root
    return [
        p for p in found if wanted & {p, *p.parents} or chosen & {i.target for i in checks.parse_page(root, p).includes}
    ]
