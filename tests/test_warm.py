"""The warm parent (kb/run/zygote.py) changes how fast a snippet starts, not what it prints: for a representative
set, a run forked from the warm parent and a plain `python snippet.py` give the same stdout and exit status.
The set covers torch's default generator (seeded.py below), a BERT forward pass, a figure, DataLoader workers (fork), spawn and
forkserver, a loopback server, an exception and sys.exit. Both ways, a run's phases account for its duration."""

import subprocess

import pytest

from kb.paths import REPO
from kb.run.process import RunResult, run_snippet, warm_parent
from kb.run.report import phase_problems
from kb.run.snippet import Snippet

REPRESENTATIVE = [
    "bert/attention-mask/padding_invariance.py",
    "math/gaussian/bell_curves.py",
    "pytorch/dataloader-workers/timeline.py",
    "pytorch/dataloader-workers/ex_lambda_collate.py",
    "python/producer-consumer/shared_queue_manager.py",
    "python/unicode-nfkc/what_nfkc_changes.py",
]
SYNTHETIC = {
    "seeded.py": "import torch\n\ntorch.manual_seed(0)\nprint(torch.initial_seed(), torch.rand(3))\n",
    "raises.py": 'import sys\n\nprint("before", flush=True)\nprint(sys.argv[0].endswith("raises.py"), __name__)\nraise ValueError("on purpose")\n',
    "exits.py": 'import atexit\n\natexit.register(print, "atexit ran")\nprint("exiting")\nraise SystemExit(3)\n',
}


@pytest.fixture(scope="module")
def warm(models_home):
    parent = warm_parent(models_home)
    if parent is None:
        pytest.skip("the warm parent is switched off (KB_WARM_PARENT=0) or --real-models")
    yield parent
    parent.close()


def _both(snippet, models_home, warm):
    plain = run_snippet(snippet, "cpu", models_home)
    forked = run_snippet(snippet, "cpu", models_home, warm=warm)
    assert forked.record.get("warm") and not plain.record.get("warm")
    for run in (plain, forked):  # each reaches its end (an exception and sys.exit too): its record is written
        assert set(run.phases()) >= {"startup_s", "snippet_s", "exit_s"} and _phase_problems(run) == [], run.record
    return plain, forked


def _phase_problems(run: RunResult) -> list[str]:
    """kb/run/report.py phase_problems on the run as the report records it (tests/test_phases.py shows it fail)."""
    return phase_problems({"duration_s": round(run.duration, 2), **{k: round(v, 3) for k, v in run.phases().items()}})


@pytest.mark.parametrize("rel", REPRESENTATIVE)
def test_same_output_warm_and_plain(rel, models_home, warm):
    plain, forked = _both(Snippet(REPO, REPO / "snippets" / rel), models_home, warm)
    assert plain.returncode == forked.returncode == 0, forked.stderr[-2000:]
    assert forked.stdout == plain.stdout  # (whether that is the recording is test_snippet's check, reported once)


@pytest.mark.parametrize("name", SYNTHETIC)
def test_same_behaviour_warm_and_plain(name, tmp_path, models_home, warm):
    path = tmp_path / "snippets" / "t" / "w" / name
    path.parent.mkdir(parents=True)
    path.write_text(SYNTHETIC[name], encoding="utf-8")
    plain, forked = _both(Snippet(tmp_path, path), models_home, warm)
    assert (forked.returncode, forked.stdout) == (plain.returncode, plain.stdout), forked.stderr
    if name == "raises.py":  # the traceback starts at the snippet, as in a plain run
        assert forked.returncode == 1 and forked.stderr.splitlines()[1] == plain.stderr.splitlines()[1]
        assert forked.stderr.splitlines()[-1] == "ValueError: on purpose"
    if name == "exits.py":
        assert forked.returncode == 3 and forked.stdout == "exiting\natexit ran\n"


def test_children_do_not_share_random_state(tmp_path, models_home, warm):
    """A fresh interpreter seeds torch, numpy and random from the OS; forked children must not all inherit the
    warm parent's state (two unseeded runs differ, as two plain runs do)."""
    path = tmp_path / "snippets" / "t" / "w" / "unseeded.py"
    path.parent.mkdir(parents=True)
    path.write_text(
        "import random\n\nimport numpy\nimport torch\n\nprint(torch.initial_seed(), numpy.random.rand(), random.random())\n"
    )
    first, second = (run_snippet(Snippet(tmp_path, path), "cpu", models_home, warm=warm) for _ in range(2))
    a, b = first.stdout.split(), second.stdout.split()
    assert len(a) == len(b) == 3 and all(x != y for x, y in zip(a, b, strict=True)), (a, b)


def test_a_broken_warm_parent_falls_back_to_a_plain_run(tmp_path, models_home, warm):
    """When the warm parent itself breaks (here: something that echoes the request instead of answering), the
    snippet still runs, the plain way, its record says why, and the next run starts a fresh warm parent."""
    path = tmp_path / "snippets" / "t" / "w" / "hello.py"
    path.parent.mkdir(parents=True)
    path.write_text('print("你好", 1 + 1)\n', encoding="utf-8")
    snippet = Snippet(tmp_path, path)
    warm.start()
    warm.close()
    warm.proc = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # out of turn
    broken = run_snippet(snippet, "cpu", models_home, warm=warm)
    assert (broken.returncode, broken.stdout) == (0, "你好 2\n"), broken.stderr
    assert not broken.record["warm"] and "KeyError: 'pid'" in broken.record["warm_failed"]
    assert warm.proc is None  # stopped; the next run starts a fresh one
    again = run_snippet(snippet, "cpu", models_home, warm=warm)
    assert again.record["warm"] and again.stdout == "你好 2\n" and "warm_failed" not in again.record
