# Two commands for a fresh Debian 12 / Ubuntu machine:
#   make run    set everything up and start the kiosk on the bundled lessons
#   make test   set everything up and run every check and test (what CI runs)
VENV   := .venv
PYTHON ?= python3
STAMP  := $(VENV)/.installed
UI_PY   = $(shell find ui -name '*.py' | sort)
TS     := resources/translations/kiosk_vi.ts resources/translations/kiosk_en.ts

.PHONY: run test setup system-packages translations shots lessons clean

run: setup
	$(VENV)/bin/kiosk run $(ARGS)

test: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest $(PYTEST_ARGS)

setup: system-packages $(STAMP)

system-packages:
	@packaging/install-system-packages

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $(STAMP)

# After changing a tr() text in ui/: update the .ts files, translate them (Qt Linguist or
# by hand), then compile the .qm files that the kiosk loads.
translations: setup
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $(UI_PY) -ts $(TS)
	$(VENV)/bin/pyside6-lrelease -silent $(TS)

# The README's screenshots.
shots: setup
	for lang in vi en; do \
	  for screen in attract home lesson:vneid-install:4 lesson:vneid-install:8:ring lesson:vneid-install:8:praise finish:vneid-install channels idle \
	      checkin:vneid-install:consent checkin:vneid-install:name pin facilitator facilitator:attendance \
	      facilitator:report:quarter; do \
	    name=$$(echo $$screen | tr ':' '-'); \
	    QT_QPA_PLATFORM=offscreen $(VENV)/bin/kiosk shot $$screen resources/screenshots/$$lang-$$name.png --lang $$lang --size 1280x800; \
	  done; \
	  $(VENV)/bin/kiosk lessons sheet resources/screenshots/$$lang-library.png --lang $$lang --thumb 150 --columns 13 --no-targets; \
	done

# After changing a lesson source in kiosk/authoring/library: write the packs again.
lessons: setup
	$(VENV)/bin/kiosk lessons build
	$(VENV)/bin/kiosk lessons check

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
