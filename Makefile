# 深度学习笔记 — the two commands a reader needs are `make serve` and `make test`.
# Everything else here is what those two call.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
# uv, pinned with hashes (envs/bootstrap/uv.txt), installed into .cache/uv on first use
UV     := .cache/uv/bin/uv
FONT_DIR := $(HOME)/.local/share/fonts
# pytest workers: snippets run in their own interpreters, so two workers use both cores of a small machine
JOBS   ?= 2
# make test ONLY="docs/pytorch/dropout.md snippets/bert"   verify just these pages / snippets (their code and page checks)
# make update SNIPPET=snippets/pytorch/dropout/train_vs_eval.py   re-record one output (or a folder)
ONLY_ARGS = $(foreach p,$(ONLY) $(PAGE) $(SNIPPET),--only $(p))

.PHONY: setup lock fonts figures serve build test check update attest-gpu new determinism bench bench-verify bench-scale bench-serve linkcheck hooks \
	lint types clean shard-plan test-shard report-merge test-merged

# The environments come from their locks (uv.lock; envs/<name>.txt for side environments), with hashes.
setup: $(VENV)/.installed .venvs/ltp/.installed node_modules/.installed fonts

$(UV): envs/bootstrap/uv.txt
	@echo "环境：安装固定版本的 uv（envs/bootstrap/uv.txt，按哈希）"
	@$(PYTHON) -m pip install -qq --disable-pip-version-check --root-user-action=ignore --no-deps --require-hashes --upgrade --target .cache/uv -r $<
	@touch $@

# PyTorch's CPU build of torch, which uv.lock takes from wheels/ (kb/tools/wheels.py says where it came from)
wheels/.placed: uv.lock kb/tools/wheels.py
	@$(PYTHON) kb/tools/wheels.py
	@touch $@

# jieba's sources hold escape sequences Python warns about when it first compiles them: compiled here, quietly,
# so a newcomer's first build shows no third-party DeprecationWarning tracebacks (real warnings still show)
$(VENV)/.installed: pyproject.toml uv.lock $(UV) wheels/.placed
	@echo "环境：.venv（uv.lock）"
	@$(UV) sync --locked -q
	@$(PY) -W ignore::DeprecationWarning -m compileall -q "$$($(PY) -c 'import jieba, os; print(os.path.dirname(jieba.__file__))')"
	@touch $@

# pinned side environments for snippets that cannot run with the main pins (envs/<name>.in says why)
.venvs/%/.installed: envs/%.txt $(UV) wheels/.placed
	@echo "环境：旁路环境 .venvs/$*（envs/$*.txt）"
	@$(UV) venv -q --allow-existing --python 3.11 .venvs/$*
	@$(UV) pip sync -q --python .venvs/$*/bin/python --require-hashes --find-links wheels $<
	@touch $@

# after a change to pyproject.toml or envs/*.in: resolve the locks again (needs the package registries)
lock: $(UV) wheels/.placed
	$(UV) lock
	for spec in envs/*.in; do \
	  lock=$${spec%.in}.txt; head -2 $$lock > $$lock.new; \
	  $(UV) pip compile -q $$spec --generate-hashes --no-header --python-version 3.11 \
	    --python-platform x86_64-manylinux_2_28 --find-links wheels >> $$lock.new && mv $$lock.new $$lock; \
	done

node_modules/.installed: package.json package-lock.json
	@echo "环境：node_modules（package-lock.json）"
	@npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# matplotlib needs a CJK font to draw Chinese. A system one (fonts-noto-cjk, fonts-wqy-microhei) is used
# when present; otherwise the Noto Sans CJK font from the PyPI package in the venv is linked into the
# user's font folder (no root needed) and matplotlib's font cache is refreshed.
fonts: $(VENV)/.installed
	@if ! fc-list :lang=zh 2>/dev/null | grep -q . ; then \
	  mkdir -p $(FONT_DIR); \
	  ln -sf "$$($(PY) -c 'import cvttf_NotoSansCJK_Regular as f, pathlib; print(pathlib.Path(f.__file__).parent / "NotoSansCJKtc-Regular.otf")')" $(FONT_DIR)/dl-notes-NotoSansCJKtc-Regular.otf; \
	  rm -f $(HOME)/.cache/matplotlib/fontlist-*.json; \
	  echo "fonts: linked Noto Sans CJK TC into $(FONT_DIR)"; \
	fi

figures: setup
	@$(PY) -m kb figures

# NO_MKDOCS_2_WARNING: the theme's end-of-life notice is known (README, 需要的系统软件), not repeated on every build
build: figures
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

# served at once at the root of http://127.0.0.1:8000/ (the published site_url has a sub-path); the figures not
# drawn yet are drawn while it serves and appear on the next reload (kb/tools/devserve.py)
serve: setup
	@$(PY) -m kb serve 127.0.0.1:8000

test: setup
	$(VENV)/bin/pytest -n $(JOBS) --dist worksteal $(ONLY_ARGS) $(PYTEST_ARGS) $(if $(ONLY_ARGS),snippets docs tests/test_pages.py,)
	$(VENV)/bin/pytest -p no:xdist --markdown-docs README.md CONTRIBUTING.md

# `make test` split over machines (CI's matrix, .github/workflows/verify.yml): plan once, run each shard's
# snippet cases, merge the shards' reports (checked complete), then every other check over the merged report.
# The plan needs only the standard library: CI's plan job makes it before any environment is installed.
SHARDS ?= 4
SHARD  ?= 0
PLAN   ?= build/shard-plan.json
PARTS  ?= build/parts/*/report.json
SHARD_TESTS = snippets tests/test_weights.py::test_same_output_with_other_weights

