"""Every snippet runs (CPU always; CUDA too when present) and prints exactly its recorded output."""

import datetime as dt
import json

import pytest

from tests.harness import figures, snippets


def test_snippet(snippet_case, models_home, models_recipe, snippet_cache, request):
    snippet, device = snippet_case
    update = request.config.getoption("--update")
    for path in (snippet.path, snippet.out_path):
        if path.exists() and (problem := snippets.encoding_problem(path, path.relative_to(snippet.root).as_posix())):
            pytest.fail(problem, pytrace=False)

    cache_dir, reuse = snippet_cache
    if reuse and snippet.out_path.exists():
        marker = cache_dir / f"{snippets.cache_key(snippet, device, models_recipe)}.json"
        if marker.exists() and not (figures.makes_figures(snippet) and not figures.is_fresh(snippet)):
            # identical content passed before: report that earlier verification instead of re-running
            request.node.user_properties.append(("kb_result", {**json.loads(marker.read_text()), "cached": True}))
            return

    try:
        result = snippets.run_snippet(snippet, device, models_home, keep_figures=device == "cpu")
    except snippets.SnippetConfigError as e:
        pytest.fail(str(e), pytrace=False)
    record = {
        "snippet": snippet.display,
        "device": device,
        "gpu_used": result.record.get("cuda_used", False),
        "duration_s": round(result.duration, 2),
        "verified_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "versions": result.record.get("versions") or snippets.runtime_versions(),
    }
    if result.record.get("gpu"):
        record["gpu"] = result.record["gpu"]
    request.node.user_properties.append(("kb_result", record))
    if result.returncode != 0 or result.timed_out:
        pytest.fail(snippets.explain_failure(snippet, device, result), pytrace=False)
    if figures.GLYPH_MISSING.search(result.stderr):
        pytest.fail(
            f"{snippet.display}: matplotlib drew boxes instead of characters (glyph missing):\n"
            f"{snippets._tail(result.stderr, 10)}\n  fix: run `make setup` (installs a CJK font) and use the "
            "font fallback list from docs/python/matplotlib-chinese.md",
            pytrace=False,
        )
    if update and device == "cpu":
        if not snippet.out_path.exists() or snippet.out_path.read_text(encoding="utf-8") != result.stdout:
            snippet.out_path.write_text(result.stdout, encoding="utf-8")
    elif not snippet.out_path.exists():
        pytest.fail(
            f"{snippet.display}:1: no recorded output {snippet.out_path.name}: "
            f"run {snippets.UPDATE_HINT.format(path=snippet.display)} and review it",
            pytrace=False,
        )
    else:
        recorded = snippet.out_path.read_text(encoding="utf-8")
        mismatch = snippets.compare(recorded, result.stdout, snippet.ulps)
        if mismatch:
            pytest.fail(snippets.explain_mismatch(snippet, device, recorded, result, mismatch), pytrace=False)
    # passed: remember it by content (the cache, the site's badges and the pre-commit check read this)
    record["key"] = snippets.cache_key(snippet, device, models_recipe)
    record["content"] = snippets.content_key(snippet, device)  # what tests/harness/attest.py keeps
    (cache_dir / f"{record['key']}.json").write_text(json.dumps({**record, "result": "passed"}))
