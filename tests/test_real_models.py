"""The --real-models path (what the real-weights workflow runs) exercised here without network. (A module of its
own: tests/test_weights.py verifies snippets, which have a cache of their own, so the suite cache never remembers
that module; this check is remembered like any other.)"""

import pytest


def test_real_model_path_without_network(tmp_path, models_home):
    """The --real-models path (what the real-weights workflow runs) exercised here without network: the hub cache
    it reads is pointed at a local cache standing where the real one would be (HF_HOME, HF_HUB_OFFLINE=1)."""
    import json
    import os
    import subprocess
    import sys

    from kb.paths import REPO
    from kb.site import badges
    from kb.tools import real_weights

    if models_home is None:
        pytest.skip("this run already uses the real models")
    code = (
        'from transformers import AutoModel, AutoTokenizer\n\ntok = AutoTokenizer.from_pretrained("bert-base-chinese")\n'
        'model = AutoModel.from_pretrained("bert-base-chinese")\nbatch = tok(["我爱祖国"], return_tensors="pt")\n'
        'print(batch["input_ids"].tolist(), tuple(model(**batch).last_hidden_state.shape))\n'
    )
    (tmp_path / "snippets" / "t" / "m").mkdir(parents=True)
    (tmp_path / "snippets" / "t" / "m" / "load.py").write_text(code, encoding="utf-8")
    (tmp_path / "snippets" / "t" / "m" / "load.out").write_text("[[101, 2769, 4263, 4862, 1744, 102]] (1, 6, 768)\n")
    (tmp_path / "snippets" / "t" / "m" / "tokens_only.py").write_text('print("no model here")\n')
    env = {**os.environ, "HF_HOME": str(models_home), "HF_HUB_OFFLINE": "1", "CI": ""}
    args = ["--real-models", "--models-only", f"--kb-root={tmp_path}", "-p", "no:xdist", str(tmp_path / "snippets")]
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *args], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0 and "1 passed" in proc.stdout, proc.stdout[-3000:]
    report = json.loads((tmp_path / "build" / "report.json").read_text(encoding="utf-8"))
    assert report["models"] == "real" and [r["snippet"] for r in report["snippets"]] == ["snippets/t/m/load.py"]
    run = real_weights.summarise(report, root=tmp_path)
    assert [(e["snippet"], e["result"]) for e in run["snippets"]] == [("snippets/t/m/load.py", "passed")]
    assert "1/1 snippets print their recordings" in real_weights.markdown(run)
    record = {"device": "cpu", "verified_at": "2026-11-30T00:00:00+00:00", "versions": {}}
    assert "真实权重" in badges.badge([record], True, {**run["snippets"][0], "date": run["date"]})
    assert "离线替身" in badges.badge([record], True, None) and "替身" not in badges.badge([record], False, None)