shard-plan:
	PYTHONPATH=. $(PYTHON) -m kb shard plan --shards $(SHARDS) --durations build/report.json -o $(PLAN)

test-shard: setup
	$(VENV)/bin/pytest -n $(JOBS) --shard-plan $(PLAN) --shard $(SHARD) $(PYTEST_ARGS) $(SHARD_TESTS)

report-merge: $(VENV)/.installed
	$(PY) -m kb report merge --plan $(PLAN) -o build/report.json $(PARTS)

test-merged: setup
	$(VENV)/bin/pytest -n $(JOBS) $(PYTEST_ARGS) tests docs \
	  --deselect tests/test_weights.py::test_same_output_with_other_weights
	$(VENV)/bin/pytest -p no:xdist --markdown-docs README.md CONTRIBUTING.md

# the engine alone, fast (no snippets of the site, no browser): its own tests, lint and types
check: $(VENV)/.installed
	$(VENV)/bin/pytest -q -p no:xdist tests/test_engine_run.py tests/test_engine_records.py tests/test_engine_pages.py
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

update: setup
	$(VENV)/bin/pytest -n $(JOBS) --update $(ONLY_ARGS) snippets
	git status --short -- snippets

# after `make test` on a machine with a CUDA GPU: keep its passing GPU runs in snippets/verified-on-gpu.json
# (CI has no GPU; the site shows these records while the snippets they vouch for are unchanged)
attest-gpu: setup
	$(PY) -m kb attest build/report.json

# every snippet three times: fails if any output differs between runs
determinism: setup
	$(PY) -m kb determinism --runs 3 $(ONLY) $(SNIPPET)

# page weight (gzip, first load) and Lighthouse scores (medians of 3) of every page;
# make bench BASELINE=3987f88 also builds that commit and measures it alongside, runs alternating
bench: build
	$(PY) -m kb bench --site site $(if $(BASELINE),--baseline $(BASELINE))

# CI=true make test, timed, against every snippet run once with plain python one after another / cores
bench-verify: setup
	JOBS=$(JOBS) $(PY) -m kb bench-verify

# a newcomer's `make serve` in a fresh clone of HEAD (warm package caches): seconds to the first page answering,
# to every figure drawn, and console lines before "Serving on" (build/bench-serve.json; port 8000 must be free)
bench-serve: setup
	$(PY) -m kb bench-serve

# discovery, verification and build costs against size, on synthetic knowledge bases of 100, 500 and 2,000
# snippets generated outside the repository (make bench-scale SIZES="20 40" for a quick run)
bench-scale: setup
	$(PY) -m kb bench-scale $(if $(SIZES),--sizes $(SIZES))

# external links of every page (needs the open web; offline it only counts them)
linkcheck: setup
	$(PY) -m kb links

# make new SECTION=pytorch TOPIC=weight-init TITLE="权重初始化" [DATE=2023-08-01]   (asks for what is missing)
new: setup
	$(PY) -m kb new $(SECTION) $(TOPIC) $(if $(TITLE),"$(TITLE)") $(if $(DATE),--date $(DATE))

# install the pre-commit hooks (.pre-commit-config.yaml): the same checks CI runs, before each commit
hooks: setup
	$(VENV)/bin/pre-commit install

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

types: $(VENV)/.installed
	$(VENV)/bin/mypy

clean:
	rm -rf site build .cache
