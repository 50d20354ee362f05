"""A split run (CI's matrix): the plan partitions every case into balanced shards, deterministically; the merge
makes one report of the parts and refuses an incomplete or contradictory one; two shards and a merge give what
one unsharded run gives."""

from __future__ import annotations

import itertools
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kb.paths import REPO
from kb.run import merge, shards
from kb.run.report import OTHER_WEIGHTS
from tests.test_mistakes import _write


def _cases(n: int) -> list[shards.Case]:
    return [(f"snippets/t/x/s{i:03}.py", "cpu") for i in range(n)]


def _loads(plan: list[shards.Shard], weight: dict[shards.Case, float]) -> list[float]:
    return [sum(weight[c] for c in s.cases) for s in plan]


# ---------------------------------------------------------------- the plan


@pytest.mark.parametrize(("n", "m"), [(1, 1), (10, 3), (57, 4), (200, 7)])
def test_partition_is_complete_disjoint_and_balanced(n, m):
    rng = random.Random(n * 31 + m)
    weight = {c: round(rng.lognormvariate(0, 1.5), 2) for c in _cases(n)}
    plan = shards.partition(weight, weight, m)
    assert [s.index for s in plan] == list(range(m))
    placed = [c for s in plan for c in s.cases]
    assert sorted(placed) == sorted(weight) and len(placed) == len(set(placed))
    # greedy list scheduling's bound: no shard exceeds the mean load by more than the longest case
    assert max(_loads(plan, weight)) <= sum(weight.values()) / m + max(weight.values()) + 1e-9
    assert [s.expected_s for s in plan] == [round(x, 2) for x in _loads(plan, weight)]


def test_partition_within_the_lpt_bound_of_the_optimum():
    """Longest-processing-time first is within 4/3 − 1/(3m) of the best plan (Graham 1969): checked against
    every possible plan of small cases."""
    rng = random.Random(7)
    for _ in range(30):
        m, weight = rng.choice([2, 3]), {c: float(rng.randint(0, 20)) for c in _cases(rng.randint(1, 8))}
        best = min(
            max(sum(w for w, s in zip(weight.values(), choice, strict=True) if s == i) for i in range(m))
            for choice in itertools.product(range(m), repeat=len(weight))
        )
        assert max(_loads(shards.partition(weight, weight, m), weight)) <= (4 / 3 - 1 / (3 * m)) * best + 1e-9


def test_partition_is_deterministic():
    """Every shard must compute the same plan from the same inputs, whatever their order."""
    rng = random.Random(3)
    weight = {c: float(rng.randint(0, 5)) for c in _cases(40)}  # many ties
    order = list(weight)
    plans = []
    for _ in range(5):
        rng.shuffle(order)
        plans.append(shards.partition(order, dict(sorted(weight.items(), key=lambda _: rng.random())), 4))
    assert all(p == plans[0] for p in plans)


def test_unknown_cases_weigh_the_median_and_zero_durations_balance_counts():
    a, b, c, new = _cases(4)
    plan = shards.partition([a, b, c, new], {a: 10.0, b: 2.0, c: 4.0}, 1)
    assert plan[0].expected_s == 10 + 2 + 4 + 4  # the new case weighs the median, 4 s
    assert shards.partition([a, b], {}, 1)[0].expected_s == 2 * shards.UNKNOWN_DEFAULT_S  # nothing recorded
    zero = shards.partition(_cases(10), dict.fromkeys(_cases(10), 0.0), 3)  # e.g. every run cached
    assert sorted(len(s.cases) for s in zero) == [3, 3, 4]
    negative = shards.partition([a], {a: -1.0}, 1)  # a clock that went backwards is no negative time
    assert negative[0].expected_s == 0


def test_more_shards_than_cases():
    plan = shards.partition(_cases(2), {}, 5)
    assert [len(s.cases) for s in plan] == [1, 1, 0, 0, 0]
    with pytest.raises(ValueError, match="at least 1"):
        shards.partition(_cases(2), {}, 0)


