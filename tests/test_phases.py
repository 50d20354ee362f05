"""Where a snippet run's time went (kb/run/process.py RunResult.phases): start-up, the snippet's own code and the
exit, each from its own timestamps, so that their sum can disagree with the run's wall-clock duration; and
kb/run/report.py phase_problems, which says when it does. (The exit used to be the remainder of the duration, so
the sum matched by construction.) Replaces tests/test_engine.py::test_a_run_says_where_its_time_went."""

from __future__ import annotations

import time

from kb.run import process
from kb.run.process import RunResult
from kb.run.report import PHASE_TOLERANCE_S, phase_problems
from kb.run.snippet import Snippet

# sleeps 0.3 s in its own code and 0.4 s in the interpreter's teardown (a module global's finaliser)
SLOW_EXIT = """import time


class SlowToFinalise:
    def __del__(self, sleep=time.sleep):
        sleep(0.4)


keep = SlowToFinalise()
time.sleep(0.3)
print("done")
"""


def _record(result: RunResult) -> dict[str, float]:
    """The run as build/report.json holds it (kb/run/verify.py), rounded as there."""
    return {"duration_s": round(result.duration, 2), **{k: round(v, 3) for k, v in result.phases().items()}}


def _snippet(tmp_path, source: str) -> Snippet:
    path = tmp_path / "snippets" / "t" / "p" / "timed.py"
    path.parent.mkdir(parents=True)
    path.write_text(source, encoding="utf-8")
    return Snippet(tmp_path, path)


def test_a_run_says_where_its_time_went(tmp_path):
    """The teardown's 0.4 s is the exit, measured up to the reaping; the phases add up to the duration."""
    result = process.run_snippet(_snippet(tmp_path, SLOW_EXIT), "cpu", None)
    phases = result.phases()
    assert result.returncode == 0 and result.stdout == "done\n", result.stderr
    assert set(phases) == {"startup_s", "snippet_s", "exit_s"}
    assert 0.3 <= phases["snippet_s"] < 0.3 + 0.4 and phases["exit_s"] >= 0.4 and phases["startup_s"] > 0
    assert phase_problems(_record(result)) == []


def test_setting_up_the_command_is_not_part_of_the_run(tmp_path, monkeypatch):
    """What the runner does before the launch (the first isolated run probes for a network namespace: an unshare
    and an interpreter) is in no phase, so it must not be in the duration either."""

    def slow_prefix(models_home):
        time.sleep(PHASE_TOLERANCE_S + 0.3)
        return []

    monkeypatch.setattr(process, "_isolated", slow_prefix)
    result = process.run_snippet(_snippet(tmp_path, "print('hi')\n"), "cpu", None)
    assert result.stdout == "hi\n", result.stderr
    assert phase_problems(_record(result)) == []


def test_phases_that_miss_part_of_the_run_are_reported():
    """Timestamps that leave 0.4 s of the duration in no phase: the old exit (the remainder) would have absorbed
    it and matched; measured, the exit does not, and the check says so."""
    stamps = {"launched": 100.0, "started": 100.1, "ended": 100.6, "reaped": 100.7}
    result = RunResult("", "", 0, 1.1, False, stamps)
    phases = result.phases()
    assert round(phases["exit_s"], 6) == 0.1 and round(sum(phases.values()), 6) == 0.7
    assert [p for p in phase_problems(_record(result)) if "add up to 0.700 s, the run took 1.100 s" in p]
    consistent = RunResult("", "", 0, 0.72, False, stamps)  # the runner's reading of the result: 0.02 s
    assert phase_problems(_record(consistent)) == []


def test_a_phase_below_zero_or_a_sum_off_the_duration_fails_the_check():
    good = {"duration_s": 1.0, "startup_s": 0.1, "snippet_s": 0.8, "exit_s": 0.09}
    assert phase_problems(good) == []
    assert phase_problems({**good, "cached": True, "exit_s": -5}) == []  # a cached pass was not timed
    assert phase_problems({"duration_s": 1.0}) == []  # nor a run that never reached its end
    short = phase_problems({**good, "snippet_s": 0.5})
    assert len(short) == 1 and "add up to 0.690 s" in short[0]
    long = phase_problems({**good, "exit_s": 0.09 + PHASE_TOLERANCE_S + 0.05})
    assert len(long) == 1 and "the run took 1.000 s" in long[0]
    # a timestamp from another clock: start-up below zero, the exit too long by as much (the sum still matches)
    skewed = phase_problems({**good, "startup_s": -2.0, "exit_s": 2.19})
    assert skewed == ["startup_s is -2.000 s, below zero"]
