"""`make serve` answers before the figures are drawn: a figure a snippet will draw but has not drawn yet is a quiet
placeholder that says what it will show (never a broken image), while a page that links a figure no snippet draws
still fails the strict build."""

import os
import subprocess
import sys
from pathlib import Path

from kb.paths import REPO

MKDOCS_YML = "site_name: t\ntheme:\n  name: material\nplugins:\n  - kb\n"
FIGURE = 'import matplotlib.pyplot as plt\n\nplt.plot([0, 1], [0, 1])\nplt.savefig("line.svg")\n'


def _build(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        str(root / "mkdocs.yml"),
        "-d",
        str(root / "site"),
    ]
    return subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


def _tree(root: Path, page: str) -> None:
    (root / "docs").mkdir(parents=True)
    (root / "snippets" / "t" / "x").mkdir(parents=True)
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (root / "docs" / "index.md").write_text(page, encoding="utf-8")
    (root / "snippets" / "t" / "x" / "line.py").write_text(FIGURE, encoding="utf-8")


def test_a_figure_not_drawn_yet_is_a_placeholder_with_its_alt_text(tmp_path):
    _tree(tmp_path, "# 页\n\n![一条从左下到右上的直线](figures/t/x/line.svg)\n")
    proc = _build(tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "这张图正在由验证过的代码绘制，稍后刷新页面即可看到。图的内容：一条从左下到右上的直线" in html
    assert 'alt="一条从左下到右上的直线"' in html  # the image keeps its alt text
    placeholder = tmp_path / "site" / "figures" / "t" / "x" / "line.svg"
    assert placeholder.read_text(encoding="utf-8").startswith("<svg ")  # an image that loads, never a broken one


def test_a_figure_no_snippet_draws_still_fails_the_strict_build(tmp_path):
    _tree(tmp_path, "# 页\n\n![拼错了名字的图](figures/t/x/lines.svg)\n")
    proc = _build(tmp_path)
    assert proc.returncode != 0
    assert "figures/t/x/lines.svg" in proc.stderr
