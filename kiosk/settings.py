"""Kiosk settings: a small JSON file in the data directory, with safe defaults.

A bad file never stops the kiosk: the last good values (or the defaults) are kept and the
problems are returned so that the facilitator can be told (`kiosk settings check`).
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from kiosk import guarded
from kiosk.lessons.model import LANGUAGES
from kiosk.narration.model import SPEEDS
from kiosk.private import replace_private
from kiosk.records.names import has_control_characters

SETTINGS_FILE = "settings.json"  # its last good copy: settings.good.json
MAX_SETTINGS_BYTES = 200_000  # 60 groups of 100 characters and the rest fit many times
MIN_COUNTDOWN_S = 20  # WCAG 2.2.1: at least 20 seconds to answer "are you still there?"
RETENTION_MONTHS = (6, 120)  # personal data is kept 6 months to 10 years after last activity


@dataclass(frozen=True)
class Settings:
    language: str = "vi"
    idle_seconds: int = 120
    idle_countdown_seconds: int = 30
    attract_slide_seconds: int = 6
    autoplay: bool = True  # speak each step as soon as it shows
    speed: str = "normal"  # normal, slow, slower
    volume: int = 80  # 0 to 100; the facilitator's
    voice_vi: str = ""  # an installed voice id; empty: the northern voice
    voice_en: str = ""
    # a printer's name (a CUPS queue on Linux, a printer of Windows' settings); empty: the
    # system's default printer
    printer: str = ""
    paper: str = "A5"  # handouts: A5 or A4
    commune_name: str = ""  # shown on reports and in the facilitator panel
    kiosk_name: str = ""  # which kiosk this is, when a commune has several
    residential_groups: tuple[str, ...] = ()  # the groups a resident picks from at check-in
    # Months after a person's last activity before their name, phone and gender are erased
    # (kiosk/records/privacy.py); what they took part in is still counted.
    retention_months: int = 24


def check_setting(name: str, value: Any) -> str | None:
    """A problem with one setting, or None."""
    if name == "language":
        ok = isinstance(value, str) and value in LANGUAGES
        return None if ok else f"language must be one of {', '.join(LANGUAGES)}"
    if name == "speed":
        ok = isinstance(value, str) and value in SPEEDS
        return None if ok else f"speed must be one of {', '.join(SPEEDS)}"
    if name == "autoplay":
        return None if isinstance(value, bool) else "autoplay must be true or false"
    if name == "paper":
        ok = isinstance(value, str) and value in ("A5", "A4")
        return None if ok else "paper must be A5 or A4"
    if name == "residential_groups":
        ok = (
            isinstance(value, list | tuple)
            and len(value) <= 60
            and all(
                isinstance(v, str) and 0 < len(v.strip()) <= 100 and not has_control_characters(v)
                for v in value
            )
        )
        return None if ok else "residential_groups must be a list of up to 60 names"
    if name in ("voice_vi", "voice_en", "printer", "commune_name", "kiosk_name"):
        ok = isinstance(value, str) and len(value) <= 200 and not has_control_characters(value)
        return None if ok else f"{name} must be a name (text without hidden characters)"
    if name == "volume":
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100
        return None if ok else "volume must be a whole number from 0 to 100"
    if name == "retention_months":
        low, high = RETENTION_MONTHS
        ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
        return None if ok else f"retention_months must be a whole number from {low} to {high}"
    if not isinstance(value, int) or isinstance(value, bool):
        return f"{name} must be a whole number of seconds"
    if name == "idle_seconds" and not 30 <= value <= 3600:
        return "idle_seconds must be between 30 and 3600"
    if name == "idle_countdown_seconds" and not MIN_COUNTDOWN_S <= value <= 300:
        return f"idle_countdown_seconds must be between {MIN_COUNTDOWN_S} and 300"
    if name == "attract_slide_seconds" and not 2 <= value <= 60:
        return "attract_slide_seconds must be between 2 and 60"
    return None


def load_settings(data_dir: Path, *, remember: bool = False) -> tuple[Settings, list[str]]:
    """Settings from `data_dir/settings.json` and every problem found, never an exception.

    The file is read through kiosk/guarded.py (bounded in size, depth and number size). Every
    bad value is reported and the last good value kept: the one of `settings.good.json` (the
    last file that loaded with no problem at a start, or that the kiosk saved), else the
    default. A file that cannot be used at all gives the last good file whole, else the
    defaults. With `remember` (`kiosk run`), a file with no problem becomes the last good
    file; other commands only read (they may be reading another kiosk's stick).
    """
    path = data_dir / SETTINGS_FILE
    try:
        raw = guarded.read_json(path, max_bytes=MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return Settings(), []
    except guarded.BadFile as bad:
        good = _last_good(path)
        if good is not None:
            return good, [f"{bad}; using the last good settings ({guarded.good_copy(path)})"]
        return Settings(), [f"{bad}; using the defaults"]
    fallback = _last_good(path) or Settings()
    settings, problems = parse_settings(raw, path, fallback)
    if remember and not problems:
        with contextlib.suppress(OSError, guarded.BadFile):  # a read-only medium: no copy
            guarded.keep_good_copy(path, max_bytes=MAX_SETTINGS_BYTES)
    return settings, problems


def parse_settings(
    raw: Any, path: Path, fallback: Settings | None = None
) -> tuple[Settings, list[str]]:
    """The settings parsed JSON `raw` (from `path`) gives; bad values keep `fallback`'s."""
    fallback = fallback or Settings()
    if not isinstance(raw, dict):
        kind = guarded.kind_name(raw)
        return fallback, [f"{path}: settings must be a JSON object, not {kind}; ignored"]
    known = {f.name for f in fields(Settings)}
    problems = [
        f"{path}: unknown setting {guarded.brief(key)} ignored" for key in raw if key not in known
    ]
    good: dict[str, Any] = {}
    for key in sorted(known & raw.keys()):
        problem = check_setting(key, raw[key])
        if problem:
            problems.append(f"{path}: {problem}; keeping {getattr(fallback, key)!r}")
        else:
            good[key] = tuple(raw[key]) if isinstance(raw[key], list) else raw[key]
    return replace(fallback, **good), problems


def _last_good(path: Path) -> Settings | None:
    """The settings of the last good copy, when it is there and still loads with no problem."""
    good = guarded.good_copy(path)
    try:
        raw = guarded.read_json(good, max_bytes=MAX_SETTINGS_BYTES)
    except (OSError, guarded.BadFile):
        return None
    settings, problems = parse_settings(raw, good)
    return None if problems else settings


def save_settings(data_dir: Path, settings: Settings) -> None:
    """Write atomically: a power cut leaves the old file or the new one, never half of one."""
    data_dir.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2)
    replace_private(data_dir / SETTINGS_FILE, text.encode("utf-8"))
    with contextlib.suppress(OSError, guarded.BadFile):  # what the kiosk writes is good
        guarded.keep_good_copy(data_dir / SETTINGS_FILE, max_bytes=MAX_SETTINGS_BYTES)
