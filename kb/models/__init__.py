"""Offline stand-ins for the pretrained models the snippets load by their public names, declared as data.

Each model is one file, `models/<id>.toml` (kb/models/declaration.py says what it holds): its public id, the
published config, where its real tokenizer files come from (checked by sha256), and how its weights are made
(seeded random numbers). One builder (kb/models/build.py) writes them all into a Hugging Face hub cache, or a
library's own format where the library needs it (kb/models/ltp.py). A snippet that loads a name nobody declared
fails before it runs with its line and the fix (kb/models/names.py).

    python -m kb models            the declared models: id, format, tokenizer files, what stands in
    python -m kb models build DIR  build them all into DIR (a HF_HOME)
"""

from __future__ import annotations

import sys
from pathlib import Path

from kb.models.build import VARIANTS, ensure_models, model_key, recipe_hash, snapshot_dir
from kb.models.declaration import Declaration, DeclarationError, declarations, declared_names
from kb.paths import REPO

__all__ = [
    "VARIANTS",
    "Declaration",
    "DeclarationError",
    "declarations",
    "declared_names",
    "ensure_models",
    "model_key",
    "recipe_hash",
    "snapshot_dir",
]


def describe(root: Path = REPO) -> list[str]:
    """One line per declared model: what is real and what stands in."""
    lines = []
    for decl in declarations(root).values():
        files = ", ".join(f"{name} ← {origin}" for name, (origin, _) in decl.files.items())
        env = f", built in .venvs/{decl.env}" if decl.env else ""
        lines.append(
            f"{decl.id} ({decl.format}{env}): real tokenizer [{files}], published config, "
            f"seeded random weights (seed {decl.weights['seed']}) — {decl.path.relative_to(root).as_posix()}"
        )
    return lines


def main(argv: list[str]) -> int:
    if argv[:1] == ["build"] and len(argv) == 2:
        for name, path in ensure_models(Path(argv[1])).items():
            print(name, path)
        return 0
    if argv:
        print("usage: python -m kb models [build DIR]", file=sys.stderr)
        return 2
    print("\n".join(describe()))
    return 0