def test_cases_cover_both_test_modules_and_the_plan_round_trips(tmp_path):
    _write(tmp_path, "snippets/t/x/plain.py", 'print("hi")\n')
    _write(tmp_path, "snippets/t/x/model.py", 'from transformers import AutoModel\n\nAutoModel.from_pretrained("m")\n')
    found = shards.cases(tmp_path)
    assert found == [
        ("snippets/t/x/model.py", "cpu"),
        ("snippets/t/x/model.py", OTHER_WEIGHTS),
        ("snippets/t/x/plain.py", "cpu"),
    ]
    assert ("snippets/t/x/model.py", "cuda") in shards.cases(tmp_path, cuda=True)
    report = {"snippets": [{"snippet": "snippets/t/x/plain.py", "device": "cpu", "duration_s": 1.5}, {"snippet": "x"}]}
    assert shards.durations(report) == {("snippets/t/x/plain.py", "cpu"): 1.5}
    plan = shards.partition(found, shards.durations(report), 2)
    shards.write_plan(tmp_path / "plan.json", plan, "test")
    assert shards.read_plan(tmp_path / "plan.json") == plan
    data = json.loads((tmp_path / "plan.json").read_text())
    data["shards"][1]["cases"].append(data["shards"][0]["cases"][0])
    (tmp_path / "plan.json").write_text(json.dumps(data))
    with pytest.raises(ValueError, match="more than one shard"):
        shards.read_plan(tmp_path / "plan.json")


# ---------------------------------------------------------------- the merge

HEAD = {"python": "3.11.9", "versions": {"torch": "2.13.0"}, "models": "offline stand-ins", "date": "2026-01-01"}


def _record(case: shards.Case, result: str = "passed") -> dict:
    return {"snippet": case[0], "device": case[1], "result": result, "key": f"k-{case[0]}", "duration_s": 1.0}


def test_merge_combines_parts_into_the_whole_report():
    everything = _cases(6)
    whole = {**HEAD, "snippets": [_record(c, "failed" if c == everything[2] else "passed") for c in everything]}
    plan = shards.partition(everything, {}, 3)
    parts = {
        f"shard-{s.index}": {
            **HEAD,
            "platform": f"kernel {s.index}",
            "snippets": [r for r in whole["snippets"] if (r["snippet"], r["device"]) in s.cases],
        }
        for s in plan
    }
    merged = merge.merge_reports(parts, everything, owners=shards.owners(plan))
    assert merge.stable_part(merged) == merge.stable_part(whole)
    assert merged["versions"] == HEAD["versions"] and merged["platform"] == "kernel 0; kernel 1; kernel 2"


def test_merge_names_the_missing_case_and_its_shard():
    everything = _cases(3)
    plan = shards.partition(everything, {}, 2)
    lost = plan[1].cases[0]
    parts = {"a": {**HEAD, "snippets": [_record(c) for c in everything if c != lost]}}
    with pytest.raises(merge.MergeError) as e:
        merge.merge_reports(parts, everything, owners=shards.owners(plan))
    assert f"missing: {lost[0]} [cpu] has no result in any part (planned for shard 1" in str(e.value)


def test_merge_refuses_duplicates_strangers_and_mixed_environments():
    a, b = _cases(2)
    parts = {
        "p0": {**HEAD, "snippets": [_record(a), _record(b)]},
        "p1": {
            **HEAD,
            "versions": {"torch": "2.12.0"},
            "snippets": [_record(a, "failed"), _record(("snippets/gone.py", "cpu"))],
        },
    }
    with pytest.raises(merge.MergeError) as e:
        merge.merge_reports(parts, [a, b])
    problems = str(e.value).splitlines()
    assert f"duplicate: {a[0]} [cpu] ran in 2 parts (p0, p1): conflicting results (failed vs passed)" in problems
    assert "unexpected: snippets/gone.py [cpu] (in p1) is no case of this tree: a part of another commit?" in problems
    assert any(p.startswith("the parts disagree on versions") for p in problems)
    # a CUDA run is accepted where the snippet has one, and never required
    cuda = {"p": {**HEAD, "snippets": [_record(a), _record(b), _record((a[0], "cuda"))]}}
    assert len(merge.merge_reports(cuda, [a, b], optional=[(a[0], "cuda")])["snippets"]) == 3


