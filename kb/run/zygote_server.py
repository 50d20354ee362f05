"""The warm parent's own code (run as a script by kb/run/zygote.py, inside the snippets' environment: the network
namespace, PYTHONHASHSEED=0, offline models, the network guard). It imports the heavy modules once, without
initialising CUDA, then forks one child per request. A child becomes `python snippet.py` as closely as Python
allows: its own session, working directory, stdin/stdout/stderr, environment, argv, sys.path[0] and a fresh
`__main__`; the guard's timeout and run record are armed in it; freshly seeded `random` and numpy generators.

Protocol (JSON lines): stdin {"path", "cwd", "stdout", "stderr", "env": {...}, "unset": [...]} →
stdout {"pid": N} at once, then {"status": exit code} when the child ends; first line {"ready": {...}}.
Stdlib only at the top: this file must start fast and must not be imported by anything else.
"""

import builtins
import importlib
import json
import os
import sys
import time
import types

PRELOAD = (
    "numpy",
    "torch",
    "torch.nn",
    "matplotlib",
    "matplotlib.pyplot",
    "transformers",
    "transformers.models.bert.modeling_bert",
    "transformers.models.bert.tokenization_bert",
)


def _preload() -> dict:
    started = time.monotonic()
    loaded = []
    for name in PRELOAD:
        try:
            importlib.import_module(name)
            loaded.append(name)
        except ImportError:
            pass
    torch = sys.modules.get("torch")
    cuda = bool(torch is not None and torch.cuda.is_initialized())  # a forked child cannot use a CUDA parent's
    return {"modules": loaded, "seconds": round(time.monotonic() - started, 2), "cuda_initialised": cuda}


def _child(request: dict) -> None:
    """Become the snippet (never returns: it ends as `python snippet.py` would end)."""
    os.setsid()
    os.chdir(request["cwd"])
    null = os.open(os.devnull, os.O_RDONLY)
    out = os.open(request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    err = os.open(request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    for fd, target in ((null, 0), (out, 1), (err, 2)):
        os.dup2(fd, target)
        os.close(fd)
    for key in request.get("unset", []):
        os.environ.pop(key, None)
    os.environ.update(request["env"])
    import random

    # a fresh interpreter seeds these from the OS: the children must not share the parent's state
    random.seed()
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed()
    if "torch" in sys.modules:
        sys.modules["torch"].seed()  # CUDA's generators are seeded lazily: no CUDA initialisation here
    arm = getattr(sys, "_kb_arm", None)
    if arm is not None:
        arm()  # the snippet's timeout and run record (kb/run/guard/sitecustomize.py)
    path = request["path"]
    sys.argv = [path]
    sys.path[0] = os.path.dirname(path)
    main = types.ModuleType("__main__")
    main.__dict__.update(__file__=path, __builtins__=builtins, __cached__=None)
    sys.modules["__main__"] = main
    with open(path, "rb") as f:
        code = compile(f.read(), path, "exec")
    try:
        exec(code, main.__dict__)
        status = 0
    except SystemExit as e:
        status = _exit_code(e)
    except BaseException as e:  # noqa: BLE001 - reported as `python snippet.py` reports it
        tb = e.__traceback__.tb_next if e.__traceback__ is not None else None  # without this file's frame
        sys.excepthook(type(e), e.with_traceback(tb), tb)
        status = 1
    _finish(status)


def _exit_code(e: SystemExit) -> int:
    """As the interpreter maps SystemExit to an exit status (a message is printed, status 1)."""
    if e.code is None:
        return 0
    if isinstance(e.code, int):
        return e.code
    print(e.code, file=sys.stderr)
    return 1


def _finish(status: int) -> None:
    """What the interpreter does at exit that a snippet can observe: wait for its threads, run its atexit
    handlers, flush its output. Then leave without tearing down the preloaded modules (about a second of
    finalising torch and transformers, which `python snippet.py` also pays but no snippet can see)."""
    import atexit
    import threading

    threading._shutdown()  # type: ignore[attr-defined]
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)


def serve() -> None:
    ready = _preload()
    print(json.dumps({"ready": ready}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(request)  # raises SystemExit: the child ends as the snippet ends
        print(json.dumps({"pid": pid}), flush=True)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"status": os.waitstatus_to_exitcode(status)}), flush=True)


if __name__ == "__main__":
    serve()
