"""The engine's record tests (`make check`): verification badges and the GPU records kept by `make attest-gpu`
(keyed by what decides a snippet's output, well formed, none lapsed)."""

from __future__ import annotations

from kb.paths import REPO
from kb.run import cache
from kb.run.snippet import Snippet
from tests.test_mistakes import _write

# ---------------------------------------------------------------- verification badges


def test_badges_follow_the_report_and_the_gpu_records(tmp_path):
    """A badge names each device a snippet passed on (this build's report, plus the GPU runs kept by
    `make attest-gpu`) and lapses as soon as the snippet or its recorded output changes."""
    import json

    from kb.run.report import ATTESTATIONS
    from kb.site import badges
    from kb.tools import attest

    rel = "snippets/a/b/c.py"
    _write(tmp_path, rel, 'import torch\n\nprint(torch.ones(2, device="cuda").sum().item())\n')
    _write(tmp_path, "snippets/a/b/c.out", "2.0\n")
    _write(tmp_path, "snippets/a/b/idle.py", "import torch\n\nprint(torch.__name__)\n")
    snippet = Snippet(tmp_path, tmp_path / rel)
    versions = {"python": "3.12.3", "torch": "2.11.0+cu130", "transformers": "5.24.0"}
    gpu_run = {
        "snippet": rel,
        "device": "cuda",
        "gpu_used": True,
        "gpu": "NVIDIA H200",
        "result": "passed",
        "verified_at": "2026-11-20T04:03:47+00:00",
        "versions": versions,
        "content": cache.content_key(snippet, "cuda", versions),
        "inputs": cache.output_parts(snippet, "cuda", versions),
    }
    idle_run = {**gpu_run, "snippet": "snippets/a/b/idle.py", "gpu_used": False}  # on the GPU machine, no GPU used
    kept, changes = attest.merge({"snippets": [gpu_run, idle_run]}, [], root=tmp_path)
    assert [r["snippet"] for r in kept] == [rel] and changes == [f"verified {rel} on NVIDIA H200"]
    assert "result" not in kept[0] and kept[0]["content"] == gpu_run["content"]

    cpu_run = {
        "snippet": rel,
        "device": "cpu",
        "result": "passed",
        "verified_at": "2026-11-26T03:00:00+00:00",
        "versions": {**versions, "torch": "2.13.0+cpu"},
        "content": cache.content_key(snippet, "cpu", {**versions, "torch": "2.13.0+cpu"}),
    }
    _write(tmp_path, "build/report.json", json.dumps({"models": "offline stand-ins", "snippets": [cpu_run]}))
    _write(tmp_path, ATTESTATIONS.as_posix(), json.dumps(kept))
    records = badges.verified_records(tmp_path)
    assert [r["device"] for r in records[rel]] == ["cpu", "cuda"]
    html = badges.badge(records[rel])
    assert "✓ 已验证 · CPU + CUDA GPU · 2026-11-20" in html
    assert "NVIDIA H200：Python 3.12.3，torch 2.11.0+cu130" in html and "torch 2.13.0+cpu" in html

    line = badges.summary(records[rel] + [cpu_run], 3, "../../")
    assert "CPU（Python 3.12.3，torch 2.13.0+cpu，transformers 5.24.0）：2/3 段，2026-11-26" in line
    assert "NVIDIA H200（Python 3.12.3，torch 2.11.0+cu130，transformers 5.24.0）：1/3 段，2026-11-20" in line
    assert line.index("CPU") < line.index("NVIDIA") and 'href="../../about/verification/"' in line
    assert "还没有验证记录" in badges.summary([], 2, "")  # a fresh clone's preview: quiet, once

    assert attest.lapsed(kept[0], tmp_path) is None
    (tmp_path / "snippets/a/b/c.out").write_text("2.00\n", encoding="utf-8")  # edited after the runs
    assert badges.verified_records(tmp_path) == {}
    assert attest.lapsed(kept[0], tmp_path) == "its recorded output changed"
    assert "尚未验证" in badges.badge([])

    failed = {**gpu_run, "result": "failed"}
    assert attest.merge({"snippets": [failed]}, kept, root=tmp_path)[0] == []
    (tmp_path / rel).unlink()
    assert attest.merge({"snippets": []}, kept, root=tmp_path) == ([], [f"dropped {rel} (no such snippet)"])


