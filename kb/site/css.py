"""mkdocs-jupyter inlines 0.6 MB of JupyterLab CSS into every notebook page: keep one shared file with
only the rules whose classes those pages use."""

from __future__ import annotations

import re
from collections.abc import Iterator


def _css_blocks(css: str) -> Iterator[tuple[str, str | None]]:
    """Top-level (prelude, body) pairs of a stylesheet; body None for statements such as @charset."""
    i, n = 0, len(css)
    while i < n:
        j = i
        while j < n and css[j] not in "{;":
            j = css.index("*/", j) + 2 if css.startswith("/*", j) else j + 1
        if j >= n:
            return
        if css[j] == ";":
            yield css[i:j].strip(), None
            i = j + 1
            continue
        depth, k = 1, j + 1
        while depth:
            if css[k] in "\"'":
                k = css.index(css[k], k + 1)
            depth += {"{": 1, "}": -1}.get(css[k], 0)
            k += 1
        yield css[i:j].strip(), css[j + 1 : k - 1]
        i = k


def prune_css(css: str, used: set[str]) -> str:
    """Keep the rules whose selectors can match: every class they require is in `used`."""
    out = []
    for prelude, body in _css_blocks(css):
        if body is None:
            out.append(prelude + ";")
        elif prelude.startswith(("@media", "@supports")):
            inner = prune_css(body, used)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@"):
            out.append(f"{prelude}{{{body}}}")
        else:
            kept = [
                sel
                for sel in _split_selectors(prelude)
                if set(re.findall(r"\.(-?[_a-zA-Z][\w-]*)", re.sub(r":not\([^)]*\)", "", sel))) <= used
            ]
            if kept:
                out.append(f"{','.join(kept)}{{{body}}}")
    return "".join(out)


def _split_selectors(prelude: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(prelude):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append(prelude[start:i].strip())
            start = i + 1
    return [*parts, prelude[start:].strip()]
