"""What the pages show does not depend on the stand-ins' random weights: every snippet that loads a model prints
exactly its recording with a second set of stand-ins too (another seed, a ten times larger initialisation
scale). A snippet whose output legitimately depends on the weights says why in snippets.toml (`weights = …`)
and its page says so next to the output; the test then only requires it to run."""

import pytest

from kb.run.verify import verify

OTHER = "cpu, other stand-in weights"  # how the report names this run (badges count only real devices)


def test_same_output_with_other_weights(other_weights_case, other_weights_settings, request):
    snippet = other_weights_case
    outcome = verify(snippet, "cpu", other_weights_settings)
    if outcome.record:
        request.node.user_properties.append(("kb_result", {**outcome.record, "device": OTHER}))
    declared = snippet.config.get("weights")
    if declared and not outcome.passed and "differs from the recorded output" in outcome.message:
        pytest.xfail(f"{snippet.display}: its output depends on the weights, as declared: {declared}")
    if not outcome.passed:
        pytest.fail(
            f"{outcome.message}\n  this run used other stand-in weights (kb/models.py VARIANTS['other']): the page "
            "shows something a reader with the real bert-base-chinese would not see. Print only what does not "
            'depend on the weights (ids, shapes, counts, checked properties), or declare `weights = "why"` under '
            f"[{snippet.path.stem}] in snippets.toml and say so on the page.",
            pytrace=False,
        )
