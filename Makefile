# Kliping — set-up and everyday commands. `make run` and `make test` do all the set-up
# a fresh machine needs inside the project (a virtual environment in .venv).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench bundle bundle-test clean install-desktop uninstall-desktop translations

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

# The window's translations: collect the marked strings into resources/translations/*.ts
# (pyside6-lupdate; English keeps only its plural forms), then compile the .qm files
# the window loads (pyside6-lrelease). Both are committed; tests/gui/test_i18n.py fails
# when a .ts misses a string, has an unfinished or obsolete entry, or a .qm is stale.
TS_DIR   := resources/translations
TS_LANGS := id de es fr pt_BR ru zh_CN ja
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -locations none reader \
		-ts $(foreach l,$(TS_LANGS),$(TS_DIR)/kliping_$(l).ts)
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -locations none -pluralonly \
		reader -ts $(TS_DIR)/kliping_en.ts
	for ts in $(TS_DIR)/kliping_*.ts; do \
		$(VENV)/bin/pyside6-lrelease -silent -nounfinished -removeidentical "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
	done

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
