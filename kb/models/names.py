"""The model names a snippet loads, read from its source before it runs, so that a name nobody declared fails
with the snippet's line and the fix instead of the hub's network error:

    snippets/bert/x/a.py:3: loads 'gpt2', which has no offline stand-in: snippets run offline ...
      fix: declare it in models/gpt2.toml (CONTRIBUTING.md, 「声明一个模型」)

Read: `X.from_pretrained("name")` (or `pretrained_model_name_or_path="name"`), `LTP("name")`,
`pipeline(..., model="name")`, where "name" is a string literal or a module-level name bound to one. A name
the snippet saved itself (`save_pretrained("name")`) or that starts like a path is a local folder, not a model.
"""

from __future__ import annotations

import ast
from pathlib import Path

from kb.models.declaration import file_name

LOADERS = {"from_pretrained": "pretrained_model_name_or_path", "LTP": "path"}


def loaded_names(source: str) -> list[tuple[int, str]]:
    """(line, name) of each model a snippet loads by name, in the order they appear."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []  # the run reports it, with its line
    constants = {
        node.targets[0].id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }
    found, saved = [], set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        value = _string(_argument(node, func), constants)
        if func == "save_pretrained" and value:
            saved.add(value)
        elif func in LOADERS or func == "pipeline":
            if value and not value.startswith((".", "/", "~")):
                found.append((node.lineno, value))
    return sorted((line, name) for line, name in found if name not in saved)


def _argument(node: ast.Call, func: str) -> ast.expr | None:
    if func == "pipeline":
        return next((k.value for k in node.keywords if k.arg == "model"), None)
    keyword = LOADERS.get(func)
    return node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == keyword), None)


def _string(node: ast.expr | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def undeclared(display: str, source: str, declared: frozenset[str], folder: Path) -> str | None:
    """The first model the snippet loads that has no declaration, as a contributor's error; None if all have."""
    for line, name in loaded_names(source):
        if name in declared or (folder / name).exists():
            continue
        return (
            f"{display}:{line}: loads '{name}', which has no offline stand-in: snippets run offline, and every model "
            "they load by name is declared once for the whole site.\n"
            f"  fix: declare it in {file_name(name)} (its published config, where its real tokenizer files come "
            "from, how its weights are made): see CONTRIBUTING.md, 「声明一个模型」, and the examples in models/"
        )
    return None
