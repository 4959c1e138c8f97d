"""Where the kiosk finds its bundled files and keeps its data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "cultural-house-kiosk"
DATA_DIR_ENV = "KIOSK_DATA_DIR"


def _bundled(name: str) -> Path:
    """A top-level folder of the source tree, its copy inside an installed wheel, or inside the
    folder of a PyInstaller build (packaging/pyinstaller: sys._MEIPASS, the build's _internal
    folder beside the `kiosk` executable)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen:
        return Path(frozen) / name
    package = Path(__file__).resolve().parent
    source_tree = package.parent / name
    if source_tree.is_dir():
        return source_tree
    return package / "_data" / name


def resources_dir() -> Path:
    return _bundled("resources")


def bundled_lessons_dir() -> Path:
    return _bundled("lessons")


def default_data_dir() -> Path:
    """`KIOSK_DATA_DIR` when set, else the platform's per-user data folder:
    ~/.local/share/cultural-house-kiosk on Linux (made 0700, with 0600 files inside:
    kiosk/private.py), %LOCALAPPDATA%\\cultural-house-kiosk on Windows (in the user's profile,
    whose access list lets in only that user, SYSTEM and the administrators)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir  # only when no folder was given

    return Path(user_data_dir(APP_NAME, appauthor=False))
