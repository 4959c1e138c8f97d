"""Names as people write them, and the keys that find and match them.

- `clean_name`: NFC, surrounding spaces removed, inner runs of spaces collapsed. This is what
  is stored: every Vietnamese letter and emoji exactly as typed, only tidied.
- `match_key`: `clean_name` case-folded, with each word's tone mark on the vowel where the
  modern rule puts it. Two names with the same key are the same name ("nguyễn thị đều" and
  "Nguyễn  Thị Đều"; "Hòa" typed on a phone and "Hoà" typed on the kiosk).
- `search_key`: `match_key` without accents, with đ read as d. Search uses it, so that
  "nguyen thi deu" finds "Nguyễn Thị Đều"; names that share it but differ in `match_key` are
  possible duplicates for the facilitator to look at, never merged silently.
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.telex import Tone, apply_tone, strip_tone, tone_of

_SPACES = re.compile(r"\s+")


def clean_name(name: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip()


def match_key(name: str) -> str:
    words = unicodedata.normalize("NFC", clean_name(name).casefold()).split(" ")
    return " ".join(_settled_tone(word) for word in words)


def _settled_tone(word: str) -> str:
    tone = tone_of(word)
    if tone is Tone.LEVEL:
        return word
    return apply_tone(strip_tone(word), tone) or word


def search_key(text: str) -> str:
    """Accent-free, lower-case, single-spaced: the form both names and queries are searched in."""
    decomposed = unicodedata.normalize("NFD", clean_name(text).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.replace("đ", "d")


def has_control_characters(text: str) -> bool:
    """True for C0/C1 controls, line breaks and other format characters that break a list."""
    return any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in text if ch != " ")
