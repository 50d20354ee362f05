"""The engine's own tests (`make check`, with lint and types; no snippets of the site, no browser): comparison
rules, the network guard, the include parser and page checks, the scaffold, badges, GPU records, notebooks."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap

import pytest

from kb.pages import checks
from kb.paths import REPO
from kb.run import cache, compare, process
from kb.run.snippet import Snippet, discover
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


def test_recorder_catches_what_the_guard_lets_through(tmp_path):
    """Control for the test above: with the guard switched off, the recorder does see the attempt."""
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


def test_line_range_include_is_rejected(tmp_path):
    _write(tmp_path, "snippets/a/b/c.py", "print(1)\n")
    _write(tmp_path, "docs/a.md", '```python\n--8<-- "a/b/c.py:1:3"\n```\n')
    errors = checks.parse_page(tmp_path, tmp_path / "docs" / "a.md").errors
    assert any("docs/a.md:2: include by line numbers" in e for e in errors)


def test_scaffold_makes_a_passing_page(tmp_path):
    """`make new` creates page, snippet, recorded output and nav entry; the page passes its checks."""
    from kb.tools import new_page

    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("nav:\n  - 首页: index.md\n  - PyTorch 基础:\n      - pytorch/dropout.md\n")
    assert new_page.main(["pytorch", "weight-init", "权重初始化", "--date", "2023-08-01", "--root", str(tmp_path)]) == 0
    page = tmp_path / "docs" / "pytorch" / "weight-init.md"
    folder = tmp_path / "snippets" / "pytorch" / "weight-init"
    out = folder / "first_example.out"
    assert out.read_text(encoding="utf-8").startswith("x 的形状: (2, 3)\n求和后的形状: (2,)\n每行的和: [")
    assert (tmp_path / "build" / "figures" / "pytorch" / "weight-init" / "first_example.svg").exists()  # drawn
    assert (folder / "ex_shape.out").read_text(encoding="utf-8") == "x 的形状: (4, 3)\n求和后的形状: (4,)\n"
    assert (folder / "ex_columns.out").read_text(encoding="utf-8") == "x 的形状: (2, 3)\n求和后的形状: (3,)\n"
    assert checks.parse_page(tmp_path, page).errors == []  # includes the lesson's shape: 小结, 练习 with answers, 参考
    assert checks.orphans(tmp_path, [checks.parse_page(tmp_path, page)]) == []
    from kb.tools import typography

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

    from kb.run.report import ATTESTATIONS
    from kb.site import badges
    from kb.tools import attest

    rel = "snippets/a/b/c.py"
    _write(tmp_path, rel, 'import torch\n\nprint(torch.ones(2, device="cuda").sum().item())\n')
    _write(tmp_path, "snippets/a/b/c.out", "2.0\n")
    _write(tmp_path, "snippets/a/b/idle.py", "import torch\n\nprint(torch.__name__)\n")
    snippet = Snippet(tmp_path, tmp_path / rel)
    versions = {"python": "3.12.3", "torch": "2.11.0+cu130", "transformers": "5.24.0"}
    gpu_run = {
        "snippet": rel,
        "device": "cuda",
        "gpu_used": True,
        "gpu": "NVIDIA H200",
        "result": "passed",
        "verified_at": "2026-11-20T04:03:47+00:00",
        "versions": versions,
        "content": cache.content_key(snippet, "cuda", versions),
        "inputs": cache.output_parts(snippet, "cuda", versions),
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
        "content": cache.content_key(snippet, "cpu", {**versions, "torch": "2.13.0+cpu"}),
    }
    _write(tmp_path, "build/report.json", json.dumps({"models": "offline stand-ins", "snippets": [cpu_run]}))
    _write(tmp_path, ATTESTATIONS.as_posix(), json.dumps(kept))
    records = badges.verified_records(tmp_path)
    assert [r["device"] for r in records[rel]] == ["cpu", "cuda"]
    html = badges.badge(records[rel])
    assert "✓ 已验证 · CPU + CUDA GPU · 2026-11-20" in html
    assert "NVIDIA H200：Python 3.12.3，torch 2.11.0+cu130" in html and "torch 2.13.0+cpu" in html

    line = badges.summary(records[rel] + [cpu_run], 3, "../../")
    assert "CPU（Python 3.12.3，torch 2.13.0+cpu，transformers 5.24.0）：2/3 段，2026-11-26" in line
    assert "NVIDIA H200（Python 3.12.3，torch 2.11.0+cu130，transformers 5.24.0）：1/3 段，2026-11-20" in line
    assert line.index("CPU") < line.index("NVIDIA") and 'href="../../about/verification/"' in line
    assert "还没有验证记录" in badges.summary([], 2, "")  # a fresh clone's preview: quiet, once

    assert attest.lapsed(kept[0], tmp_path) is None
    (tmp_path / "snippets/a/b/c.out").write_text("2.00\n", encoding="utf-8")  # edited after the runs
    assert badges.verified_records(tmp_path) == {}
    assert attest.lapsed(kept[0], tmp_path) == "its recorded output changed"
    assert "尚未验证" in badges.badge([])

    failed = {**gpu_run, "result": "failed"}
    assert attest.merge({"snippets": [failed]}, kept, root=tmp_path)[0] == []
    (tmp_path / rel).unlink()
    assert attest.merge({"snippets": []}, kept, root=tmp_path) == ([], [f"dropped {rel} (no such snippet)"])


def test_gpu_records_outlast_an_engine_refactor(tmp_path, monkeypatch):
    """What a GPU run vouched for is the snippet, its output, its settings, the declarations of the models it loads
    and the library versions: the engine's own source is not in the key (it was, and every refactor dropped all
    the GPU records), while a changed model declaration or other versions do lapse it, saying why."""
    from kb.tools import attest

    rel = "snippets/a/b/m.py"
    _write(tmp_path, rel, 'from transformers import AutoConfig\n\nprint(AutoConfig.from_pretrained("m").hidden_size)\n')
    _write(tmp_path, "snippets/a/b/m.out", "8\n")
    declaration = (
        'id = "m"\nformat = "transformers"\n[tokenizer.files]\n"v.txt" = { from = "repo:v.txt", sha256 = "0" }\n'
    )
    declaration += '[weights]\nseed = 1\n[config]\nmodel_type = "bert"\n'
    _write(tmp_path, "models/m.toml", declaration)
    snippet, versions = Snippet(tmp_path, tmp_path / rel), {"torch": "2.13.0+cu130", "transformers": "5.24.0"}
    record = {"snippet": rel, "device": "cuda", "versions": versions}
    record |= {
        "content": cache.content_key(snippet, "cuda", versions),
        "inputs": cache.output_parts(snippet, "cuda", versions),
    }
    monkeypatch.setattr(cache, "_engine_digest", lambda: "another engine")  # a refactor: the record stands
    assert attest.lapsed(record, tmp_path) is None
    assert cache.content_key(snippet, "cuda", {**versions, "torch": "2.13.0+cpu"}) == record["content"]  # local tag
    _write(tmp_path, "models/m.toml", declaration + "hidden_size = 16\n")
    assert attest.lapsed(record, tmp_path) == "a declaration of a model it loads changed (models/)"
    _write(tmp_path, "models/m.toml", declaration)
    other = {**record, "versions": {**versions, "torch": "2.14.0"}}
    assert attest.lapsed(other, tmp_path) == "recorded with other torch/transformers versions than its key says"


def test_every_gpu_record_matches_todays_snippets():
    """The site shows a GPU record only while its key matches: one that lapsed must be re-verified on a GPU or
    pruned, saying why, never dropped silently by the site."""
    from kb.tools import attest

    standing, lapsed = attest.check(REPO)
    assert not lapsed, (
        "\n".join(lapsed)
        + "\n  fix: re-run the CUDA snippets on a GPU (make test; make attest-gpu) or `python -m kb attest --prune`"
    )


def test_gpu_records_are_well_formed():
    """snippets/verified-on-gpu.json is written by `make attest-gpu` from a test report, never by hand."""
    import json

    from kb.run.report import ATTESTATIONS
    from kb.tools import attest

    path = REPO / ATTESTATIONS
    assert path.exists(), f"{ATTESTATIONS}: missing (restore it from git, or run make attest-gpu on a GPU machine)"
    records = json.loads(path.read_text(encoding="utf-8"))
    assert [r["snippet"] for r in records] == sorted({r["snippet"] for r in records}), "one record per snippet, sorted"
    for record in records:
        assert set(record) <= set(attest.KEPT) and record["device"] == "cuda", record
        assert (REPO / record["snippet"]).exists(), (
            f"{record['snippet']}: no such snippet (python -m kb attest --prune drops it)"
        )
        assert len(record["content"]) == 64 and record["gpu"] and record["versions"].get("torch"), record


# ---------------------------------------------------------------- the include line and the lesson's shape


def test_include_line_renders_code_with_output_under_it():
    from kb.pages.include import render, snippet_includes

    page = '# 页\n\n--8<-- "a/b/c.py"\n\n1. 练习\n\n    ??? success "答案"\n\n        --8<-- "a/b/ex.py"\n\n```text\n--8<-- "a/b/raw.txt"\n```\n'
    assert snippet_includes(page) == ["a/b/c.py", "a/b/ex.py"]
    out = render(page, lambda rel: rel != "a/b/ex.out")
    assert (
        '```python title="snippets/a/b/c.py"\n--8<-- "a/b/c.py"\n```\n\n``` { .text .kb-output .no-copy }\n--8<-- "a/b/c.out"\n```'
        in out
    )
    # indented (a collapsed answer); no output block for a snippet that prints nothing
    assert '        ```python title="snippets/a/b/ex.py"\n        --8<-- "a/b/ex.py"\n        ```\n\n```text' in out
    assert '```text\n--8<-- "a/b/raw.txt"\n```' in out  # a raw include inside a fence is left alone


LESSON_PAGE = """---
date: 2023-01-01
---

