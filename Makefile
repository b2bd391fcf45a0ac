# Kliping — set-up and everyday commands. `make run` and `make test` do all the set-up
# a fresh machine needs inside the project (a virtual environment in .venv).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench bundle bundle-test clean install-desktop uninstall-desktop

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/kliping

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check reader tests packaging
	$(VENV)/bin/ruff format --check reader tests packaging
	$(VENV)/bin/mypy

# The app bundle (dist/kliping/, PyInstaller one-folder) and its smoke test.
bundle: $(STAMP)
	$(PY) packaging/build.py

bundle-test: bundle
	dist/kliping/kliping --version
	dist/kliping/kliping --self-check

# Per-user desktop entry, icons and `kliping` wrapper (for the bundle if built, else .venv).
install-desktop:
	$(PYTHON) packaging/desktop.py install

uninstall-desktop:
	$(PYTHON) packaging/desktop.py uninstall

clean:
	rm -rf $(VENV) build dist *.egg-info
