"""Split a text into sentences, so that narration can be synthesised, highlighted and replayed
one sentence at a time.

A sentence ends at a line break, or at ".", "!", "?" or "…" (with any closing quotes or
brackets after them) followed by a space or the end of the text. So a dot inside a number
("1.000", "7.30"), a decimal comma ("90,9") or an address ("dichvucong.gov.vn") never ends a
sentence. Nor does the dot of an abbreviation that goes before a name ("TP. Hồ Chí Minh",
"Dr. Lan"), of "v.v." / "etc." unless a capital letter follows, or of a list number at the
start of a line ("1. Mở ứng dụng").
"""

from __future__ import annotations

import re

_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)")

# Abbreviations written before a name: their dot never ends a sentence.
_BEFORE_NAMES = frozenset(
    {
        "TP.",
        "Tp.",
        "TX.",
        "TT.",
        "GS.",
        "PGS.",
        "TS.",
        "ThS.",
        "BS.",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Dr.",
        "St.",
        "No.",
        "e.g.",
        "i.e.",
        "vs.",
    }
)
# Abbreviations that may end a sentence: only when a capital letter comes next.
_MAYBE_LAST = frozenset({"v.v.", "vv.", "etc."})
_LIST_NUMBER = re.compile(r"\d{1,2}\.")


def _continues(line: str, start: int, match: re.Match[str]) -> bool:
    """Whether the sentence goes on past the end mark `match`."""
    if match.group().strip(".") or len(match.group()) != 1:
        return False  # "!", "?", "…", "..." or a closing quote: always an end
    word = line[: match.end()].split()[-1].lstrip("\"'“‘«([")
    if word in _BEFORE_NAMES:
        return True
    if word.lower() in _MAYBE_LAST:
        following = line[match.end() :].lstrip()
        return not (following[:1].isupper())
    return bool(_LIST_NUMBER.fullmatch(word)) and not line[start : match.start()].strip(
        " 0123456789"
    )


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, each stripped and with its closing punctuation; no empty ones."""
    sentences: list[str] = []
    for line in text.splitlines():
        start = 0
        for match in _END.finditer(line):
            if not _continues(line, start, match):
                sentences.append(line[start : match.end()])
                start = match.end()
        sentences.append(line[start:])
    return [sentence.strip() for sentence in sentences if sentence.strip()]