def test_figures_of_the_parts_are_combined_and_conflicts_named(tmp_path):
    for part, name, text in [("p0", "a/one.svg", "1"), ("p1", "b/two.svg", "2"), ("p1", "a/.one.sha1", "s")]:
        _write(tmp_path, f"{part}/figures/{name}", text)
    dest = tmp_path / "out"
    assert (
        merge.combine_folders([tmp_path / "p0/figures", tmp_path / "p1/figures", tmp_path / "none"], dest, True) == []
    )
    assert sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file()) == [
        "a/.one.sha1",
        "a/one.svg",
        "b/two.svg",
    ]
    _write(tmp_path, "p1/figures/a/one.svg", "drawn differently")
    problems = merge.combine_folders([tmp_path / "p0/figures", tmp_path / "p1/figures"], tmp_path / "out2", True)
    assert len(problems) == 1 and "a/one.svg differs between" in problems[0] and not (tmp_path / "out2").exists()


# ---------------------------------------------------------------- end to end: two shards = one run

TREE = {
    "snippets/t/a/one.py": ('print("one", 1.5)\n', "one 1.5\n"),
    "snippets/t/a/two.py": ("import time\n\ntime.sleep(0.5)\nprint(2)\n", "2\n"),
    "snippets/t/b/three.py": ('print("三")\n', "三\n"),
    "snippets/t/b/stale.py": ('print("new")\n', "old\n"),  # fails in both runs, with the same verdict
    "snippets/t/b/figure.py": (
        'import matplotlib\n\nmatplotlib.use("Agg")\nimport matplotlib.pyplot as plt\n\n'
        'plt.plot([0, 1], [1, 0])\nplt.savefig("line.svg")\nprint("saved")\n',
        "saved\n",
    ),
}


def _pytest(root: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:xdist",
        "-p",
        "no:randomly",
        "--no-cache",
        f"--kb-root={root}",
    ]
    tests = [str(root / "snippets"), "tests/test_weights.py::test_same_output_with_other_weights"]
    # no warm parent: these snippets import no torch, so starting one (importing torch, transformers) would cost
    # more than it saves in each of the four nested runs
    env = {**os.environ, "KB_WARM_PARENT": "0"}
    return subprocess.run([*cmd, *args, *tests], cwd=REPO, capture_output=True, text=True, timeout=600, env=env)


def test_two_shards_merged_equal_one_run(tmp_path):
    root = tmp_path / "tree"
    for rel, (code, out) in TREE.items():
        _write(root, rel, code)
        _write(root, rel.replace(".py", ".out"), out)
    build = root / "build"
    whole = _pytest(root)
    assert whole.returncode == 1 and "4 passed" in whole.stdout, whole.stdout[-3000:]
    unsharded = json.loads((build / "report.json").read_text(encoding="utf-8"))
    shutil.rmtree(build)

    plan = tmp_path / "plan.json"
    kb = [sys.executable, "-m", "kb"]
    made = subprocess.run(
        [*kb, "shard", "plan", "--shards", "2", "--root", str(root), "-o", str(plan)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0 and "5 cases in 2 shards" in made.stdout, made.stdout + made.stderr
    for i in (0, 1):
        _pytest(root, f"--shard-plan={plan}", f"--shard={i}")
        (tmp_path / "parts" / str(i)).mkdir(parents=True)
        for name in ("report.json", "figures"):
            if (build / name).exists():
                shutil.move(build / name, tmp_path / "parts" / str(i) / name)
    parts = sorted(str(p) for p in (tmp_path / "parts").glob("*/report.json"))
    assert len(parts) == 2 and all(len(json.loads(Path(p).read_text())["snippets"]) < 5 for p in parts)
    out = tmp_path / "merged" / "report.json"
    cmd = [*kb, "report", "merge", "--root", str(root), "--plan", str(plan), "-o", str(out), *parts]
    merged = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    assert merged.returncode == 0 and "5 cases from 2 parts (1 failed, 4 passed)" in merged.stdout, merged.stdout
    assert merge.stable_part(json.loads(out.read_text(encoding="utf-8"))) == merge.stable_part(unsharded)
    assert (tmp_path / "merged" / "figures" / "t" / "b" / "line.svg").exists()

    # a shard that never reported: the merge names what is missing, and fails
    missing = subprocess.run([*cmd[:-2], parts[0]], cwd=REPO, capture_output=True, text=True)
    assert missing.returncode == 1 and "missing: snippets/t/" in missing.stdout, missing.stdout

    # a plan made before a snippet was added: refused before anything runs
    _write(root, "snippets/t/b/added.py", "print(1)\n")
    stale = _pytest(root, f"--shard-plan={plan}", "--shard=0", "--collect-only")
    assert stale.returncode == 4 and "snippets/t/b/added.py [cpu] is in no shard" in stale.stderr, stale.stderr
