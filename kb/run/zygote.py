"""Pay for imports once: a warm parent (zygote_server.py) that has imported torch, transformers, numpy and
matplotlib, without initialising CUDA, forks a fresh child per snippet. The child is a process of its own with
the snippet's environment, working directory, timeout, run record and network guard, and prints what
`python snippet.py` prints (tests/test_warm.py compares the two paths on a representative set).

A snippet that cannot run this way (a side environment; `plain = true` in snippets.toml, e.g. it starts
processes by spawn and depends on a fresh interpreter) runs the plain way. KB_WARM_PARENT=0 switches it off.
A snippet that imports none of the preloaded modules gains nothing from it (a plain run of such a script costs
what a fork does): verification runs it the plain way, so a run that only needs such snippets (one changed
snippet) never waits for the warm parent to start (seconds: importing torch and transformers).
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kb.run.snippet import imports_any
from kb.run.zygote_server import PRELOAD

SERVER = Path(__file__).with_name("zygote_server.py")
# set per child (they differ between snippets and devices); everything else is the parent's environment
PER_CHILD = ("CUDA_VISIBLE_DEVICES", "KB_SNIPPET_TIMEOUT", "KB_RUN_RECORD")
# the top-level packages the warm parent imports: a snippet that imports one of them starts faster forked
PRELOADED = tuple(dict.fromkeys(name.split(".")[0] for name in PRELOAD))


class ZygoteError(RuntimeError):
    pass


class Zygote:
    """One warm parent for a test worker and a set of models; started on first use, stopped by close()."""

    def __init__(self, env: dict[str, str], prefix: list[str]) -> None:
        self.env = {k: v for k, v in env.items() if k not in PER_CHILD}
        self.env.update(KB_ZYGOTE="1", PYTORCH_NVML_BASED_CUDA_CHECK="1")  # is_available() without CUDA init
        self.prefix = prefix
        self.proc: subprocess.Popen[str] | None = None
        self.ready: dict[str, Any] = {}
        self.log = Path(tempfile.mkstemp(prefix="kb-warm-parent-", suffix=".log")[1])  # its stderr, for errors

    def start(self) -> float:
        """Start the warm parent unless it runs; the seconds that took (0 when it was running)."""
        began = time.monotonic()
        self._start()
        return time.monotonic() - began

    def _start(self) -> subprocess.Popen[str]:
        if self.proc is not None and self.proc.poll() is None:
            return self.proc
        with self.log.open("w") as log:  # the child keeps its own copy of the descriptor
            self.proc = subprocess.Popen(
                [*self.prefix, sys.executable, str(SERVER)],
                env=self.env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                cwd="/",
            )
        self.ready = self._read(self.proc, 300).get("ready", {})
        if self.ready.get("cuda_initialised"):
            self.close()
            raise ZygoteError("the warm parent initialised CUDA while importing: children could not use it")
        return self.proc

    @staticmethod
    def _read(proc: subprocess.Popen[str], timeout: float) -> dict[str, Any]:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], timeout)
        line = proc.stdout.readline() if ready else ""
        if not line:
            raise ZygoteError("the warm parent stopped answering")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def run(self, path: Path, cwd: Path, env: dict[str, str], timeout: float) -> tuple[int, bool, str, str]:
        """(exit code, timed out, stdout, stderr) of `path` run in a forked child. When the warm parent itself
        breaks (it stops answering, or answers out of turn), it is stopped, so that the next run starts a fresh
        one, and ZygoteError says what happened with the end of its stderr."""
        try:
            return self._run(path, cwd, env, timeout)
        except (ZygoteError, KeyError, ValueError, OSError) as e:
            self.close(kill=True)
            tail = self.log.read_text(errors="replace")[-1500:].strip() if self.log.exists() else ""
            raise ZygoteError(
                f"the warm parent failed ({type(e).__name__}: {e}); its stderr ends: {tail or '(empty)'}"
            ) from e

    def _run(self, path: Path, cwd: Path, env: dict[str, str], timeout: float) -> tuple[int, bool, str, str]:
        proc = self._start()
        assert proc.stdin is not None
        out, err = cwd.parent / "stdout", cwd.parent / "stderr"
        child_env = {k: env[k] for k in PER_CHILD if k in env}
        unset = [k for k in PER_CHILD if k not in env] + ["KB_ZYGOTE", "PYTORCH_NVML_BASED_CUDA_CHECK"]
        request = {"path": str(path), "cwd": str(cwd), "stdout": str(out), "stderr": str(err)}
        proc.stdin.write(json.dumps({**request, "env": child_env, "unset": unset}) + "\n")
        proc.stdin.flush()
        pid = int(self._read(proc, 60)["pid"])
        timed_out = False
        deadline = time.monotonic() + timeout + 15  # the child's own faulthandler exits at `timeout`
        try:
            status = int(self._read(proc, max(1.0, deadline - time.monotonic()))["status"])
        except ZygoteError:  # the backstop: the child hangs past its own timeout
            timed_out = True
            _kill(pid)
            status = int(self._read(proc, 30)["status"])
        _kill(pid)  # children of the snippet die with it, as in a plain run
        return status, timed_out, _text(out), _text(err)

    def close(self, kill: bool = False) -> None:
        if self.proc is not None:
            if kill:
                self.proc.kill()
            if self.proc.stdin:
                try:
                    self.proc.stdin.close()
                except OSError:  # it died with a request unread
                    pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            self.proc = None
        if not kill:  # a failure's message reads the log after the kill; a normal close removes it
            self.log.unlink(missing_ok=True)


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "replace") if path.exists() else ""


def _kill(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def worth_it(source: str) -> bool:
    """Whether a snippet starts faster forked from the warm parent: it imports a module the parent preloaded."""
    return imports_any(source, PRELOADED)


def enabled() -> bool:
    return os.environ.get("KB_WARM_PARENT", "1") != "0"
