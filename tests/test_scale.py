"""The scale bench (kb/tools/bench_scale.py) at a tiny size: the synthetic knowledge base it generates passes the
real page checks, its outputs are recorded by the engine, one changed snippet is the only one run again, a
no-change rerun runs none, and the strict build succeeds. No timing is asserted: that is the bench's job."""

from __future__ import annotations

import pytest

from kb.pages import checks
from kb.tools import bench_scale, scale_kb


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    root = tmp_path_factory.mktemp("scale") / "kb"
    # no warm parent in the nested runs: at this size one snippet imports torch, and importing it once per run
    # in a plain interpreter costs less than starting a warm parent (torch, transformers, matplotlib) each time
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KB_WARM_PARENT", "0")
        return root, bench_scale.measure(root, 10, jobs=1)


def test_layout_is_proportionate():
    assert [len(scale_kb.layout(n)) for n in (10, 100, 2000)] == [2, 13, 260]
    assert sum(len(t.names) for t in scale_kb.layout(2000)) == 2000


def test_synthetic_pages_pass_the_page_checks(measured):
    root, _ = measured
    pages = [checks.parse_page(root, p) for p in sorted((root / "docs").rglob("*.md"))]
    assert [e for p in pages for e in p.errors] == []
    assert checks.orphans(root, pages) == []
    assert len({p.path.read_text(encoding="utf-8") for p in pages}) == len(pages)


def test_outputs_recorded_and_reruns_cached(measured):
    root, result = measured
    outs = sorted((root / "snippets").rglob("*.out"))
    assert len(outs) == 10 and all(out.read_text(encoding="utf-8") for out in outs)
    assert (result["cold_ran"], result["one_changed_ran"], result["no_change_ran"]) == (10, 1, 0)


def test_strict_build_and_sizes(measured):
    root, result = measured
    assert (root / "site" / "s01" / "t0001" / "index.html").exists()
    assert result["search_index_gzip"] > 0 and result["page_gzip_median"] > 0
    assert set(result["seconds"]) == set(bench_scale.TIMED)
    lines, exps, _ = bench_scale.verdicts([result, {**result, "snippets": 20}])
    assert len(lines) == len(bench_scale.metrics()) + 1 and exps["build"] == 0.0
