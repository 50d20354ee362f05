"""Every snippet runs (CPU always; CUDA too when present) and prints exactly its recorded output."""

import pytest

from kb.run.verify import verify


def test_snippet(snippet_case, verify_settings, request):
    snippet, device = snippet_case
    outcome = verify(snippet, device, verify_settings)
    # the report (build/report.json) and the site's badges read this; a case that failed before it ran is
    # reported too (a split run's merge checks that every case has a result)
    record = outcome.record or {"snippet": snippet.display, "device": device}
    problem = {"problem": outcome.message.splitlines()[0]} if outcome.message else {}
    request.node.user_properties.append(("kb_result", {**record, **problem}))
    if not outcome.passed:
        pytest.fail(outcome.message, pytrace=False)
