"""Run one snippet in a fresh interpreter of its own: in a network namespace with only loopback
(kb/run/isolation.py), offline models, the network guard and a timeout (kb/run/guard/sitecustomize.py),
a seeded hash, UTF-8, its own empty working directory."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.run import isolation
from kb.run.snippet import Snippet
from kb.run.zygote import Zygote, ZygoteError
from kb.run.zygote import enabled as zygote_enabled

GUARD_DIR = Path(__file__).resolve().parent / "guard"


@dataclass
class RunResult:
    stdout: str
    stderr: str
    returncode: int
    duration: float
    timed_out: bool
    record: dict[str, Any] = field(default_factory=dict)

    def phases(self) -> dict[str, float]:
        """Where the run's time went, when the snippet reached its end, each phase from its own two timestamps on
        the system-wide monotonic clock: `startup_s` from the launch until its first line ran (a fresh
        interpreter, or a fork of the warm parent), `snippet_s` its own code (imports and atexit handlers
        included), `exit_s` from then until the runner saw the process end (the interpreter's teardown, the
        reaping); `parent_start_s` on the run that started the warm parent, the seconds it took to import torch
        and the rest (not part of `duration`). `duration` is timed apart, and also covers the runner's reading
        of the result: the phases add up to it within kb.run.report.PHASE_TOLERANCE_S (phase_problems)."""
        rec = self.record
        if not {"launched", "started", "ended", "reaped"} <= rec.keys():
            return {}
        phases = {
            "startup_s": rec["started"] - rec["launched"],
            "snippet_s": rec["ended"] - rec["started"],
            "exit_s": rec["reaped"] - rec["ended"],
        }
        return phases | ({"parent_start_s": rec["parent_start"]} if rec.get("parent_start") else {})


def snippet_env(
    device: str, models_home: Path | None, timeout: float, record: Path, extra_pythonpath: Iterable[Path | str] = ()
) -> dict[str, str]:
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


def _isolated(models_home: Path | None) -> list[str]:
    """The network namespace prefix, except with --real-models (they come from the hub: the guard lets only its
    hosts through)."""
    return isolation.prefix() if models_home is not None and isolation.namespace() is None else []


def run_snippet(
    snippet: Snippet,
    device: str,
    models_home: Path | None,
    extra_pythonpath: Iterable[Path | str] = (),
    on_success: Callable[[Path], object] | None = None,
    warm: Zygote | None = None,
) -> RunResult:
    """Run it, forked from the warm parent `warm` when given and the snippet allows it, else as a fresh
    interpreter; `on_success(workdir)` sees the files a passing run wrote (its figures) before they go."""
    timeout = snippet.timeout
    with tempfile.TemporaryDirectory(prefix="kb-snippet-") as tmp:
        record = Path(tmp) / "record.json"
        workdir = Path(tmp) / "cwd"
        workdir.mkdir()
        env = snippet_env(device, models_home, timeout, record, extra_pythonpath)
        forked = warm is not None and runs_warm(snippet)
        parent_start, warm_failed = 0.0, ""
        if warm is not None and forked:
            try:
                parent_start = warm.start()  # once per warm parent, not part of this run
                start = time.perf_counter()  # the run's wall clock, apart from the phases' timestamps
                launched = time.monotonic()
                status, timed_out, stdout, stderr = warm.run(snippet.path, workdir, env, timeout)
                reaped = time.monotonic()  # the warm parent has reported the child's exit
            except ZygoteError as e:  # the warm parent broke, not the snippet: run it the plain way, and say so
                forked, warm_failed = False, str(e)
                shutil.rmtree(workdir)
                workdir.mkdir()
                record.unlink(missing_ok=True)
        if not forked:
            # the first isolated run probes for a network namespace here (an unshare): not part of the run
            cmd = [*_isolated(models_home), snippet.python(), str(snippet.path)]
            start = time.perf_counter()
            status, timed_out, stdout, stderr, (launched, reaped) = _run_plain(cmd, workdir, env, timeout)
        if status != 0 and re.search(r"^Timeout \(\d+:\d\d:\d\d", stderr, re.M):
            timed_out = True
        rec = json.loads(record.read_text()) if record.exists() else {}
        duration = time.perf_counter() - start  # until the result is read: the phases' sum, and a little
        rec.update(warm=forked, launched=launched, reaped=reaped, parent_start=parent_start)
        if warm_failed:
            rec["warm_failed"] = warm_failed
        if on_success is not None and status == 0:
            on_success(workdir)
    return RunResult(stdout, stderr, status, duration, timed_out, rec)


def runs_warm(snippet: Snippet) -> bool:
    """Forked from the warm parent, unless it runs in a side environment or says `plain = true`."""
    return not snippet.config.get("env") and not snippet.config.get("plain", False)


def _run_plain(
    cmd: list[str], workdir: Path, env: dict[str, str], timeout: float
) -> tuple[int, bool, str, str, tuple[float, float]]:
    """(exit code, timed out, stdout, stderr, (launched, reaped) on the monotonic clock the snippet's record uses)."""
    launched = time.monotonic()
    proc = subprocess.Popen(
        cmd,
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
    reaped = time.monotonic()
    try:  # children of a snippet die with it
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    stdout, stderr = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    return proc.returncode, timed_out, stdout, stderr, (launched, reaped)


def warm_parent(models_home: Path | None) -> Zygote | None:
    """A warm parent for this process's snippet runs (None with --real-models, or KB_WARM_PARENT=0)."""
    if models_home is None or not zygote_enabled():
        return None
    return Zygote(snippet_env("cuda", models_home, 0, Path(os.devnull)), _isolated(models_home))
