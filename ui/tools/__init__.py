"""The tools around the running kiosk, with Qt: `kiosk bench` (bench*.py), `kiosk shot`
(shot.py), `kiosk lessons sheet` (lesson_sheet.py), `kiosk say`'s playback (playfile.py) and
the tests' check of what a window shows against the elder-friendly numbers (audit.py).

The running kiosk never imports this package (an import-linter contract in pyproject.toml);
the tools import the kiosk (ui.app, the screens) like any other user of it."""
