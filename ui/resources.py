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


_loaded: dict[str, QIcon] = {}


def load_icon(name: str) -> QIcon:
    """One QIcon per name, made once. Qt keeps an SVG icon's drawn pixmaps in QPixmapCache
    under a key of the QIcon itself: a new QIcon at every use (the pause button changes its
    icon several times a step) added new pixmaps until the cache's 10 MB were full, memory
    that grew for the first thousands of steps (issue 13)."""
    icon = _loaded.get(name)
    if icon is None:
        icon = _loaded[name] = QIcon(str(icon_path(name)))
    return icon
