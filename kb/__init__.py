"""The engine of 深度学习笔记: it runs every snippet, compares its output with the recording, and builds
the site from pages, snippets and the verification report.

    kb.run     discover snippets, run each one offline in its own process, compare, cache, report
    kb.models  the offline stand-ins for the pretrained models the snippets load by name
    kb.pages   the include line (one parser) and the checks every page must pass
    kb.site    the MkDocs plugin: code with its output and badge, math, notebooks, search, assets, timeline
    kb.tools   command-line tools behind `python -m kb <command>` (new page, bench, attest, ...)
"""
