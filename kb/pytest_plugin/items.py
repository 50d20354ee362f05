"""What the plugin collects from a knowledge base: each snippet file, with one test per device it runs on
(`snippets/x/y/z.py::cpu`), and each page, with its page checks (`docs/x/y.md::page`). A failure is a
`kb.run.problem.Problem` raised by the test and rendered here, where it happened: file, line, what, how to fix."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kb.pages import checks
from kb.pytest_plugin import resources
from kb.pytest_plugin.state import state
from kb.run.problem import Problem
from kb.run.snippet import Snippet
from kb.run.verify import verify


class SnippetFile(pytest.File):
    """One snippet, `<snippets>/<section>/<topic>/<name>.py`: never imported, only run by the verifier."""

    def collect(self) -> Iterator[SnippetItem]:
        st = state(self.config)
        snippet = Snippet(st.layout.root, self.path)
        for device in snippet.devices(st.cuda):
            if st.in_shard(snippet, device):
                yield SnippetItem.from_parent(self, name=device, snippet=snippet, device=device)


class KbItem(pytest.Item):
    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, Problem):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))


class SnippetItem(KbItem):
    """Run the snippet on one device and compare its output with its recording (kb/run/verify.py)."""

    def __init__(self, *, snippet: Snippet, device: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.snippet, self.device = snippet, device

    def runtest(self) -> None:
        outcome = verify(self.snippet, self.device, resources.settings(self.config, "main"))
        # the report (build/report.json) and the site's badges read this; a case that failed before it ran is
        # reported too (a split run's merge checks that every case has a result)
        record = outcome.record or {"snippet": self.snippet.display, "device": self.device}
        problem = {"problem": outcome.problem.headline} if outcome.problem else {}
        self.user_properties.append(("kb_result", {**record, **problem}))
        if outcome.problem:
            raise outcome.problem

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, 0, f"{self.snippet.display} [{self.device}]"


class PageFile(pytest.File):
    """One page of the site: its includes resolve, it holds no unchecked code, a topic page has the lesson's shape."""

    def collect(self) -> Iterator[PageItem]:
        yield PageItem.from_parent(self, name="page")


class PageItem(KbItem):
    def runtest(self) -> None:
        root = state(self.config).layout.root
        page = checks.parse_page(root, self.path)
        if page.errors:  # each error is `file:line: what`; the first one locates the failure
            raise Problem.from_message("\n".join(page.errors), page.display)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, 0, self.path.relative_to(state(self.config).layout.root).as_posix()
