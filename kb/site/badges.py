"""What the verification report says about each code block: a badge in its title (verified where, with
which versions, when) and a line at the end of the page, readable on a phone. Before any test has run
(a fresh `make serve`) the page says so once, quietly."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from kb.run import cache
from kb.run.report import ATTESTATIONS, read_attestations, read_real_weights, read_report
from kb.run.snippet import Snippet

Record = dict[str, Any]
FILENAME = re.compile(r'<span class="filename">snippets/(?P<rel>[^<]+?\.py)</span>')
DEVICE_NAMES = {"cpu": "CPU", "cuda": "CUDA GPU"}


def _where(record: Record) -> str:
    return str(record.get("gpu") or DEVICE_NAMES.get(record["device"], record["device"]))


def verified_records(root: Path) -> dict[str, list[Record]]:
    """{snippet path: passing records whose content key still matches the files under root}: this
    build's test report (build/report.json), plus the GPU runs kept in snippets/verified-on-gpu.json. The key is
    what decides the output (kb.run.cache.output_parts), not the engine's source: a refactor keeps the badges."""
    good: dict[str, list[Record]] = {}
    report = read_report(root)
    for record in report.get("snippets", []):
        path = root / record["snippet"]
        if record.get("result") != "passed" or not path.exists():
            continue
        if record.get("content") == cache.content_key(Snippet(root, path), record["device"], record.get("versions")):
            # a "cuda" run that never touched the GPU is no GPU check
            if record["device"] == "cpu" or record.get("gpu_used"):
                good.setdefault(record["snippet"], []).append(record)
    # CUDA runs recorded on a GPU machine (CI has none): shown while their content key still matches
    for record in read_attestations(root / ATTESTATIONS):
        path = root / record["snippet"]
        if not path.exists() or any(r["device"] == record["device"] for r in good.get(record["snippet"], [])):
            continue
        if record.get("content") == cache.content_key(Snippet(root, path), record["device"], record.get("versions")):
            good.setdefault(record["snippet"], []).append(record)
    return good


def real_weights(root: Path) -> dict[str, Record]:
    """{snippet path: its entry in the last real-weights run}, for the snippets whose key still matches."""
    matching = {}
    run = read_real_weights(root)
    for entry in run.get("snippets", []):
        path = root / entry["snippet"]
        if path.exists() and entry.get("key") == cache.real_key(Snippet(root, path)):
            matching[entry["snippet"]] = {**entry, "date": run.get("date")}
    return matching


STAND_INS = "模型权重：测试用离线替身（真实的词表和配置、随机权重），并用第二套不同种子和尺度的替身核对过输出与权重无关"


def badge(records: list[Record], loads_model: bool = False, real: Record | None = None) -> str:
    """The badge's HTML for a snippet's verified records (none: a quiet 'not yet verified'). For a snippet that
    loads a pretrained model, the tooltip says which weights; a matching real-weights run shows in the badge."""
    if not records:
        tip = "这次构建的测试报告里还没有这段代码通过的记录（测试尚未运行，或代码在测试之后改动过）"
        return f'<span class="kb-badge kb-unverified" title="{tip}">尚未验证</span>'
    records = sorted(records, key=lambda r: r["device"] != "cpu")
    devices = " + ".join(DEVICE_NAMES.get(str(r["device"]), str(r["device"])) for r in records)
    date = min(str(r["verified_at"]) for r in records)[:10]  # the oldest: all of them hold as of then
    runs = []
    for r in records:
        v = r.get("versions", {})
        runs.append(
            f"{_where(r)}：Python {v.get('python')}，torch {v.get('torch')}，transformers {v.get('transformers')}，"
            f"{r['verified_at'][:10]}"
        )
    tip = "运行并与记录的输出比对通过。" + "；".join(runs)
    if loads_model and real and real.get("result") == "passed":
        devices += " · 真实权重"
        tip += f"。真实的预训练权重：{str(real.get('date'))[:10]} 的运行与记录一致"
    elif loads_model:
        tip += "。" + STAND_INS
    return f'<span class="kb-badge kb-verified" title="{html.escape(tip)}">✓ 已验证 · {devices} · {date}</span>'


REAL_WEIGHTS_MARKER = "<!-- real-weights -->"


def real_weights_line(root: Path) -> str:
    """For the 关于验证 page: the date and outcome of the last run against the real pretrained weights."""
    run = read_real_weights(root)
    if not run:
        return (
            "还没有在真实权重上运行过：这需要能访问 Hugging Face 的机器，由仓库里每周运行的 "
            "`real-weights` 工作流完成，结果写进 `snippets/verified-real-weights.json`。"
        )
    entries = run.get("snippets", [])
    passed = sum(e.get("result") == "passed" for e in entries)
    versions = "，".join(f"{k} {v}" for k, v in run.get("versions", {}).items() if v)
    line = f"最近一次在真实权重上的运行：{str(run.get('date'))[:10]}，{passed}/{len(entries)} 段代码的输出与记录一致（{versions}）。"
    differ = [e for e in entries if e.get("result") != "passed"]
    return line + "".join(f"\n\n- `{e['snippet']}`：{e.get('problem', e.get('result'))}" for e in differ)


def summary(records: list[Record], blocks: int, to_root: str) -> str:
    """The line at the end of a page: per device and library versions, how many of the page's code blocks
    passed there, and when; before any test has run, one quiet sentence saying so."""
    groups: dict[tuple[bool, str, Any, Any, Any], list[Record]] = {}
    for r in records:
        v = r.get("versions", {})
        where = _where(r) + (f"，CUDA {v['cuda']}" if v.get("cuda") else "")
        key = (r["device"] != "cpu", where, v.get("python"), v.get("torch"), v.get("transformers"))
        groups.setdefault(key, []).append(r)
    parts = []
    for (_, where, python, torch, transformers), rs in sorted(groups.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
        dates = sorted({r["verified_at"][:10] for r in rs})
        when = dates[0] if len(dates) == 1 else f"{dates[0]} 至 {dates[-1]}"
        parts.append(
            f"{where}（Python {python}，torch {torch}，transformers {transformers}）：{len(rs)}/{blocks} 段，{when}"
        )
    if parts:
        text = "；".join(parts)
    else:
        text = f"本页 {blocks} 段代码在这次构建时还没有验证记录（运行 make test 之后重新构建即可显示）"
    return (
        f'<p class="kb-verification"><strong>本页代码的验证</strong>：{html.escape(text)}。'
        f'<a href="{to_root}about/verification/">这些记录是怎么来的</a></p>'
    )


def mark(content: str, verified: dict[str, list[Record]], real: dict[str, Record], root: Path, to_root: str) -> str:
    """Each code block's title gets its badge; a page with code gets the verification line at its end."""
    page_records: list[Record] = []
    blocks = 0

    def one(match: re.Match[str]) -> str:
        nonlocal blocks
        blocks += 1
        name = f"snippets/{match.group('rel')}"
        records = verified.get(name, [])
        page_records.extend(records)
        path = root / name
        loads_model = path.exists() and Snippet(root, path).loads_model
        return f'<span class="filename">{name}{badge(records, loads_model, real.get(name))}</span>'

    content = FILENAME.sub(one, content)
    return content + summary(page_records, blocks, to_root) if blocks else content
