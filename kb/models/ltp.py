"""The "ltp" format: a model folder in LTP's own layout (config.json with `_ltp_target_` entries and label lists,
pytorch_model.bin, tokenizer files), so that `LTP("LTP/base2")` runs LTP's real loading code offline. ltp 4.2.14
needs transformers<5: the folder is written by the declaration's side environment (.venvs/<env>)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from kb.models.declaration import Declaration, DeclarationError

# Runs in the side environment: argv = out, vocab.txt, seed, the declaration's tokenizer and config (json).
SCRIPT = r"""
import json, shutil, sys
from pathlib import Path

import torch
import transformers
from transformers import ElectraConfig
from ltp.nerual import LTP

out, vocab, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
tok, spec = json.loads(sys.argv[4]), json.loads(sys.argv[5])
tok_src = out / "_tokenizer_src"
tok_src.mkdir()
shutil.copy(vocab, tok_src / "vocab.txt")
(tok_src / "tokenizer_config.json").write_text(json.dumps(tok.get("config", {})))
getattr(transformers, tok["class"]).from_pretrained(tok_src).save_pretrained(out)
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


def build(decl: Declaration, root: Path, out: Path, seed: int, python: Path) -> None:
    if not python.exists():
        raise DeclarationError(
            f"{decl.path.name}: building {decl.id} needs the side environment {python.parent.parent} "
            f"(pinned in envs/{decl.env}.txt): `make setup` creates it"
        )
    vocab = decl.source(root, "vocab.txt")
    args = [str(python), "-c", SCRIPT, str(out), str(vocab), str(seed)]
    args += [json.dumps(decl.tokenizer), json.dumps(decl.config)]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(args, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise DeclarationError(f"{decl.path.name}: building {decl.id} failed ({python}):\n{proc.stderr[-3000:]}")
