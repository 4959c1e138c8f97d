# On a fresh Debian 12 / Ubuntu PC, which has no make, start with ./setup run or ./setup test:
# it installs make and the other Debian packages, then calls these. With make:
#   make run        set everything up and start the kiosk on the bundled lessons
#   make test       set everything up and run every check and test (what CI runs)
#   make test-fresh the README's Quick start, as written, in a clean Debian 12 root
#                   (root, debootstrap, network; many minutes; not part of make test)
#   make soak       the real kiosk under Xvfb, 20,000 fast inputs over 30 minutes
#   make dist       the self-contained build (PyInstaller): dist/cultural-house-kiosk/kiosk
VENV   := .venv
PYTHON ?= python3
STAMP  := $(VENV)/.installed
UI_PY   = $(shell find ui -name '*.py' | sort)
TS     := resources/translations/kiosk_vi.ts resources/translations/kiosk_en.ts

.PHONY: run test test-fresh soak soak-test setup system-packages translations shots lessons dist clean

run: setup
	$(VENV)/bin/kiosk run $(ARGS)

test: setup
	@packaging/install-system-packages test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	@# The built folder too (a minute): tests/test_packaging_spec.py runs it when it is there.
	$(MAKE) --no-print-directory dist
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest $(PYTEST_ARGS)

test-fresh:
	packaging/test-fresh-install

# The Debian package of the PyInstaller build: dist/cultural-house-kiosk_VERSION_amd64.deb
# (packaging/build-deb), from a fresh make dist.
# make test-package installs that package in a clean Debian 12 root, runs the kiosk there,
# removes and purges it (root, debootstrap, network; minutes; not part of make test).
.PHONY: deb test-package
deb: dist
	packaging/build-deb

test-package: deb
	packaging/test-package

# The long soak: the real kiosk under Xvfb, 20,000 fast inputs over 30 minutes (tests/soak.py;
# make test runs 2,000 of them). Fails on a crash, a traceback, or memory that grows.
# The 2,000-input soak test alone (make test runs it too).
soak-test: setup
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -m soak tests/test_soak.py

soak: setup
	$(VENV)/bin/python -m tests.soak --events 20000 --minutes 30 $(ARGS)

setup: system-packages $(STAMP)

system-packages:
	@packaging/install-system-packages

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test,package]'
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
	      facilitator:attendance:scan facilitator:attendance:scan-new \
	      facilitator:report:quarter; do \
	    name=$$(echo $$screen | tr ':' '-'); \
	    QT_QPA_PLATFORM=offscreen $(VENV)/bin/kiosk shot $$screen resources/screenshots/$$lang-$$name.png --lang $$lang --size 1280x800; \
	  done; \
	  QT_QPA_PLATFORM=offscreen $(VENV)/bin/kiosk shot class:vneid-install:4:ring resources/screenshots/$$lang-1920x1080-class-vneid-install-4-ring.png --lang $$lang --size 1920x1080; \
	  QT_QPA_PLATFORM=offscreen $(VENV)/bin/kiosk shot class-console:vneid-install:4 resources/screenshots/$$lang-class-console-vneid-install-4.png --lang $$lang --size 1280x800; \
	  $(VENV)/bin/kiosk lessons sheet resources/screenshots/$$lang-library.png --lang $$lang --thumb 150 --columns 13 --no-targets; \
	done
	for shot in 1024x768:lesson:vneid-install:4:hint 1024x768:home 1280x720:lesson:vneid-install:8:ring \
	    1280x720:finish:vneid-install 768x1366:lesson:vneid-install:8:ring 768x1366:home; do \
	  size=$${shot%%:*}; screen=$${shot#*:}; name=$$(echo $$screen | tr ':' '-'); \
	  QT_QPA_PLATFORM=offscreen $(VENV)/bin/kiosk shot $$screen resources/screenshots/vi-$$size-$$name.png --lang vi --size $$size; \
	done

# After changing a lesson source in kiosk/authoring/library: write the packs again.
lessons: setup
	$(VENV)/bin/kiosk lessons build
	$(VENV)/bin/kiosk lessons check

# The kiosk as one folder that needs no Python or venv: dist/cultural-house-kiosk/ with the
# `kiosk` executable (kiosk.exe on Windows), the lessons, the resources and the Qt plugins
# (packaging/pyinstaller/kiosk.spec and contents.py; a minute or so). Also the bare PySide6
# window that `kiosk bench --only package` measures the built kiosk's start against.
dist: setup
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/pyinstaller/kiosk.spec
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath build/bare/dist \
	  --workpath build/bare/work packaging/pyinstaller/bare.spec

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