# 页

正文。

![一张图](../figures/a/b/fig.svg)

## 小结

- 要点。

## 练习

1. 题。

    ??? success "答案"

        --8<-- "a/b/ex1.py"

2. 题。

    ??? success "答案"

        解释，没有代码。

## 参考

- 文档。

## 与原笔记的出入

??? note "展开"

    - **原笔记**：……
"""


def test_lesson_shape_is_checked():
    assert checks.lesson_problems("p.md", LESSON_PAGE) == [
        "p.md:25: this 答案 block includes no snippet: the answer is code that runs"
    ]
    no_figure = LESSON_PAGE.replace("![一张图](../figures/a/b/fig.svg)", "![一张外链图](https://example.com/a.svg)")
    assert any(e.startswith("p.md: no figure: a topic page shows") for e in checks.lesson_problems("p.md", no_figure))
    no_summary = LESSON_PAGE.replace("## 小结", "## 总结")
    assert any("no `## 小结` section" in e for e in checks.lesson_problems("p.md", no_summary))
    notes_in_text = LESSON_PAGE.replace("正文。", "原笔记说错了。")
    assert any(
        e.startswith("p.md:7: the 2023 notes are named in the main text")
        for e in checks.lesson_problems("p.md", notes_in_text)
    )
    one_exercise = LESSON_PAGE.replace('    ??? success "答案"\n\n        解释，没有代码。\n', "")
    assert any("1 exercise answer(s)" in e for e in checks.lesson_problems("p.md", one_exercise))


def test_boolean_lines_are_counted(tmp_path):
    _write(tmp_path, "snippets/a/b/c.out", "tensor([1., 0.])\nTrue\n相等: False\n是 True 的概率 0.5\n")
    found, total, where = checks.boolean_lines(tmp_path)
    assert (found, total) == (2, 4) and where[0] == "snippets/a/b/c.out:2: True"


def test_page_notebook_holds_recorded_outputs_and_figures(tmp_path):
    import nbformat

    from kb.site.notebooks import page_notebook

    _write(tmp_path, "snippets/a/b/c.py", 'import matplotlib.pyplot as plt\nprint("画图")\nplt.savefig("c.svg")\n')
    _write(tmp_path, "snippets/a/b/c.out", "画图\n")
    _write(tmp_path, "build/figures/a/b/c.svg", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')
    nb = nbformat.reads(page_notebook(tmp_path, "标题", "a/b.md", ["a/b/c.py"]), as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code) == 1 and code[0].source.endswith('plt.savefig("c.svg")')
    assert code[0].outputs[0].text == "画图\n" and "image/svg+xml" in code[0].outputs[1].data


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
    message = explain_failure(snippet, "cpu", result)
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


def test_a_run_says_where_its_time_went(tmp_path):
    """The report splits each run into start-up (interpreter or fork), the snippet's own code and the exit."""
    path = tmp_path / "snippets" / "t" / "p" / "sleeps.py"
    path.parent.mkdir(parents=True)
    path.write_text("import time\n\ntime.sleep(0.3)\nprint('done')\n", encoding="utf-8")
    result = process.run_snippet(Snippet(tmp_path, path), "cpu", None)
    phases = result.phases()
    assert result.returncode == 0 and set(phases) == {"startup_s", "snippet_s", "exit_s"}
    assert all(seconds >= 0 for seconds in phases.values())
    assert 0.3 <= phases["snippet_s"] < result.duration
    assert abs(sum(phases.values()) - result.duration) < 1e-6


def test_the_date_line_says_whether_a_page_comes_from_a_2023_note():
    from kb.site import timeline

    new = timeline.origin_line("# 页\n\n正文。\n", "2026-12-03", "../", None, None)
    assert "写于：2026-12-03 · [时间线](../timeline.md)" in new
    old = timeline.origin_line("# 页\n\n正文。\n\n## 与原笔记的出入\n", "2023-05-31", "../", None, None)
    assert "原始笔记：2023-05-31" in old
