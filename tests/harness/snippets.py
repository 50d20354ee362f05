"""Discover → run → compare: the snippet harness.

Every `snippets/<section>/<topic>/<name>.py` is a snippet; `<name>.out` beside it is its
recorded stdout. A topic folder may hold `snippets.toml` with per-snippet settings:

    [long_text_copy]        # the snippet's file name without .py
    timeout = 300           # seconds (default 120)
    ulps = 2                # allowed difference in units of the last printed digit (default 1; 0 = exact)
    cpu_only = true         # never run a second time on CUDA (say why in a comment)
    env = "ltp"             # run in the pinned side environment .venvs/ltp instead of the main one
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GUARD_DIR = Path(__file__).resolve().parent / "guard"
DEFAULT_TIMEOUT = 120.0
CONFIG_KEYS = {"timeout": (int, float), "ulps": int, "cpu_only": bool, "env": str}
TORCH_IMPORT = re.compile(r"^\s*(?:import|from)\s+(?:torch|transformers)\b", re.M)
UPDATE_HINT = "make update SNIPPET={path}"


class SnippetConfigError(Exception):
    pass


@dataclass
class Snippet:
    root: Path  # the tree holding snippets/ and docs/
    path: Path  # absolute path of the .py

    @property
    def rel(self) -> str:  # "pytorch/dropout/train_vs_eval.py", as pages include it
        return self.path.relative_to(self.root / "snippets").as_posix()

    @property
    def display(self) -> str:  # "snippets/pytorch/dropout/train_vs_eval.py"
        return self.path.relative_to(self.root).as_posix()

    @property
    def out_path(self) -> Path:
        return self.path.with_suffix(".out")

    @property
    def source(self) -> str:  # encoding problems are reported by the test, not at collection
        return self.path.read_bytes().decode("utf-8", "replace")

    @property
    def uses_torch(self) -> bool:
        return bool(TORCH_IMPORT.search(self.source))

    @property
    def config(self) -> dict:
        return load_config(self.path.parent).get(self.path.stem, {})

    @property
    def timeout(self) -> float:
        return float(self.config.get("timeout", DEFAULT_TIMEOUT))

    @property
    def ulps(self) -> int:
        return int(self.config.get("ulps", 1))

    def devices(self, cuda_available: bool) -> list[str]:
        if cuda_available and self.uses_torch and not self.config.get("cpu_only", False):
            return ["cpu", "cuda"]
        return ["cpu"]

    def python(self) -> str:
        env = self.config.get("env")
        if not env:
            return sys.executable
        exe = self.root / ".venvs" / env / "bin" / "python"
        if not exe.exists():
            exe = REPO / ".venvs" / env / "bin" / "python"
        if not exe.exists():
            raise SnippetConfigError(
                f"{self.display}: side environment '{env}' is missing: run `make setup` (it creates .venvs/<name> from tests/envs/<name>.txt)"
            )
        return str(exe)


def load_config(topic_dir: Path) -> dict:
    path = topic_dir / "snippets.toml"
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise SnippetConfigError(f"{path}: {e}") from None
    for name, settings in data.items():
        if not (topic_dir / f"{name}.py").exists():
            raise SnippetConfigError(f"{path}: [{name}] names no snippet: there is no {name}.py beside it")
        for key, value in settings.items():
            if key not in CONFIG_KEYS:
                raise SnippetConfigError(f"{path}: [{name}] unknown key '{key}' (known: {', '.join(CONFIG_KEYS)})")
            if not isinstance(value, CONFIG_KEYS[key]):
                raise SnippetConfigError(f"{path}: [{name}] {key} = {value!r} has the wrong type")
    return data


def encoding_problem(path: Path, display: str) -> str | None:
    """A BOM or invalid UTF-8, as `file:line: what, fix`; None when the file is clean UTF-8."""
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        return f"{display}:1: file starts with a UTF-8 BOM: save it as UTF-8 without BOM"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        return f"{display}:{line}: not valid UTF-8 ({e.reason}): save the file as UTF-8"
    return None


def discover(root: Path) -> list[Snippet]:
    base = root / "snippets"
    return [Snippet(root, p) for p in sorted(base.rglob("*.py")) if "__pycache__" not in p.parts]


# ---------------------------------------------------------------- run


@dataclass
class RunResult:
    stdout: str
    stderr: str
    returncode: int
    duration: float
    timed_out: bool
    record: dict = field(default_factory=dict)


def snippet_env(device: str, models_home: Path | None, timeout: float, record: Path, extra_pythonpath=()) -> dict:
    env = dict(os.environ)
    # KB_EXTRA_PYTHONPATH: for the harness's own tests (a recorder that stands in for real sockets)
    extra = [*map(str, extra_pythonpath), *filter(None, os.environ.get("KB_EXTRA_PYTHONPATH", "").split(os.pathsep))]
    env.update(
        # the guard first; then whatever the caller's PYTHONPATH held (packages installed with --target)
        PYTHONPATH=os.pathsep.join(
            [*extra, str(GUARD_DIR), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
        ),
        PYTHONHASHSEED="0",
        PYTHONUTF8="1",
        PYTHONIOENCODING="utf-8",
        PYTHONUNBUFFERED="1",
        KB_SNIPPET_GUARD="1",
        KB_SNIPPET_TIMEOUT=str(timeout),
        KB_RUN_RECORD=str(record),
        MPLBACKEND="Agg",
        TOKENIZERS_PARALLELISM="false",
        HF_HUB_DISABLE_PROGRESS_BARS="1",
    )
    if models_home is not None:  # offline fixtures; None = --real-models (the real hub, allowed hosts only)
        env.update(HF_HOME=str(models_home), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
        env.pop("KB_ALLOW_HOSTS", None)
    else:
        env["KB_ALLOW_HOSTS"] = "huggingface.co,hf.co"
    if device == "cpu":
        env["CUDA_VISIBLE_DEVICES"] = ""  # torch.cuda.is_available() is False: the snippet takes its CPU path
    return env


def run_snippet(
    snippet: Snippet, device: str, models_home: Path | None, extra_pythonpath=(), keep_figures: bool = False
) -> RunResult:
    timeout = snippet.timeout
    with tempfile.TemporaryDirectory(prefix="kb-snippet-") as tmp:
        record = Path(tmp) / "record.json"
        workdir = Path(tmp) / "cwd"
        workdir.mkdir()
        env = snippet_env(device, models_home, timeout, record, extra_pythonpath)
        start = time.monotonic()
        proc = subprocess.Popen(
            [snippet.python(), str(snippet.path)],
            cwd=workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        timed_out = False
        try:
            # the snippet's own faulthandler exits at `timeout` with a traceback; this is the backstop
            out, err = proc.communicate(timeout=timeout + 15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            timed_out = True
        duration = time.monotonic() - start
        stderr = err.decode("utf-8", "replace")
        if proc.returncode != 0 and re.search(r"^Timeout \(\d+:\d\d:\d\d", stderr, re.M):
            timed_out = True
        try:  # children of a timed-out snippet die with it
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        rec = json.loads(record.read_text()) if record.exists() else {}
        if keep_figures and proc.returncode == 0:
            from tests.harness import figures

            figures.keep(snippet, workdir)
    return RunResult(out.decode("utf-8", "replace"), stderr, proc.returncode, duration, timed_out, rec)


# ---------------------------------------------------------------- compare

NUMBER = re.compile(r"(?<![\w.])[-+]?(?:\d+\.\d+|\.\d+|\d+)(?:[eE][-+]?\d+)?(?!\w|\.\d)")


def _split(line: str) -> tuple[list[str], list[str]]:
    """A line as its text pieces and its numbers: 'a 1.5 b' → (['a ', ' b'], ['1.5'])."""
    return NUMBER.split(line), NUMBER.findall(line)


def tolerance(printed: str, ulps: int) -> float:
    """Tied to the printed precision: `ulps` units of the last printed digit. Integers are exact."""
    mantissa, _, exponent = printed.lower().partition("e")
    if "." not in mantissa and not exponent:
        return 0.0
    decimals = len(mantissa.partition(".")[2])
    return ulps * 10.0 ** (int(exponent or 0) - decimals) * (1 + 1e-9)


@dataclass
class Mismatch:
    line: int  # 1-based line in the .out
    expected: str
    actual: str
    detail: str


def compare(expected: str, actual: str, ulps: int = 1) -> Mismatch | None:
    exp_lines, act_lines = expected.splitlines(), actual.splitlines()
    for i in range(max(len(exp_lines), len(act_lines))):
        e = exp_lines[i] if i < len(exp_lines) else None
        a = act_lines[i] if i < len(act_lines) else None
        if e is None or a is None:
            what = "output has an extra line" if e is None else "output ends early: a line is missing"
            return Mismatch(i + 1, e or "", a or "", what)
        if e == a:
            continue
        (e_text, e_nums), (a_text, a_nums) = _split(e), _split(a)
        if e_text != a_text or len(e_nums) != len(a_nums):
            return Mismatch(i + 1, e, a, "text differs")
        for en, an in zip(e_nums, a_nums, strict=True):
            tol = min(tolerance(en, ulps), tolerance(an, ulps)) if ulps else 0.0
            ev, av = float(en), float(an)
            if not (math.isclose(ev, av, rel_tol=0, abs_tol=tol) or (math.isnan(ev) and math.isnan(av))):
                return Mismatch(
                    i + 1, e, a, f"number {an} differs from recorded {en} by {abs(av - ev):.3g} (tolerance {tol:.3g})"
                )
    return None


def unified_diff(expected: str, actual: str, out_name: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(), actual.splitlines(), f"{out_name} (recorded)", f"{out_name} (this run)", lineterm=""
    )
    return "\n".join(lines)


# ---------------------------------------------------------------- explain failures


def _snippet_line(snippet: Snippet, stderr: str, most_recent_first: bool) -> int | None:
    lines = [int(m) for m in re.findall(rf'File "{re.escape(str(snippet.path))}", line (\d+)', stderr)]
    if not lines:
        return None
    return lines[0] if most_recent_first else lines[-1]


def _tail(text: str, n: int = 40) -> str:
    return "\n".join(text.rstrip().splitlines()[-n:])


def explain_failure(snippet: Snippet, device: str, result: RunResult) -> str:
    where = snippet.display
    if result.timed_out:
        line = _snippet_line(snippet, result.stderr, most_recent_first=True)
        loc = f"{where}:{line}" if line else where
        return (
            f"{loc}: timed out after {snippet.timeout:g} s on {device} (it was running this line).\n"
            f"  fix: make it finish (a loop needs an end); if it is just slow, set `timeout = ...` under "
            f"[{snippet.path.stem}] in {snippet.path.parent.relative_to(snippet.root).as_posix()}/snippets.toml.\n"
            f"--- stderr ---\n{_tail(result.stderr)}"
        )
    line = _snippet_line(snippet, result.stderr, most_recent_first=False)
    loc = f"{where}:{line}" if line else where
    last = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else f"exit code {result.returncode}"
    if "NetworkBlockedError" in result.stderr:
        fix = "snippets run offline: load models by their public name from the fixture cache, use only loopback."
    elif device == "cpu" and re.search(r"CUDA|NVIDIA driver|cuda", last):
        fix = (
            "the snippet only works on a GPU; every snippet needs a CPU path: "
            'device = "cuda" if torch.cuda.is_available() else "cpu"'
        )
    else:
        fix = f"run it yourself: .venv/bin/python {where}"
    return f"{loc}: raised on {device}: {last}\n  fix: {fix}\n--- stderr ---\n{_tail(result.stderr)}"


def explain_mismatch(snippet: Snippet, device: str, recorded: str, result: RunResult, mismatch: Mismatch) -> str:
    out = snippet.out_path.relative_to(snippet.root).as_posix()
    return (
        f"{out}:{mismatch.line}: output of {snippet.display} on {device} differs from the recorded output: "
        f"{mismatch.detail}\n"
        f"  recorded: {mismatch.expected}\n"
        f"  this run: {mismatch.actual}\n"
        f"{unified_diff(recorded, result.stdout, out)}\n"
        f"  if the new output is right: {UPDATE_HINT.format(path=snippet.display)} and review `git diff {out}`"
    )


# ---------------------------------------------------------------- content-hash cache

CACHE_DEPENDENCIES = ("torch", "transformers", "tokenizers", "huggingface-hub", "numpy", "matplotlib")


def runtime_versions() -> dict:
    import importlib.metadata
    import platform

    versions = {"python": platform.python_version()}
    for dist in ("torch", "transformers"):
        try:
            versions[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            versions[dist] = None
    return versions


def _digest(parts: list[bytes]) -> str:
    import hashlib

    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little") + part)
    return h.hexdigest()


def _contents(snippet: Snippet, *more: Path) -> list[bytes]:
    """The snippet, its recorded output and its settings, then `more`, each as bytes."""
    paths = [snippet.path, snippet.out_path, snippet.path.parent / "snippets.toml", *more]
    return [path.read_bytes() if path.exists() else b"<missing>" for path in paths]


def cache_key(snippet: Snippet, device: str, models_recipe: str) -> str:
    """Everything a snippet's result depends on: its text, its recorded output, its settings, the
    model fixtures' recipe, the pinned dependencies and installed versions, and the harness itself."""
    import importlib.metadata
    import platform

    parts: list[bytes] = [device.encode(), models_recipe.encode(), platform.python_version().encode()]
    envs = sorted((REPO / "tests" / "envs").glob("*.txt"))
    parts += _contents(snippet, REPO / "pyproject.toml", Path(__file__), GUARD_DIR / "sitecustomize.py", *envs)
    for dist in CACHE_DEPENDENCIES:
        try:
            parts.append(importlib.metadata.version(dist).encode())
        except importlib.metadata.PackageNotFoundError:
            parts.append(b"-")
    return _digest(parts)


def content_key(snippet: Snippet, device: str) -> str:
    """What a passing run on another machine vouches for: the snippet, its recorded output, its
    settings and the stand-in models' recipe (tests/harness/models.py and the side environments'
    pins), but not this machine's library versions (a GPU machine has its own; the record names them)."""
    envs = sorted((REPO / "tests" / "envs").glob("*.txt"))
    return _digest([device.encode(), *_contents(snippet, Path(__file__).with_name("models.py"), *envs)])
