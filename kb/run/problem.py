"""A check that failed, as an exception that carries where: the file (as the reports name it, relative to the
knowledge base's root), the line when one is known, what is wrong in one line, and the detail (the diff, the
stderr, how to fix it). The pytest plugin raises it and renders it (kb/pytest_plugin/items.py `repr_failure`);
the reports keep its first line."""

from __future__ import annotations

import re

LOCATED = re.compile(r"^(?P<path>[^\s:]+?)(?::(?P<line>\d+))?: (?P<what>.*)$")


class Problem(Exception):
    def __init__(self, path: str, line: int | None, what: str, detail: str = "") -> None:
        super().__init__(path, line, what, detail)
        self.path, self.line, self.what, self.detail = path, line, what, detail

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    @property
    def headline(self) -> str:
        return f"{self.where}: {self.what}"

    def __str__(self) -> str:
        return f"{self.headline}\n{self.detail}" if self.detail else self.headline

    @classmethod
    def from_message(cls, message: str, path: str) -> Problem:
        """A message another part wrote as `file[:line]: what` (the encoding and model checks, which the page checks
        share), read back into its parts; one that names no file is about `path`."""
        first, _, rest = message.partition("\n")
        m = LOCATED.match(first)
        if m and "/" in m.group("path"):
            line = int(m.group("line")) if m.group("line") else None
            return cls(m.group("path"), line, m.group("what"), rest)
        return cls(path, None, first, rest)
