"""One builder for every declared model: writes it into a Hugging Face hub cache (HF_HOME) under its public id,
so that with `HF_HUB_OFFLINE=1` a snippet's `from_pretrained("gpt2")` resolves exactly as it would for a reader.

    cache/hub/models--gpt2/snapshots/<key>/   config.json, model.safetensors, tokenizer files
    cache/hub/models--gpt2/refs/main          <key>

The key of a model's snapshot is a hash of its declaration, this builder, the library versions and which set
of weights: a changed declaration rebuilds that model alone. Two sets of weights (VARIANTS): "main", the one
the site is verified with, and "other" (another seed, a ten times larger initialisation scale, in a cache of
its own): every snippet that loads a model prints the same with both, the proof that what the pages show does
not depend on the stand-ins' random weights.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

from kb.models import ltp
from kb.models.declaration import Declaration, DeclarationError, declarations
from kb.paths import REPO, version

VARIANTS = {"main": (0, 1.0), "other": (1, 10.0)}  # name: (seed offset, factor on initializer_range)
BUILDER = sorted(Path(__file__).resolve().parent.glob("*.py"))  # this package: a changed builder rebuilds


def model_key(decl: Declaration, variant: str = "main", root: Path = REPO) -> str:
    """What a model's snapshot is made from: its declaration, this builder, the library versions (and the side
    environment's pins when it is built there), and which set of weights."""
    parts = [decl.path.read_bytes(), *(p.read_bytes() for p in BUILDER)]
    parts += [(version(p) or "-").encode() for p in ("torch", "transformers", "tokenizers")]
    if decl.env:
        pins = root / "envs" / f"{decl.env}.txt"
        parts.append(pins.read_bytes() if pins.exists() else b"-")
    parts.append(variant.encode())
    return hashlib.sha1(b"\0".join(parts)).hexdigest()


def recipe_hash(variant: str = "main", root: Path = REPO) -> str:
    """One key for all the stand-ins of a tree (what a snippet's cached result depends on)."""
    keys = [f"{d.id}={model_key(d, variant, root)}" for d in declarations(root).values()]
    return hashlib.sha1("|".join(keys).encode()).hexdigest()


def snapshot_dir(cache: Path, model_id: str, variant: str = "main", root: Path = REPO) -> Path:
    decl = declarations(root)[model_id]
    return _repo(cache, model_id) / "snapshots" / model_key(decl, variant, root)


def env_python(root: Path, env: str) -> Path:
    return root / ".venvs" / env / "bin" / "python"


def ensure_models(cache: Path, variant: str = "main", root: Path = REPO) -> dict[str, Path]:
    """Build every declared model whose snapshot for its current key is missing; {id: snapshot}. A model whose
    side environment is absent is left out (a snippet that loads it says so when it runs). Safe to call from
    several processes at once: one builds, the others wait."""
    cache = Path(cache)
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        built = {}
        for decl in declarations(root).values():
            if decl.env and not env_python(root, decl.env).exists():
                continue
            built[decl.id] = _ensure(decl, cache, variant, root)
        return built


def _repo(cache: Path, name: str) -> Path:
    return cache / "hub" / f"models--{name.replace('/', '--')}"


def _ensure(decl: Declaration, cache: Path, variant: str, root: Path) -> Path:
    key = model_key(decl, variant, root)
    repo = _repo(cache, decl.id)
    snap = repo / "snapshots" / key
    if not (snap / ".complete").exists():
        shutil.rmtree(repo, ignore_errors=True)  # an older key's snapshot
        tmp = snap.with_name(key + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        seed = decl.weights["seed"] + VARIANTS[variant][0]
        if decl.format == "ltp":
            ltp.build(decl, root, tmp, seed, env_python(root, decl.env or "ltp"))
        else:
            build_transformers(decl, root, tmp, seed, VARIANTS[variant][1])
        (tmp / ".complete").write_text("")
        tmp.rename(snap)
    _point(repo, key)
    for alias in decl.aliases:  # the same snapshot under another name of the hub repository
        other = _repo(cache, alias)
        if not (other / "snapshots" / key).exists():
            shutil.rmtree(other, ignore_errors=True)
            (other / "snapshots").mkdir(parents=True)
            (other / "snapshots" / key).symlink_to(snap, target_is_directory=True)
        _point(other, key)
    return snap


def _point(repo: Path, key: str) -> None:
    (repo / "refs").mkdir(parents=True, exist_ok=True)
    (repo / "refs" / "main").write_text(key)


def build_transformers(decl: Declaration, root: Path, out: Path, seed: int, scale: float) -> None:
    """The real tokenizer from its declared files, the published config, seeded random weights."""
    import torch
    import transformers

    transformers.utils.logging.disable_progress_bar()  # one progress line is the caller's, not a bar per shard
    src = out / "_tokenizer_src"
    src.mkdir()
    for name in decl.files:
        shutil.copy(decl.source(root, name), src / name)
    (src / "tokenizer_config.json").write_text(json.dumps(decl.tokenizer.get("config", {})))
    tokenizer = _class(decl, decl.tokenizer.get("class", "AutoTokenizer")).from_pretrained(src)
    size = decl.tokenizer.get("size")
    if size is not None and len(tokenizer) != size:
        raise DeclarationError(f"{decl.path.name}: the tokenizer has {len(tokenizer)} tokens, declared size {size}")
    tokenizer.save_pretrained(out)
    for name in decl.files:  # the hub repository ships the source files too (slow tokenizers read them)
        shutil.copy(src / name, out / name)
    shutil.rmtree(src)

    settings = dict(decl.config)
    if "initializer_range" in settings:
        settings["initializer_range"] *= scale
    config = transformers.AutoConfig.for_model(settings.pop("model_type"), **settings)
    torch.manual_seed(seed)
    model = _class(decl, decl.weights["class"])(config)
    model.save_pretrained(out)
    written = json.loads((out / "config.json").read_text())
    (out / "config.json").write_text(json.dumps({**written, **decl.config}, indent=2))  # the published values


def _class(decl: Declaration, name: str) -> Any:
    import transformers

    found = getattr(transformers, name, None)
    if not isinstance(found, type):
        raise DeclarationError(f"{decl.path.name}: transformers has no class {name}")
    return found
