"""Failures in the contributor's terms: `file:line: what happened`, then how to fix it."""

from __future__ import annotations

import re

from kb.run.compare import Mismatch, unified_diff
from kb.run.problem import Problem
from kb.run.process import RunResult
from kb.run.snippet import UPDATE_HINT, Snippet


def _snippet_line(snippet: Snippet, stderr: str, most_recent_first: bool) -> int | None:
    lines = [int(m) for m in re.findall(rf'File "{re.escape(str(snippet.path))}", line (\d+)', stderr)]
    if not lines:
        return None
    return lines[0] if most_recent_first else lines[-1]


# what programs print when there is no route out of the snippet's network namespace
OFFLINE = re.compile(
    r"^.*(?:Could not resolve host|Temporary failure in name resolution|Name or service not known|"
    r"Network is unreachable|No address associated with hostname|unable to access '[^']+'|"
    r"Failed to establish a new connection).*$",
    re.M,
)


# what transformers and huggingface_hub raise when a name is not in the offline cache (HF_HUB_OFFLINE=1)
HUB_MISS = re.compile(
    r"couldn't connect to 'https://huggingface\.co'|LocalEntryNotFoundError|outgoing traffic has been disabled|"
    r"offline mode is enabled",
    re.I,
)


def tail(text: str, n: int = 40) -> str:
    return "\n".join(text.rstrip().splitlines()[-n:])


def explain_failure(snippet: Snippet, device: str, result: RunResult) -> Problem:
    where = snippet.display
    if result.timed_out:
        line = _snippet_line(snippet, result.stderr, most_recent_first=True)
        return Problem(
            where,
            line,
            f"timed out after {snippet.timeout:g} s on {device} (it was running this line).",
            f"  fix: make it finish (a loop needs an end); if it is just slow, set `timeout = ...` under "
            f"[{snippet.path.stem}] in {snippet.path.parent.relative_to(snippet.root).as_posix()}/snippets.toml.\n"
            f"--- stderr ---\n{tail(result.stderr)}",
        )
    line = _snippet_line(snippet, result.stderr, most_recent_first=False)
    last = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else f"exit code {result.returncode}"
    offline = OFFLINE.search(result.stderr)
    if "NetworkBlockedError" in result.stderr:
        fix = "snippets run offline: load models by their public name from the fixture cache, use only loopback."
    elif HUB_MISS.search(result.stderr):
        fix = (
            "a model or file this snippet loads from the Hugging Face hub has no offline stand-in (snippets run "
            "offline): declare the model in models/<id>.toml, see CONTRIBUTING.md, 「声明一个模型」; "
            "`python -m kb models` lists the declared ones"
        )
    elif offline:
        last = f"{last} (tried: {offline.group(0).strip()})" if offline.group(0).strip() not in last else last
        fix = (
            "snippets run offline, in a network namespace whose only device is loopback: no program a snippet "
            "starts (curl, git, pip, a child process) can reach another host. Use data the snippet makes or the "
            "offline models, and only 127.0.0.1 for local servers."
        )
    elif device == "cpu" and re.search(r"CUDA|NVIDIA driver|cuda", last):
        fix = (
            "the snippet only works on a GPU; every snippet needs a CPU path: "
            'device = "cuda" if torch.cuda.is_available() else "cpu"'
        )
    else:
        fix = f"run it yourself: .venv/bin/python {where}"
    return Problem(where, line, f"raised on {device}: {last}", f"  fix: {fix}\n--- stderr ---\n{tail(result.stderr)}")


def explain_mismatch(snippet: Snippet, device: str, recorded: str, result: RunResult, mismatch: Mismatch) -> Problem:
    out = snippet.out_path.relative_to(snippet.root).as_posix()
    return Problem(
        out,
        mismatch.line,
        f"output of {snippet.display} on {device} differs from the recorded output: {mismatch.detail}",
        f"  recorded: {mismatch.expected}\n"
        f"  this run: {mismatch.actual}\n"
        f"{unified_diff(recorded, result.stdout, out)}\n"
        f"  if the new output is right: {UPDATE_HINT.format(path=snippet.display)} and review `git diff {out}`",
    )
