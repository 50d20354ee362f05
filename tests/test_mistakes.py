"""Every mistake a contributor can make, in one broken tree, fails clearly (file:line, what, how to fix) and
once, without hiding the other results.

Broken pages and snippets are built in a temporary tree (never in the real docs) and verified by a
nested pytest run with --kb-root. The network case runs with a recorder in place of the real
socket calls, so nothing can leave the machine even if the guard were broken.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kb.paths import REPO
from kb.run import process

RECORDER = '''
"""Test-only sitecustomize: real socket calls are replaced by a recorder, then the guard is loaded on top."""
import importlib.util, os, socket

LOG = os.environ["KB_RECORDER_LOG"]
with open(LOG, "a") as f:  # proof that the recorder stood in this process (else the test below proves nothing)
    f.write("loaded\\n")


def _recorder(kind):
    def call(*args, **kwargs):
        with open(LOG, "a") as f:
            f.write(f"{kind} {args!r}\\n")
        raise OSError("recorder: a real network call was suppressed")
    return call


for name in ("connect", "connect_ex", "sendto"):
    setattr(socket.socket, name, _recorder(name))
socket.getaddrinfo = _recorder("getaddrinfo")

spec = importlib.util.spec_from_file_location("kb_guard", os.environ["KB_GUARD_FILE"])
spec.loader.exec_module(importlib.util.module_from_spec(spec))
'''


# ---------------------------------------------------------------- bad input, end to end

BROKEN_PAGE = """\
# 测试页

--8<-- "t/x/good.py"

--8<-- "t/x/mismatch.py"

--8<-- "t/x/raises.py"

--8<-- "t/x/hangs.py"

--8<-- "t/x/network.py"

--8<-- "t/x/missing.py"

```python
print("这段代码没人运行")
```

```python
--8<-- "t/x/good.py"
```

