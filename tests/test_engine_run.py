"""The engine's run tests (`make check`): comparison rules, the network guard and its recorder control, the network
namespace every snippet runs in, locked wheels placed by hash, and where a run's time went."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap

import pytest

from kb.paths import REPO
from kb.run import compare, process
from kb.run.snippet import discover
from tests.test_mistakes import _write, recorder_env

# ---------------------------------------------------------------- comparison rules


@pytest.mark.parametrize(
    ("recorded", "actual", "same"),
    [
        ("loss 0.1234", "loss 0.1235", True),  # one unit in the last printed digit
        ("loss 0.1234", "loss 0.1236", False),
        ("x 1.50e-05", "x 1.51e-05", True),
        ("x 1.50e-05", "x 1.53e-05", False),
        ("torch.Size([2, 10, 768])", "torch.Size([2, 10, 769])", False),  # integers are exact
        ("-0.0000", "0.0000", True),
        ("版本 2.13.0", "版本 2.14.0", False),  # not a number: compared as text
        ("a\nb", "a", False),
        ("a", "a\nb", False),
    ],
)
def test_compare(recorded, actual, same):
    assert (compare.compare(recorded, actual) is None) is same


def test_compare_ulps_setting():
    assert compare.compare("0.1234", "0.1236", ulps=2) is None
    assert compare.compare("0.1234", "0.1235", ulps=0) is not None


def test_mismatch_names_line_and_values():
    m = compare.compare("a 1\nb 0.50\nc", "a 1\nb 0.60\nc")
    assert m.line == 2 and "0.60" in m.detail and "0.50" in m.detail


# ---------------------------------------------------------------- the network guard


def test_recorder_catches_what_the_guard_lets_through(tmp_path):
    """Control for tests/test_mistakes.py::test_network_never_left_the_machine: with the guard switched off, the
    recorder does see the attempt."""
    env, log = recorder_env(tmp_path, PYTHONPATH=str(tmp_path), KB_SNIPPET_GUARD="0")
    code = 'import socket\ntry:\n    socket.create_connection(("192.0.2.1", 80), timeout=1)\nexcept OSError as e:\n    print(e)'
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert "recorder: a real network call was suppressed" in out.stdout
    assert "192.0.2.1" in log.read_text()


def test_guard_blocks_names_and_allows_loopback(tmp_path):
    code = textwrap.dedent(
        """
        import socket
        server = socket.create_server(("127.0.0.1", 0))
        client = socket.create_connection(server.getsockname(), timeout=5)
        print("loopback ok")
        try:
            socket.getaddrinfo("example.com", 443)
        except ConnectionRefusedError as e:
            print(type(e).__name__, e)
        """
    )
    (tmp_path / "snippets" / "n").mkdir(parents=True)
    (tmp_path / "snippets" / "n" / "net.py").write_text(code)
    snippet = discover(tmp_path)[0]
    result = process.run_snippet(snippet, "cpu", tmp_path / "models")
    assert "loopback ok" in result.stdout
    assert (
        "NetworkBlockedError network access blocked by the snippet harness: tried to reach example.com:443"
        in result.stdout
    )


# ---------------------------------------------------------------- offline by any route (network namespace)


def test_snippets_run_in_a_network_namespace():
    """Every snippet runs where no route leaves the machine. A machine that cannot make a namespace falls back to
    the Python guard and says so; CI must never lose the guarantee silently."""
    from kb.run import isolation

    why = isolation.namespace()
    if os.environ.get("CI", "").lower() in ("1", "true"):
        assert why is None, f"CI cannot isolate the snippets from the network: {why}"
    elif why is not None:
        pytest.skip(f"snippets fall back to the Python guard here: {why}")


# Each case first checks that it is inside the namespace (loopback is the only network device) and stops before
# trying anything if it is not: these tests can never send a packet off the machine, even if isolation broke.
ONLY_LOOPBACK = (
    "import subprocess, sys\n\n"
    "devices = [line.split(':')[0].strip() for line in open('/proc/net/dev').read().splitlines()[2:]]\n"
    "if devices != ['lo']:\n    sys.exit(f'not isolated: network devices {devices}')\n"
)
NO_ROUTE = {
    # curl, a program the guard cannot see: no name resolves, no route exists
    "curl": (
        'subprocess.run(["curl", "-sS", "-m", "5", "https://example.com/"], check=True)\n',
        "Could not resolve host: example.com",
    ),
    # a Python child started without the guard (-S -E): the namespace alone refuses, before any packet
    "child": (
        "code = \"import socket; socket.create_connection(('192.0.2.1', 80), timeout=5)\"\n"
        'subprocess.run([sys.executable, "-S", "-E", "-c", code], check=True)\n',
        "Network is unreachable",
    ),
    # name resolution in a child without the guard
    "dns": (
        "code = \"import socket; socket.getaddrinfo('example.com', 443)\"\n"
        'subprocess.run([sys.executable, "-S", "-E", "-c", code], check=True)\n',
        "Temporary failure in name resolution",
    ),
}


@pytest.mark.parametrize("case", NO_ROUTE)
def test_no_route_out_of_a_snippet(tmp_path, case):
    from kb.run import isolation
    from kb.run.explain import explain_failure

    if isolation.namespace() is not None:  # never try these without the namespace
        pytest.skip(f"no network namespace here: {isolation.namespace()}")
    code, expected = NO_ROUTE[case]
    _write(tmp_path, f"snippets/n/{case}.py", ONLY_LOOPBACK + code)
    snippet = discover(tmp_path)[0]
    result = process.run_snippet(snippet, "cpu", tmp_path / "models")  # offline models: the isolated path
    assert "not isolated" not in result.stderr, result.stderr
    assert result.returncode != 0 and expected in result.stderr, result.stderr[-2000:]
    message = str(explain_failure(snippet, "cpu", result))
    assert message.startswith(f"snippets/n/{case}.py") and "network namespace whose only device is loopback" in message
    assert expected in message, message


def test_loopback_works_in_the_namespace(tmp_path):
    """A snippet that serves and connects on 127.0.0.1 (the producer/consumer page does) still runs."""
    code = (
        "import socket, subprocess, sys\n\nsrv = socket.create_server(('127.0.0.1', 0))\n"
        "port = srv.getsockname()[1]\n"
        "child = subprocess.Popen([sys.executable, '-c', f\"import socket; socket.create_connection(('127.0.0.1', {port})).sendall(b'hi')\"])\n"
        "conn, _ = srv.accept()\nprint(conn.recv(2).decode())\nchild.wait()\n"
    )
    _write(
        tmp_path,
        "snippets/n/loop.py",
        ONLY_LOOPBACK + code.replace("import socket, subprocess, sys\n\n", "import socket\n"),
    )
    result = process.run_snippet(discover(tmp_path)[0], "cpu", tmp_path / "models")
    assert result.stdout == "hi\n", result.stderr


def test_locked_wheels_are_placed_by_hash(tmp_path, monkeypatch):
    """uv.lock takes torch on Linux x86-64 from wheels/ with a locked hash; kb/tools/wheels.py links a file of
    that hash from pip's local wheel folder, and never uses a file whose hash differs (it would download)."""
    from kb.tools import wheels

    locked = wheels.locked_files(REPO / "uv.lock")
    assert [rel for rel, _ in locked] == ["wheels/torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl"]
    assert all(len(digest) == 64 for _, digest in locked)

    folder = tmp_path / "local-wheels"
    folder.mkdir()
    (folder / "pkg-1.0-py3-none-any.whl").write_bytes(b"the wheel")
    monkeypatch.setattr(wheels, "REPO", tmp_path / "repo")
    monkeypatch.setattr(wheels, "pip_wheel_folders", lambda: [folder])
    good = hashlib.sha256(b"the wheel").hexdigest()
    assert wheels.place("wheels/pkg-1.0-py3-none-any.whl", good) == f"linked from {folder}"
    assert wheels.place("wheels/pkg-1.0-py3-none-any.whl", good) == "already in place"

    monkeypatch.setattr(wheels, "INDEX", "http://127.0.0.1:9/none")  # nothing listens on the discard port
    with pytest.raises(OSError):  # the local file has another hash: it is not used, and the download fails
        wheels.place("wheels/pkg-1.0-py3-none-any.whl", "0" * 64)


def test_figures_first_and_the_site_last():
    """The plugin's run order (kb/pytest_plugin/suite.py run_order): the snippets that draw figures come first and the
    tests that need the built site last, so a fresh checkout's site build does not draw every figure a second time."""
    from kb.run.figures import makes_figures
    from kb.run.snippet import Snippet

    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:xdist"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    ids = [line for line in proc.stdout.splitlines() if "::" in line]
    drawing = [i for i in ids if i.startswith("snippets/") and makes_figures(Snippet(REPO, REPO / i.split("::")[0]))]
    site = [i for i in ids if i.startswith(("tests/test_site.py", "tests/test_browser"))]
    assert len(drawing) >= 28 and len(site) > 60, (len(drawing), len(site))
    assert ids[: len(drawing)] == drawing  # every figure-drawing snippet before anything else
    assert ids[-len(site) :] == site  # every test of the built site after everything else
