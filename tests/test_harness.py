"""The harness itself: comparison rules, and bad input failing clearly without hiding other results.

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

from tests.harness import pages, snippets

REPO = snippets.REPO

RECORDER = '''
"""Test-only sitecustomize: real socket calls are replaced by a recorder, then the guard is loaded on top."""
import importlib.util, os, socket

LOG = os.environ["KB_RECORDER_LOG"]


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
    assert (snippets.compare(recorded, actual) is None) is same


def test_compare_ulps_setting():
    assert snippets.compare("0.1234", "0.1236", ulps=2) is None
    assert snippets.compare("0.1234", "0.1235", ulps=0) is not None


def test_mismatch_names_line_and_values():
    m = snippets.compare("a 1\nb 0.50\nc", "a 1\nb 0.60\nc")
    assert m.line == 2 and "0.60" in m.detail and "0.50" in m.detail


# ---------------------------------------------------------------- bad input, end to end

BROKEN_PAGE = """\
# 测试页

=== "代码"

    ```python title="good.py"
    --8<-- "t/x/good.py"
    ```

=== "输出"

    ```text
    --8<-- "t/x/good.out"
    ```

```python
--8<-- "t/x/mismatch.py"
```
--8<-- "t/x/mismatch.out"

```python
--8<-- "t/x/raises.py"
```
--8<-- "t/x/raises.out"

```python
--8<-- "t/x/hangs.py"
```

```python
--8<-- "t/x/network.py"
```

```python
--8<-- "t/x/missing.py"
```