--8<-- "t/x/undeclared.py"
"""


def recorder_env(folder: Path, **extra: str) -> tuple[dict[str, str], Path]:
    """An environment whose sitecustomize (in `folder`) replaces real socket calls by a recorder, then loads the
    guard; and the recorder's log."""
    (folder / "sitecustomize.py").write_text(RECORDER)
    log = folder / "calls.log"
    env = {
        **os.environ,
        "KB_RECORDER_LOG": str(log),
        "KB_GUARD_FILE": str(process.GUARD_DIR / "sitecustomize.py"),
        **extra,
    }
    return env, log


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.fixture(scope="module")
def broken_tree(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("kb")
    _write(root, "docs/page.md", BROKEN_PAGE)
    _write(root, "snippets/t/x/good.py", 'print("ok", 1.5)\n')
    _write(root, "snippets/t/x/good.out", "ok 1.5\n")
    _write(root, "snippets/t/x/mismatch.py", 'print("a")\nprint("value", 2)\n')
    _write(root, "snippets/t/x/mismatch.out", "a\nvalue 1\n")  # a stale recording
    _write(root, "snippets/t/x/raises.py", 'print("start")\nx = 0\nprint(1 / x)\n')
    _write(root, "snippets/t/x/raises.out", "start\n")
    _write(root, "snippets/t/x/hangs.py", "import threading\n\nthreading.Event().wait()  # never set\n")
    _write(root, "snippets/t/x/snippets.toml", "[hangs]\ntimeout = 2\n")
    # decided before any system call: a literal address from TEST-NET-1 (RFC 5737), never a name
    _write(root, "snippets/t/x/network.py", 'import socket\n\nsocket.create_connection(("192.0.2.1", 80), timeout=1)\n')
    _write(root, "snippets/t/x/orphan.py", 'print("nobody includes me")\n')
    _write(  # a model nobody declared in models/: the fix, never the hub's network error
        root,
        "snippets/t/x/undeclared.py",
        'from transformers import AutoTokenizer\n\ntok = AutoTokenizer.from_pretrained("no-org/no-model")\n',
    )
    (root / "snippets/t/x/latin1.py").write_bytes(b'print("caf\xe9")\n')  # saved as Latin-1, not UTF-8
    (root / "docs/bom.md").write_bytes("\ufeff# 带 BOM 的页面\n".encode())
    _write(root, "snippets/t/x/cuda_only.py", 'import torch\n\nx = torch.zeros(1, device="cuda")\nprint(x)\n')
    _write(  # Chinese drawn with a font that has no CJK glyphs: boxes in the figure
        root,
        "snippets/t/x/glyph.py",
        'import matplotlib.pyplot as plt\n\nplt.rcParams["font.family"] = "DejaVu Sans"\n'
        'plt.title("中文标题")\nplt.savefig("glyph.svg")\n',
    )
    return root


@pytest.fixture(scope="module")
def nested_run(broken_tree, tmp_path_factory):
    recorder_dir = tmp_path_factory.mktemp("recorder")
    env, log = recorder_env(recorder_dir, KB_EXTRA_PYTHONPATH=str(recorder_dir))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:xdist",
            "-p",
            "no:randomly",
            "-rA",
            "--tb=line",
            f"--kb-root={broken_tree}",
            str(broken_tree / "snippets"),
            str(broken_tree / "docs"),
            "tests/test_pages.py",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return proc, log, broken_tree


def _node(rel: str, name: str) -> str:
    """How pytest names a test of the nested run's tree: the plugin's items are `<file>::<name>`, the file relative to
    the folder given on the command line (the tree's snippets/ or docs/)."""
    return f"{rel.split('/', 1)[1]}::{name}"


def test_bad_input_fails_the_run(nested_run):
    proc, *_ = nested_run
    assert proc.returncode == 1, proc.stdout[-3000:]


def test_good_snippet_still_passes(nested_run):
    proc, *_ = nested_run
    passed = [line.split()[1] for line in proc.stdout.splitlines() if line.startswith("PASSED ")]
    assert [node for node in passed if "t/x/good.py" in node] == [_node("snippets/t/x/good.py", "cpu")], passed


@pytest.mark.parametrize(
    "expected",
    [
        # include of a missing snippet: page file and line, what, how to fix
        "docs/page.md:13: include of missing snippet t/x/missing.py: create snippets/t/x/missing.py",
        # output differs from .out: the .out line, both values, the command that accepts the new output
        "snippets/t/x/mismatch.out:2: output of snippets/t/x/mismatch.py on cpu differs from the recorded output",
        "recorded: value 1",
        "this run: value 2",
        "make update SNIPPET=snippets/t/x/mismatch.py",
        # an exception: the snippet's line
        "snippets/t/x/raises.py:3: raised on cpu: ZeroDivisionError: division by zero",
        # a hang: the line it was stuck on, and where to raise the timeout
        "snippets/t/x/hangs.py:3: timed out after 2 s on cpu",
        "set `timeout = ...` under [hangs] in snippets/t/x/snippets.toml",
        # network: blocked, naming the host
        "snippets/t/x/network.py:3: raised on cpu: ",
        "network access blocked by the snippet harness: tried to reach 192.0.2.1:80",
        # an inline Python fence
        "docs/page.md:15: inline Python fence: nothing checks it",
        # the include line written inside a fence
        "docs/page.md:20: write the include line on its own, outside the code fence",
        # an orphan snippet
        "snippets/t/x/orphan.py:1: orphan snippet: no page includes it",
        # a snippet without a recorded output
        "snippets/t/x/orphan.py:1: no recorded output orphan.out",
        # encodings: a BOM, bytes that are not UTF-8
        "docs/bom.md:1: file starts with a UTF-8 BOM: save it as UTF-8 without BOM",
        "snippets/t/x/latin1.py:1: not valid UTF-8 (invalid continuation byte): save the file as UTF-8",
        # a snippet that only works on a GPU
        "snippets/t/x/cuda_only.py:3: raised on cpu: ",
        "every snippet needs a CPU path",
        # a model loaded by a name with no declaration: the line, the name, where to declare it
        "snippets/t/x/undeclared.py:3: loads 'no-org/no-model', which has no offline stand-in",
        "fix: declare it in models/no-org--no-model.toml",
        # a figure with missing glyphs (boxes instead of Chinese characters)
        "snippets/t/x/glyph.py: matplotlib drew boxes instead of characters (glyph missing)",
    ],
)
def test_clear_message(nested_run, expected):
    proc, *_ = nested_run
    assert expected in proc.stdout, proc.stdout[-6000:]


MISTAKES = ("mismatch", "raises", "hangs", "network", "latin1", "cuda_only", "glyph", "undeclared")


def test_each_mistake_is_reported_once(nested_run):
    """A root failure is reported by the check that owns it, once (no cascade of repeated tracebacks): one FAILED
    line for the broken page, one for each broken snippet, and none for the snippet that works."""
    proc, *_ = nested_run
    lines = proc.stdout.splitlines()
    failed = [line.split()[1] for line in lines if line.startswith("FAILED ")]
    assert [f for f in failed if "page.md" in f] == [_node("docs/page.md", "page")]
    for name in MISTAKES:
        assert [f for f in failed if f"t/x/{name}.py" in f] == [_node(f"snippets/t/x/{name}.py", "cpu")]
    assert not [f for f in failed if "t/x/good.py" in f]
    assert not [line for line in lines if line.startswith("ERROR ")], "no test errors because another one failed"
    assert len(proc.stdout.splitlines()) < 400, "the log of one broken change fits on a few screens"


def test_an_undeclared_model_is_not_a_network_error(nested_run):
    """The contributor sees the declaration to write, not the hub's "couldn't connect" (it never ran)."""
    proc, *_ = nested_run
    assert f"FAILED {_node('snippets/t/x/undeclared.py', 'cpu')}" in proc.stdout
    assert "huggingface.co" not in proc.stdout and "internet connection" not in proc.stdout


def test_network_never_left_the_machine(nested_run):
    _, log, _ = nested_run
    # the recorder stood in for the socket in the snippets' processes (else this would pass for nothing), and the
    # guard refused before any system call: the recorder saw no call
    calls = log.read_text().splitlines() if log.exists() else []
    assert "loaded" in calls, "the recorder never loaded: this check would pass without testing anything"
    assert set(calls) == {"loaded"}, calls
