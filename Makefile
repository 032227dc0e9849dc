# The project's commands. `make site` and `make test` are all the set-up a fresh machine needs:
# the first call creates .venv and installs the pinned dependencies from requirements.lock.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: site check serve test lint format lock clean chromium bench

$(STAMP): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $(STAMP)

site: $(STAMP)  ## build content/ into public/
	$(PY) build.py build

check: $(STAMP)  ## validate content/ without building
	$(PY) build.py check

serve: $(STAMP)  ## preview content/ at http://127.0.0.1:8000, rebuilt and reloaded on every save
	$(PY) build.py serve

test: $(STAMP) chromium  ## run the whole test suite (and the linter)
	$(PY) -m ruff check site_src tests build.py
	$(PY) -m ruff format --check site_src tests build.py
	$(PY) -m mypy
	$(PY) -m pytest

# The browser tests drive Debian's Chromium (Playwright's own browser download cannot work
# here) and the Nu HTML checker needs Java: install them from Debian's packages when missing.
chromium:
	@missing=""; command -v chromium >/dev/null 2>&1 || missing="chromium"; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "The tests need Debian's $$missing: sudo apt-get install $$missing" >&2; exit 1; fi; fi

bench: $(STAMP)  ## build 1,000 and 10,000 generated documents, with Hugo alongside if installed
	$(PY) -m tests.bench.bench_build

lint: $(STAMP)
	$(PY) -m ruff check site_src tests build.py

format: $(STAMP)
	$(PY) -m ruff format site_src tests build.py

lock:  ## re-resolve the pinned versions from pyproject.toml
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet ".[test]"
	{ sed -n '1,2p' requirements.lock; .venv-lock/bin/pip freeze --exclude annotated-archive; } > requirements.lock.new
	mv requirements.lock.new requirements.lock && rm -rf .venv-lock

clean:
	rm -rf public .venv .cache