```python
print("这段代码没人运行")
```
"""


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
    (recorder_dir / "sitecustomize.py").write_text(RECORDER)
    log = recorder_dir / "calls.log"
    env = {
        **os.environ,
        "KB_EXTRA_PYTHONPATH": str(recorder_dir),
        "KB_RECORDER_LOG": str(log),
        "KB_GUARD_FILE": str(snippets.GUARD_DIR / "sitecustomize.py"),
    }
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
            "tests/test_snippets.py",
            "tests/test_pages.py",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return proc, log


def test_bad_input_fails_the_run(nested_run):
    proc, _ = nested_run
    assert proc.returncode == 1, proc.stdout[-3000:]


def test_good_snippet_still_passes(nested_run):
    proc, _ = nested_run
    assert "PASSED tests/test_snippets.py::test_snippet[t/x/good.py-cpu]" in proc.stdout


@pytest.mark.parametrize(
    "expected",
    [
        # include of a missing snippet: page file and line, what, how to fix
        "docs/page.md:34: include of missing snippet t/x/missing.py: create snippets/t/x/missing.py",
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
        "docs/page.md:37: inline Python fence: nothing checks it",
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
        # a figure with missing glyphs (boxes instead of Chinese characters)
        "snippets/t/x/glyph.py: matplotlib drew boxes instead of characters (glyph missing)",
    ],
)
def test_clear_message(nested_run, expected):
    proc, _ = nested_run
    assert expected in proc.stdout, proc.stdout[-6000:]


def test_network_never_left_the_machine(nested_run):
    _, log = nested_run
    # the guard refused before any system call: the recorder standing in for the socket saw nothing
    assert not log.exists() or log.read_text() == ""


def test_recorder_catches_what_the_guard_lets_through(tmp_path):
    """Control for the test above: with the guard switched off, the recorder does see the attempt."""
    (tmp_path / "sitecustomize.py").write_text(RECORDER)
    log = tmp_path / "calls.log"
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path),
        "KB_RECORDER_LOG": str(log),
        "KB_GUARD_FILE": str(snippets.GUARD_DIR / "sitecustomize.py"),
        "KB_SNIPPET_GUARD": "0",
    }
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
    snippet = snippets.discover(tmp_path)[0]
    result = snippets.run_snippet(snippet, "cpu", None)
    assert "loopback ok" in result.stdout
    assert (
        "NetworkBlockedError network access blocked by the snippet harness: tried to reach example.com:443"
        in result.stdout
    )


def test_line_range_include_is_rejected(tmp_path):
    _write(tmp_path, "snippets/a/b/c.py", "print(1)\n")
    _write(tmp_path, "docs/a.md", '```python\n--8<-- "a/b/c.py:1:3"\n```\n')
    errors = pages.parse_page(tmp_path, tmp_path / "docs" / "a.md").errors
    assert any("docs/a.md:2: include by line numbers" in e for e in errors)


def test_scaffold_makes_a_passing_page(tmp_path):
    """`make new` creates page, snippet, recorded output and nav entry; the page passes its checks."""
    from tests.harness import new_page

    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("nav:\n  - 首页: index.md\n  - PyTorch 基础:\n      - pytorch/dropout.md\n")
    assert new_page.main(["pytorch", "weight-init", "权重初始化", "--date", "2023-08-01", "--root", str(tmp_path)]) == 0
    page = tmp_path / "docs" / "pytorch" / "weight-init.md"
    out = tmp_path / "snippets" / "pytorch" / "weight-init" / "first_example.out"
    assert out.read_text(encoding="utf-8") == "形状: (2, 3)\n按行求和后的形状: (2,)\n"
    assert pages.parse_page(tmp_path, page).errors == []
    assert pages.orphans(tmp_path, [pages.parse_page(tmp_path, page)]) == []
    from tests.harness import typography

    assert typography.check(page.read_text(encoding="utf-8")) == []
    nav = (tmp_path / "mkdocs.yml").read_text()
    assert "      - pytorch/dropout.md\n      - pytorch/weight-init.md\n" in nav


def test_broken_links_fail_the_build(tmp_path):
    """Internal links, anchors and images are checked by the strict build with the site's settings."""
    import yaml

    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    validation = yaml.safe_load(text[text.index("validation:") : text.index("\ntheme:")])["validation"]
    config = {
        "site_name": "t",
        "strict": True,
        "validation": validation,
        "markdown_extensions": ["attr_list", "toc"],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _write(
        tmp_path, "docs/index.md", "# 首页\n\n[页面](missing.md)、[锚点](#no-such-anchor)\n\n![图](img/missing.png)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0
    for expected in ("'missing.md'", "'#no-such-anchor'", "'img/missing.png'"):
        assert expected in proc.stderr and "index.md" in proc.stderr, proc.stderr


# ---------------------------------------------------------------- verification badges


def test_badges_follow_the_report_and_the_gpu_records(tmp_path):
    """A badge names each device a snippet passed on (this build's report, plus the GPU runs kept by
    `make attest-gpu`) and lapses as soon as the snippet or its recorded output changes."""
    import json

    from tests.harness import attest, site_hooks
    from tests.harness.models import recipe_hash

    rel = "snippets/a/b/c.py"
    _write(tmp_path, rel, 'import torch\n\nprint(torch.ones(2, device="cuda").sum().item())\n')
    _write(tmp_path, "snippets/a/b/c.out", "2.0\n")
    _write(tmp_path, "snippets/a/b/idle.py", "import torch\n\nprint(torch.__name__)\n")
    snippet = snippets.Snippet(tmp_path, tmp_path / rel)
    versions = {"python": "3.12.3", "torch": "2.11.0+cu130", "transformers": "5.24.0"}
    gpu_run = {
        "snippet": rel,
        "device": "cuda",
        "gpu_used": True,
        "gpu": "NVIDIA H200",
        "result": "passed",
        "verified_at": "2026-11-20T04:03:47+00:00",
        "versions": versions,
        "content": snippets.content_key(snippet, "cuda"),
    }
    idle_run = {**gpu_run, "snippet": "snippets/a/b/idle.py", "gpu_used": False}  # on the GPU machine, no GPU used
    kept, changes = attest.merge({"snippets": [gpu_run, idle_run]}, [], root=tmp_path)
    assert [r["snippet"] for r in kept] == [rel] and changes == [f"verified {rel} on NVIDIA H200"]
    assert "result" not in kept[0] and kept[0]["content"] == gpu_run["content"]

    cpu_run = {
        "snippet": rel,
        "device": "cpu",
        "result": "passed",
        "verified_at": "2026-11-26T03:00:00+00:00",
        "versions": {**versions, "torch": "2.13.0+cpu"},
        "key": snippets.cache_key(snippet, "cpu", recipe_hash()),
    }
    _write(tmp_path, "build/report.json", json.dumps({"models": "offline stand-ins", "snippets": [cpu_run]}))
    _write(tmp_path, attest.ATTESTATIONS.as_posix(), json.dumps(kept))
    records = site_hooks.verified_records(tmp_path)
    assert [r["device"] for r in records[rel]] == ["cpu", "cuda"]
    html, ok = site_hooks.badge(records[rel])
    assert ok and "✓ 已验证 · CPU + CUDA GPU · 2026-11-20" in html
    assert "NVIDIA H200：Python 3.12.3，torch 2.11.0+cu130" in html and "torch 2.13.0+cpu" in html

    line = site_hooks.verification_summary(records[rel] + [cpu_run], 3, "../../")
    assert "CPU（Python 3.12.3，torch 2.13.0+cpu，transformers 5.24.0）：2/3 段，2026-11-26" in line
    assert "NVIDIA H200（Python 3.12.3，torch 2.11.0+cu130，transformers 5.24.0）：1/3 段，2026-11-20" in line
    assert line.index("CPU") < line.index("NVIDIA") and 'href="../../about/verification/"' in line
    assert "都没有通过记录" in site_hooks.verification_summary([], 2, "")

    (tmp_path / "snippets/a/b/c.out").write_text("2.00\n", encoding="utf-8")  # edited after the runs
    assert site_hooks.verified_records(tmp_path) == {}
    html, ok = site_hooks.badge([])
    assert not ok and "未验证" in html

    failed = {**gpu_run, "result": "failed"}
    assert attest.merge({"snippets": [failed]}, kept, root=tmp_path)[0] == []
    (tmp_path / rel).unlink()
    assert attest.merge({"snippets": []}, kept, root=tmp_path) == ([], [f"dropped {rel} (no such snippet)"])


def test_gpu_records_are_well_formed():
    """snippets/verified-on-gpu.json is written by `make attest-gpu` from a test report, never by hand."""
    import json

    from tests.harness import attest

    path = REPO / attest.ATTESTATIONS
    assert path.exists(), (
        f"{attest.ATTESTATIONS}: missing (restore it from git, or run make attest-gpu on a GPU machine)"
    )
    records = json.loads(path.read_text(encoding="utf-8"))
    assert [r["snippet"] for r in records] == sorted({r["snippet"] for r in records}), "one record per snippet, sorted"
    for record in records:
        assert set(record) <= set(attest.KEPT) and record["device"] == "cuda", record
        assert (REPO / record["snippet"]).exists(), f"{record['snippet']}: no such snippet (run make attest-gpu)"
        assert len(record["content"]) == 64 and record["gpu"] and record["versions"].get("torch"), record


# ---------------------------------------------------------------- executed notebook pages


def _jupyter_project(tmp_path: Path, cell: str) -> subprocess.CompletedProcess:
    """A one-notebook site built with this site's mkdocs-jupyter settings."""
    import nbformat
    import yaml

    plugins = yaml.safe_load(
        (REPO / "mkdocs.yml").read_text(encoding="utf-8").split("\nhooks:")[0].split("\nplugins:")[1]
    )
    jupyter = next(p["mkdocs-jupyter"] for p in plugins if isinstance(p, dict) and "mkdocs-jupyter" in p)
    config = {"site_name": "t", "strict": True, "plugins": [{"mkdocs-jupyter": {**jupyter, "cache": False}}]}
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _write(tmp_path, "docs/index.md", "# 首页\n")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_markdown_cell("# 运行结果"), nbformat.v4.new_code_cell(cell)]
    _write(tmp_path, "docs/run/a/b.ipynb", nbformat.writes(nb))
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_notebook_that_fails_fails_the_build(tmp_path):
    proc = _jupyter_project(tmp_path, 'print("开始")\nraise ValueError("图画不出来")')
    assert proc.returncode != 0
    assert "ValueError" in proc.stderr and "图画不出来" in proc.stderr, proc.stderr[-3000:]


def test_a_notebook_that_runs_is_rendered_with_its_outputs(tmp_path):
    proc = _jupyter_project(tmp_path, 'print("由构建时执行", 6 * 7)')
    assert proc.returncode == 0, proc.stderr[-3000:]
    html = (tmp_path / "site" / "run" / "a" / "b" / "index.html").read_text(encoding="utf-8")
    assert "由构建时执行 42" in html
