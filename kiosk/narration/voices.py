"""Which installed voice reads a language: the one chosen in the settings, else a default."""

from __future__ import annotations

import logging

from kiosk.narration.model import Voice

log = logging.getLogger(__name__)

# English voices in order of preference, by their language tag (espeak-ng: "en-gb" is its
# plain "gmw/en"; SAPI5: "en-US", "en-GB"). Other English voices (Scottish, Caribbean...) come
# after these.
_ENGLISH_ORDER = ("en", "en-gb", "en-us")


def choose_voice(voices: list[Voice], language: str, preferred_id: str = "") -> Voice | None:
    """The voice to read `language` with, or None when no installed voice speaks it.

    `preferred_id` (the setting; empty for the default) wins when it is installed for that
    language; it may also be given short, as espeak-ng names voices: "vi-vn-x-south" finds
    "aav/vi-vn-x-south". Otherwise Vietnamese gets a northern voice, then any Vietnamese
    one; English gets a plain en / en-gb / en-us voice, then any English one."""
    candidates = [v for v in voices if v.language == language]
    if preferred_id:
        for voice in candidates:
            if voice.id == preferred_id:
                return voice
        for voice in candidates:
            if _short_name(preferred_id) in (_short_name(voice.id), voice.locale.lower()):
                return voice
        log.warning("voice %r is not installed for %s; using the default", preferred_id, language)
    if not candidates:
        return None
    if language == "vi":
        for voice in candidates:
            if voice.region == "north":
                return voice
        return candidates[0]
    if language == "en":
        for tag in _ENGLISH_ORDER:
            for voice in candidates:
                if voice.locale.lower() == tag:
                    return voice
    return candidates[0]


def _short_name(voice_id: str) -> str:
    """The last part of a voice id: "aav/vi-vn-x-south" -> "vi-vn-x-south"."""
    return voice_id.replace("\\", "/").rsplit("/", 1)[-1].lower()
