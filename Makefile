# Two commands for a fresh machine with Python 3.11+:
#   make site   set up, then build the site into site/ (strict: any warning fails)
#   make test   set up, then run the tests
# make release SLUG=… DATE=… creates a new German/English release pair.
# make serve previews the site with live reload at http://127.0.0.1:8000/.
# make check runs the build's checks on the sources in a second; make hooks runs them before each commit.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.requirements-installed

export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test check hooks release clean

# The pinned libraries, then the pressroom package itself, editable: hooks, tests and the
# command line import it by name from .venv.
$(READY): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --editable .
	touch $@

# Dates in the build come from the last commit (SOURCE_DATE_EPOCH), so two builds of one commit are identical.
site: $(READY)
	SOURCE_DATE_EPOCH="$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null || date +%s)}" $(BIN)/mkdocs build --strict

serve: $(READY)
	$(BIN)/mkdocs serve --dirty

# The Nu Html Checker, pinned in tools/vnu/package-lock.json; its install script (which would
# fetch a Java runtime) is not run: Debian's Java runs it.
VNU := tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar
$(VNU): tools/vnu/package.json tools/vnu/package-lock.json
	cd tools/vnu && npm ci --ignore-scripts --no-audit --no-fund --silent
	touch $@

# Java, npm, Chromium and what it needs, from Debian's packages when missing (see tools/test-packages).
test: $(READY)
	sh tools/test-packages
	$(MAKE) --no-print-directory $(VNU)
	$(BIN)/python -m pytest

# What the strict build checks on the sources (contact data, front matter, parity), without building.
check: $(READY)
	$(BIN)/python -m pressroom.check

# Runs `make check`'s checks before every commit that changes a page or the contact data.
hooks: $(READY)
	$(BIN)/pre-commit install

# make release SLUG=2024-03-01-neue-foerderung DATE=2024-03-01
release: $(READY)
	$(BIN)/python -m pressroom.new_release --slug "$(SLUG)" --date "$(DATE)"

clean:
	rm -rf site
