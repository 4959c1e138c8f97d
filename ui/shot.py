"""`kiosk shot`: one screen rendered offscreen to a PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from kiosk.clock import ManualClock
from kiosk.lessons.model import Library
from kiosk.settings import Settings
from ui.window import KioskWindow

SCREENS_HELP = (
    "attract, home, home:<page>, lesson:<lesson-id>:<step>, finish:<lesson-id>, channels, "
    "channel:<channel-id>, idle, quit"
)


class ShotError(ValueError):
    """A screen name that does not exist; the message lists the valid names."""


def _lesson_ids(window: KioskWindow) -> str:
    return ", ".join(lesson.id for lesson in window.lessons()) or "(none loaded)"


def show_screen(window: KioskWindow, spec: str) -> None:
    """Bring the window to the screen named by `spec`, or raise ShotError."""
    name, _, rest = spec.partition(":")
    if name == "attract" and not rest:
        window.show_attract()
    elif name == "home":
        if rest and not rest.isdigit():
            raise ShotError(f"bad page {rest!r} in {spec!r}; write home:2 for the second page")
        page = int(rest) - 1 if rest else 0
        if not 0 <= page < window.home.page_count:
            raise ShotError(f"home has pages 1 to {window.home.page_count}; got {rest}")
        window.show_home(page)
    elif name in ("lesson", "finish"):
        lesson_id, _, step_text = rest.partition(":")
        lesson = window.find_lesson(lesson_id)
        if lesson is None:
            raise ShotError(f"unknown lesson {lesson_id!r}; lessons: {_lesson_ids(window)}")
        if name == "finish":
            if step_text:
                raise ShotError(f"write finish:{lesson_id}, without a step")
            window.show_finish(lesson.id)
            return
        count = len(lesson.steps)
        if not step_text.isdigit() or not 1 <= int(step_text) <= count:
            raise ShotError(
                f"lesson {lesson.id!r} has steps 1 to {count}; write lesson:{lesson.id}:1"
            )
        window.open_lesson(lesson.id, int(step_text) - 1)
    elif name == "channels" and not rest:
        window.show_channels()
    elif name == "channel":
        known = [c.id for c in window.registry.shown()]
        if rest not in known:
            raise ShotError(f"unknown channel {rest!r}; channels: {', '.join(known)}")
        window.show_channels(rest)
    elif name == "idle" and not rest:
        window.show_home()
        window.idle.enabled = True
        window.show_idle_warning(window.settings.idle_countdown_seconds)
    elif name == "quit" and not rest:
        window.show_home()
        window.ask_quit()
    else:
        raise ShotError(f"unknown screen {spec!r}; valid screens: {SCREENS_HELP}")


def take_shot(
    app: QApplication,
    library: Library,
    settings: Settings,
    spec: str,
    out: Path,
    *,
    size: QSize,
    language: str,
) -> None:
    from ui.app import build_window

    window = build_window(app, library, settings, language=language, size=size, clock=ManualClock())
    window.setFixedSize(size)
    window.show()
    show_screen(window, spec)
    app.processEvents()
    image = window.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise OSError(f"cannot write {out}")
    window.quit_allowed = True
    window.close()
