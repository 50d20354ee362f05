"""`make serve`: the site answers as soon as its pages are built, and the figures are drawn while it serves.

mkdocs serve starts at once; a figure no verified run has drawn yet is a quiet placeholder that says what it will
show (kb/site/assets.py). Once the server answers, `python -m kb figures` draws the missing figures in the
background, by the same verified runs as always, and the server (which watches build/figures) rebuilds, so
they appear on the next reload. Nothing shown is unverified. `make build` and CI still draw every figure first.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from kb.paths import REPO
from kb.site.assets import pending_figures

ADDRESS = "127.0.0.1:8000"
NICE = 10  # the server's priority below the figure drawing's: its rebuilds must not slow the drawing down


def main(argv: list[str]) -> int:
    address = argv[0] if argv else ADDRESS
    # the theme's end-of-life notice (mkdocs-material 9.x, May 2027) is known and in the README: not on every start
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://{address}/"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", address],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        # the server yields the CPU to the drawing (its rebuilds wait; the first build has the machine to itself)
        preexec_fn=lambda: os.nice(NICE),
    )
    drawing: subprocess.Popen[bytes] | None = None
    pending = len(pending_figures(REPO))
    try:
        assert server.stdout is not None
        for line in server.stdout:
            print(line, end="", flush=True)
            if drawing is None and "Serving on" in line and pending:
                print(f"图：{pending} 张还没画，正在后台由验证过的代码绘制，画好后刷新页面即可看到", flush=True)
                drawing = subprocess.Popen([sys.executable, "-m", "kb", "figures"], cwd=REPO)
        return server.wait()
    except KeyboardInterrupt:
        server.send_signal(signal.SIGINT)
        try:
            return server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # in the middle of a rebuild: do not keep the reader waiting
            server.kill()
            return server.wait()
    finally:
        if drawing is not None and drawing.poll() is None:
            drawing.terminate()