def test_gpu_records_outlast_an_engine_refactor(tmp_path, monkeypatch):
    """What a GPU run vouched for is the snippet, its output, its settings, the declarations of the models it loads
    and the library versions: the engine's own source is not in the key (it was, and every refactor dropped all
    the GPU records), while a changed model declaration or other versions do lapse it, saying why."""
    from kb.tools import attest

    rel = "snippets/a/b/m.py"
    _write(tmp_path, rel, 'from transformers import AutoConfig\n\nprint(AutoConfig.from_pretrained("m").hidden_size)\n')
    _write(tmp_path, "snippets/a/b/m.out", "8\n")
    declaration = (
        'id = "m"\nformat = "transformers"\n[tokenizer.files]\n"v.txt" = { from = "repo:v.txt", sha256 = "0" }\n'
    )
    declaration += '[weights]\nseed = 1\n[config]\nmodel_type = "bert"\n'
    _write(tmp_path, "models/m.toml", declaration)
    snippet, versions = Snippet(tmp_path, tmp_path / rel), {"torch": "2.13.0+cu130", "transformers": "5.24.0"}
    record = {"snippet": rel, "device": "cuda", "versions": versions}
    record |= {
        "content": cache.content_key(snippet, "cuda", versions),
        "inputs": cache.output_parts(snippet, "cuda", versions),
    }
    monkeypatch.setattr(cache, "_engine_digest", lambda: "another engine")  # a refactor: the record stands
    assert attest.lapsed(record, tmp_path) is None
    assert cache.content_key(snippet, "cuda", {**versions, "torch": "2.13.0+cpu"}) == record["content"]  # local tag
    _write(tmp_path, "models/m.toml", declaration + "hidden_size = 16\n")
    assert attest.lapsed(record, tmp_path) == "a declaration of a model it loads changed (models/)"
    _write(tmp_path, "models/m.toml", declaration)
    other = {**record, "versions": {**versions, "torch": "2.14.0"}}
    assert attest.lapsed(other, tmp_path) == "recorded with other torch/transformers versions than its key says"


def test_every_gpu_record_matches_todays_snippets():
    """The site shows a GPU record only while its key matches: one that lapsed must be re-verified on a GPU or
    pruned, saying why, never dropped silently by the site."""
    from kb.tools import attest

    standing, lapsed = attest.check(REPO)
    assert not lapsed, (
        "\n".join(lapsed)
        + "\n  fix: re-run the CUDA snippets on a GPU (make test; make attest-gpu) or `python -m kb attest --prune`"
    )


def test_gpu_records_are_well_formed():
    """snippets/verified-on-gpu.json is written by `make attest-gpu` from a test report, never by hand."""
    import json

    from kb.run.report import ATTESTATIONS
    from kb.tools import attest

    path = REPO / ATTESTATIONS
    assert path.exists(), f"{ATTESTATIONS}: missing (restore it from git, or run make attest-gpu on a GPU machine)"
    records = json.loads(path.read_text(encoding="utf-8"))
    assert [r["snippet"] for r in records] == sorted({r["snippet"] for r in records}), "one record per snippet, sorted"
    for record in records:
        assert set(record) <= set(attest.KEPT) and record["device"] == "cuda", record
        assert (REPO / record["snippet"]).exists(), (
            f"{record['snippet']}: no such snippet (python -m kb attest --prune drops it)"
        )
        assert len(record["content"]) == 64 and record["gpu"] and record["versions"].get("torch"), record
