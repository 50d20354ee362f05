"""Offline by any route: each snippet runs in a network namespace of its own whose only device is an up
loopback, so no program it starts (Python, curl, git, pip, …) has a route to any other host. The Python
guard (guard/sitecustomize.py) stays for its clear message naming the host; the namespace is the guarantee.

`unshare --net` (root) or `unshare --net --map-root-user` (an unprivileged user namespace) makes the
namespace; a tiny bootstrap brings `lo` up (an ioctl, no iproute2 needed) and execs the snippet's interpreter.
Where no namespace can be made (a machine that forbids user namespaces), `namespace()` says why; the run
falls back to the Python guard, says so once in the report and the summary, and CI fails (tests/test_engine_run.py).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys

# brings loopback up inside the new namespace, then becomes the snippet's interpreter (argv[1:])
LOOPBACK_UP = (
    "import fcntl, os, socket, struct, sys\n"
    "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
    'ifr = struct.pack("16sH14s", b"lo", 0, b"")\n'
    'flags = struct.unpack("16sH14s", fcntl.ioctl(s, 0x8913, ifr))[1]  # SIOCGIFFLAGS\n'
    'fcntl.ioctl(s, 0x8914, struct.pack("16sH14s", b"lo", flags | 1, b""))  # SIOCSIFFLAGS: IFF_UP\n'
    "s.close()\n"
    "os.execv(sys.argv[1], sys.argv[1:])\n"
)
PROBE = (
    "import socket; s = socket.create_server(('127.0.0.1', 0)); socket.create_connection(s.getsockname()); print('ok')"
)
DESCRIPTION = "network namespace (loopback only)"


def prefix() -> list[str]:
    """The command that runs a program in a fresh network namespace with only loopback (before its argv)."""
    unshare = shutil.which("unshare") or "unshare"
    user = [] if os.geteuid() == 0 else ["--map-root-user"]
    # -S -E: the bootstrap imports no site packages and reads no PYTHON* variables (not the guard either)
    return [unshare, "--net", *user, sys.executable, "-S", "-E", "-c", LOOPBACK_UP]


@functools.cache
def namespace() -> str | None:
    """None when snippets run isolated here; otherwise why they cannot (KB_NETNS=0 switches it off)."""
    if os.environ.get("KB_NETNS") == "0":
        return "switched off with KB_NETNS=0"
    if not shutil.which("unshare"):
        return "no `unshare` (util-linux) on this machine"
    try:
        proc = subprocess.run(
            [*prefix(), sys.executable, "-S", "-c", PROBE], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unshare failed: {e}"
    if proc.returncode != 0 or proc.stdout.strip() != "ok":
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return (
            f"unshare --net failed ({last}); on Ubuntu: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0"
        )
    return None


def describe() -> str:
    """How this run's snippets are kept offline, for the report and the summary."""
    why = namespace()
    return DESCRIPTION if why is None else f"python guard only (no network namespace: {why})"
