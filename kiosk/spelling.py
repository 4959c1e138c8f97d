"""One spelling for Vietnamese words that end in oa, oe or uy: the tone mark where today's state
documents put it, on the first of the two vowels ("hóa", "hòa", "khỏe", "thủy", "tùy", "Ủy
ban"), never on the second ("hoá", "khoẻ", "thuỷ", "Uỷ"). (kiosk.telex calls this placement
`old_style`; both are in use in Vietnam, and the kiosk keeps to one.)

The rule holds only where the pair ends the syllable. Followed by a consonant or another vowel
the mark goes on the second vowel in every style: "hoán", "hoạt", "khoét", "xoáy", "thuyết",
"khuỷu". After "q" the "u" belongs to the consonant, so "quý", "quỳ", "quỹ" are right.
"""

from __future__ import annotations

import re
import unicodedata

_LETTER = r"[^\W\d_]"
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
# A whole word whose last two letters are o + a toned a or e, or u (not after q) + a toned y.
_SECOND_VOWEL_TONED = re.compile(
    rf"(?<!{_LETTER}){_LETTER}*?(?:o[áàảãạéèẻẽẹ]|(?<!q)u[ýỳỷỹỵ])(?!{_LETTER})",
    re.IGNORECASE,
)


def misplaced_tones(text: str) -> list[str]:
    """The words of `text` that put the tone on the second vowel of a final oa, oe or uy."""
    text = unicodedata.normalize("NFC", text)
    return [match.group(0) for match in _SECOND_VOWEL_TONED.finditer(text)]


def house_style(word: str) -> str:
    """`word` with the tone of its final oa, oe or uy on the first vowel ("hoá" -> "hóa",
    "Uỷ" -> "Ủy"); any other word comes back unchanged (in NFC)."""
    word = unicodedata.normalize("NFC", word)
    if not misplaced_tones(word):
        return word
    first, second = word[-2], unicodedata.normalize("NFD", word[-1])
    tone = next(mark for mark in second if mark in _TONES)
    plain = unicodedata.normalize("NFC", second.replace(tone, ""))
    return word[:-2] + unicodedata.normalize("NFC", first + tone) + plain
