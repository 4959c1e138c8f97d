"""Names as people write them, and the keys that find and match them.

- `clean_name`: NFC, surrounding spaces removed, inner runs of spaces collapsed. This is what
  is stored: every Vietnamese letter and emoji exactly as typed, only tidied.
- `match_key`: `clean_name` case-folded, with each word's tone mark on the vowel where the
  modern rule puts it. Two names with the same key are the same name ("nguyễn thị đều" and
  "Nguyễn  Thị Đều"; "Hòa" typed on a phone and "Hoà" typed on the kiosk).
- `search_key`: `match_key` without accents, with đ read as d. Search uses it, so that
  "nguyen thi deu" finds "Nguyễn Thị Đều"; names that share it but differ in `match_key` are
  possible duplicates for the facilitator to look at, never merged silently.
- `has_control_characters`: what a name, a group or a place may not hold (controls, and
  the invisible characters that can hide or reorder text); kiosk/records/validate.py refuses
  it, for the screens and for imports alike.
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


# What a name, a residential group or a place may not hold: characters that break a list
# (C0 and C1 controls, line and paragraph separators) and characters that hide text or
# disguise it (every format character, Unicode category Cf: the bidirectional controls such
# as RLO, LRI and PDI, zero-width spaces, the joiners ZWJ and ZWNJ, the soft hyphen, a byte
# order mark, the invisible operators, the tag characters; lone surrogates; private-use
# characters, which each font draws its own way or not at all; and the letters drawn as
# nothing, the Hangul fillers). Vietnamese needs none of them: its letters are letters, its
# tone marks letters or combining marks (categories L and Mn, kept), and it never uses ZWJ or
# ZWNJ. Emoji stay, with their variation selectors and skin tones; so does a ZWJ between two
# of them (a family 👨‍👩‍👧 is one picture), never beside a letter. Flags made of tag
# characters are refused.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_DRAWN_AS_NOTHING = frozenset("\u115f\u1160\u3164\uffa0")  # the Hangul fillers
_ZWJ = "\u200d"


def _refused(char: str) -> bool:
    return unicodedata.category(char) in _REFUSED_CATEGORIES or char in _DRAWN_AS_NOTHING


def _ends_an_emoji(char: str) -> bool:
    """A pictograph, the emoji variation selector or a skin tone (they follow a pictograph)."""
    return (
        unicodedata.category(char) == "So"
        or char == "\ufe0f"
        or "\U0001f3fb" <= char <= "\U0001f3ff"
    )


def has_control_characters(text: str) -> bool:
    """True when `text` holds a character that breaks a list or hides text (see above)."""
    for index, char in enumerate(text):
        if not _refused(char):
            continue
        if not (char == _ZWJ and _joins_emoji(text, index)):
            return True
    return False


def _joins_emoji(text: str, index: int) -> bool:
    """True when the joiner at `index` stands between an emoji and a pictograph."""
    if not 0 < index < len(text) - 1:
        return False
    return _ends_an_emoji(text[index - 1]) and unicodedata.category(text[index + 1]) == "So"
