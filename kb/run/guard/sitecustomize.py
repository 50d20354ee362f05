"""Loaded into every snippet interpreter (this folder is put first on PYTHONPATH by the harness).

1. Network guard: any connection, DNS lookup or datagram to a non-loopback address fails at
   once with an error naming the host. The address is checked *before* any system call, so a
   refused attempt sends nothing. Set KB_ALLOW_HOSTS (comma-separated suffixes) to let the
   `--real-models` mode reach the Hugging Face hub.
2. Timeout: KB_SNIPPET_TIMEOUT seconds after start, the traceback of every thread is dumped to
   stderr and the interpreter exits, so a hanging snippet shows the line it hung on.
3. Run record: at exit, KB_RUN_RECORD (a path) receives which device torch really used.

In the warm parent of kb/run/zygote.py (KB_ZYGOTE=1) only 1. happens at start; each forked child calls arm().
"""

import atexit
import faulthandler
import ipaddress
import json
import os
import socket
import sys
import time

_ALLOWED_SUFFIXES = tuple(h.strip().lower() for h in os.environ.get("KB_ALLOW_HOSTS", "").split(",") if h.strip())


class NetworkBlockedError(ConnectionRefusedError):
    """Raised instead of opening a connection to a host outside this machine."""


def _is_loopback(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").lower()
    if host in ("localhost", "localhost.localdomain", "ip6-localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _check(host, port=None) -> None:
    if host is None or _is_loopback(host):
        return
    name = host.decode() if isinstance(host, bytes) else str(host)
    if _ALLOWED_SUFFIXES and name.lower().endswith(_ALLOWED_SUFFIXES):
        return
    where = f"{name}:{port}" if port is not None else name
    raise NetworkBlockedError(
        f"network access blocked by the snippet harness: tried to reach {where}. "
        "Snippets run offline: load models by name from the fixture cache "
        "(HF_HUB_OFFLINE=1) and use only loopback (127.0.0.1) for local servers."
    )


def _check_address(sock, address) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple):
        _check(address[0], address[1] if len(address) > 1 else None)


def _install_guard() -> None:
    sock_cls = socket.socket
    real_connect, real_connect_ex, real_sendto = sock_cls.connect, sock_cls.connect_ex, sock_cls.sendto
    real_getaddrinfo = socket.getaddrinfo

    def connect(self, address):
        _check_address(self, address)
        return real_connect(self, address)

    def connect_ex(self, address):
        _check_address(self, address)
        return real_connect_ex(self, address)

    def sendto(self, data, *args):
        _check_address(self, args[-1])
        return real_sendto(self, data, *args)

    def getaddrinfo(host, port, *args, **kwargs):
        _check(host, port)
        return real_getaddrinfo(host, port, *args, **kwargs)

    sock_cls.connect, sock_cls.connect_ex, sock_cls.sendto = connect, connect_ex, sendto
    socket.getaddrinfo = getaddrinfo


def _install_timeout() -> None:
    seconds = float(os.environ.get("KB_SNIPPET_TIMEOUT", "0") or 0)
    if seconds > 0:
        faulthandler.dump_traceback_later(seconds, exit=True)


def _write_run_record(path: str, started: float) -> None:
    ended = time.monotonic()
    torch = sys.modules.get("torch")
    import importlib.metadata
    import platform

    versions = {"python": platform.python_version()}
    for dist in ("torch", "transformers"):  # as this interpreter sees them (side environments differ)
        try:
            versions[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            versions[dist] = None
    # when the snippet's first line ran and when it finished (the system-wide monotonic clock: the runner
    # subtracts its own launch time to tell the start-up of the interpreter or fork from the snippet itself)
    record = {
        "torch_imported": torch is not None,
        "cuda_used": False,
        "versions": versions,
        "started": started,
        "ended": ended,
    }
    if torch is not None:
        try:
            record["cuda_used"] = bool(torch.cuda.is_initialized())
            versions["torch"] = torch.__version__  # the build too: 2.11.0+cu130 rather than 2.11.0
            if record["cuda_used"]:
                record["gpu"] = torch.cuda.get_device_name()
                versions["cuda"] = torch.version.cuda
        except Exception:  # noqa: BLE001 - a half-imported torch must not mask the snippet's own error
            pass
    with open(path, "w", encoding="utf-8") as f:
        json.dump(record, f)


def arm() -> None:
    """The per-snippet part: the timeout and the run record. At interpreter start for a plain run; in each
    forked child for a run from the warm parent (kb/run/zygote.py), which only installs the network guard."""
    started = time.monotonic()
    _install_timeout()
    # popped, so that child processes (multiprocessing) do not overwrite the main one's record
    record_path = os.environ.pop("KB_RUN_RECORD", None)
    if record_path:
        atexit.register(_write_run_record, record_path, started)


if os.environ.get("KB_SNIPPET_GUARD") == "1":
    _install_guard()
    sys._kb_arm = arm  # for the warm parent's children, however this module was loaded
    if os.environ.get("KB_ZYGOTE") != "1":
        arm()
