"""`read_scan`: what a scanner or the webcam read, as a citizen ID card, a learner card, or
not a card. Never raises; never logs or keeps the text."""

from __future__ import annotations

import datetime
import logging
import unicodedata

from kiosk.cards.citizen import INCOMPLETE, NOT_A_CARD, could_be_citizen_card, read_citizen
from kiosk.cards.learner import is_learner_text, read_learner
from kiosk.cards.model import MAX_SCAN_CHARS, CitizenCard, LearnerCard, NotACard

TOO_LONG = "scan.too_long"
# What a scanner may put around the code: spaces, its Enter, a byte order mark.
_AROUND = " \t\r\n\ufeff"

log = logging.getLogger(__name__)


def read_scan(text: str, *, today: datetime.date) -> CitizenCard | LearnerCard | NotACard:
    """The scanned `text` read as a card; `today` bounds the birth date."""
    if not isinstance(text, str):
        return NotACard(NOT_A_CARD)
    if len(text) > MAX_SCAN_CHARS:
        return NotACard(TOO_LONG)
    try:
        return _read(unicodedata.normalize("NFC", text).strip(_AROUND), today)
    except Exception as error:  # a scan never stops the kiosk
        # The type only: a message could quote the scanned text.
        log.error("a scan could not be read (%s); taken as not a card", type(error).__name__)
        return NotACard(NOT_A_CARD)


def _read(text: str, today: datetime.date) -> CitizenCard | LearnerCard | NotACard:
    if not text:
        return NotACard(INCOMPLETE)
    if is_learner_text(text):
        return read_learner(text)
    if could_be_citizen_card(text):
        return read_citizen(text, today)
    return NotACard(NOT_A_CARD)
