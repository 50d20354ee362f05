"""A newcomer's `make serve`, timed (`make bench-serve`): a fresh clone of HEAD in a temporary folder (the package
caches stay warm, as on a machine that built the project once), then `make serve` there, and three numbers: the
seconds until the first page answers, until every figure is drawn, and the console lines before "Serving on".
Written to build/bench-serve.json. Port 8000 must be free.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from kb import settings
from kb.paths import REPO
from kb.run.figures import expected_figures, figures_dir

URL = "http://127.0.0.1:8000/"
LIMIT_S = 1800.0


def _answers() -> bool:
    try:
        with urllib.request.urlopen(URL, timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def measure(clone: Path) -> dict[str, float | int | None]:
    subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True)
    expected = set(expected_figures(clone))
    log = clone / "serve.log"
    start = time.monotonic()
    with open(log, "w") as out:
        server = subprocess.Popen(
            ["make", "serve"], cwd=clone, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    first: float | None = None
    drawn: float | None = None
    try:
        while time.monotonic() - start < LIMIT_S and drawn is None:
            if first is None and _answers():
                first = time.monotonic() - start
            made = {p.relative_to(figures_dir(clone)).as_posix() for p in figures_dir(clone).rglob("*.svg")}
            if first is not None and expected <= made:
                drawn = time.monotonic() - start
            time.sleep(1)
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:  # a rebuild still running: the numbers are taken, stop it the hard way
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    before = next((i for i, line in enumerate(lines) if "Serving on" in line), len(lines))
    return {"first_page_s": first, "all_figures_s": drawn, "figures": len(expected), "lines_before_serving": before}


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="kb-newcomer-") as tmp:
        result = measure(Path(tmp) / "clone")
    out = settings.load(REPO).build / "bench-serve.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0 if result["first_page_s"] is not None and result["all_figures_s"] is not None else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
