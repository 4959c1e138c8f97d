"""Kiosk settings: a small JSON file in the data directory, with safe defaults.

A bad file never stops the kiosk: the defaults (or the last good values) are kept and the
problems are returned so that the facilitator can be told.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from kiosk.lessons.model import LANGUAGES
from kiosk.narration.model import SPEEDS

SETTINGS_FILE = "settings.json"
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
    printer: str = ""  # a CUPS queue name; empty: the system's default printer
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
        return None if value in LANGUAGES else f"language must be one of {', '.join(LANGUAGES)}"
    if name == "speed":
        return None if value in SPEEDS else f"speed must be one of {', '.join(SPEEDS)}"
    if name == "autoplay":
        return None if isinstance(value, bool) else "autoplay must be true or false"
    if name == "paper":
        return None if value in ("A5", "A4") else "paper must be A5 or A4"
    if name == "residential_groups":
        ok = (
            isinstance(value, list | tuple)
            and len(value) <= 60
            and all(isinstance(v, str) and 0 < len(v.strip()) <= 100 for v in value)
        )
        return None if ok else "residential_groups must be a list of up to 60 names"
    if name in ("voice_vi", "voice_en", "printer", "commune_name", "kiosk_name"):
        ok = isinstance(value, str) and len(value) <= 200
        return None if ok else f"{name} must be a name (text)"
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


def load_settings(data_dir: Path) -> tuple[Settings, list[str]]:
    """Settings from `data_dir/settings.json`; every bad value is reported and left at default."""
    path = data_dir / SETTINGS_FILE
    settings = Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return settings, []
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return settings, [f"{path}: cannot read settings ({error}); using defaults"]
    if not isinstance(raw, dict):
        return settings, [f"{path}: settings must be a JSON object; using defaults"]
    known = {f.name for f in fields(Settings)}
    problems = [f"{path}: unknown setting {key!r} ignored" for key in raw if key not in known]
    good: dict[str, Any] = {}
    for key in known & raw.keys():
        problem = check_setting(key, raw[key])
        if problem:
            problems.append(f"{path}: {problem}; keeping {getattr(settings, key)!r}")
        else:
            good[key] = tuple(raw[key]) if isinstance(raw[key], list) else raw[key]
    return replace(settings, **good), problems


def save_settings(data_dir: Path, settings: Settings) -> None:
    """Write atomically: a power cut leaves the old file or the new one, never half of one."""
    import tempfile

    data_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".settings-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(asdict(settings), handle, ensure_ascii=False, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, data_dir / SETTINGS_FILE)
