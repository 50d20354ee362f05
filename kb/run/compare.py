"""Compare a run's stdout with the recording: text exactly, numbers within `ulps` units of the last
printed digit (integers exactly). A mismatch names the first differing line and shows a diff."""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass

NUMBER = re.compile(r"(?<![\w.])[-+]?(?:\d+\.\d+|\.\d+|\d+)(?:[eE][-+]?\d+)?(?!\w|\.\d)")


def _split(line: str) -> tuple[list[str], list[str]]:
    """A line as its text pieces and its numbers: 'a 1.5 b' → (['a ', ' b'], ['1.5'])."""
    return NUMBER.split(line), NUMBER.findall(line)


def tolerance(printed: str, ulps: int) -> float:
    """Tied to the printed precision: `ulps` units of the last printed digit. Integers are exact."""
    mantissa, _, exponent = printed.lower().partition("e")
    if "." not in mantissa and not exponent:
        return 0.0
    decimals = len(mantissa.partition(".")[2])
    return ulps * 10.0 ** (int(exponent or 0) - decimals) * (1 + 1e-9)


@dataclass
class Mismatch:
    line: int  # 1-based line in the .out
    expected: str
    actual: str
    detail: str


def compare(expected: str, actual: str, ulps: int = 1) -> Mismatch | None:
    exp_lines, act_lines = expected.splitlines(), actual.splitlines()
    for i in range(max(len(exp_lines), len(act_lines))):
        e = exp_lines[i] if i < len(exp_lines) else None
        a = act_lines[i] if i < len(act_lines) else None
        if e is None or a is None:
            what = "output has an extra line" if e is None else "output ends early: a line is missing"
            return Mismatch(i + 1, e or "", a or "", what)
        if e == a:
            continue
        (e_text, e_nums), (a_text, a_nums) = _split(e), _split(a)
        if e_text != a_text or len(e_nums) != len(a_nums):
            return Mismatch(i + 1, e, a, "text differs")
        for en, an in zip(e_nums, a_nums, strict=True):
            tol = min(tolerance(en, ulps), tolerance(an, ulps)) if ulps else 0.0
            ev, av = float(en), float(an)
            if not (math.isclose(ev, av, rel_tol=0, abs_tol=tol) or (math.isnan(ev) and math.isnan(av))):
                return Mismatch(
                    i + 1, e, a, f"number {an} differs from recorded {en} by {abs(av - ev):.3g} (tolerance {tol:.3g})"
                )
    return None


def unified_diff(expected: str, actual: str, out_name: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(), actual.splitlines(), f"{out_name} (recorded)", f"{out_name} (this run)", lineterm=""
    )
    return "\n".join(lines)
