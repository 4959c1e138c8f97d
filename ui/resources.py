"""Bundled icons, looked up by meaning. An unknown name is a bug and fails loudly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from kiosk.paths import resources_dir

ICONS = {
    "home": "home.svg",
    "back": "back.svg",
    "next": "next.svg",
    "next_white": "next_white.svg",
    "listen": "listen.svg",
    "done": "done.svg",
    "touch": "touch.svg",
    "pause": "pause.svg",
    "play": "play.svg",
    "speed": "speed.svg",
}


def icon_path(name: str) -> Path:
    if name not in ICONS:
        raise KeyError(f"unknown icon {name!r}; known: {', '.join(sorted(ICONS))}")
    path = resources_dir() / "icons" / ICONS[name]
    if not path.is_file():
        raise FileNotFoundError(f"icon file missing: {path}")
    return path


def load_icon(name: str) -> QIcon:
    return QIcon(str(icon_path(name)))
