"""The learner card's QR text: `NVHHV1:<kiosk-uuid>:<person-uuid>:<check>`, no personal data.

The ids are written in upper case so that the whole text is in the QR code's alphanumeric
mode (a smaller code, easier for a webcam to read on a credit-card-sized card); reading
accepts either case. The check is two hex digits, the low byte of the CRC-32 of the two ids
in their lower-case form: a misread or hand-edited card fails it (1 in 256 gets through, and
then must still name a person of this kiosk)."""

from __future__ import annotations

import re
import uuid
import zlib

from kiosk.cards.model import LearnerCard, NotACard

PREFIX = "NVHHV1:"
FAMILY = "NVHHV"  # any version: a later card format is not taken for something else
BAD_LEARNER_CARD = "scan.bad_learner_card"
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _check(kiosk_id: str, person_id: str) -> str:
    return f"{zlib.crc32(f'{kiosk_id}:{person_id}'.encode('ascii')) & 0xFF:02X}"


def _canonical(text: str) -> str | None:
    """The UUID in its usual lower-case form; None when `text` is not one, written the usual
    way (36 characters, hyphens where they go)."""
    if _UUID.fullmatch(text) is None:
        return None
    return str(uuid.UUID(text))


def learner_payload(kiosk_id: str, person_id: str) -> str:
    """The QR text of a learner card. ValueError when an id is not a UUID."""
    kiosk, person = _canonical(kiosk_id), _canonical(person_id)
    if kiosk is None or person is None:
        raise ValueError("a learner card needs a kiosk id and a person id that are UUIDs")
    return f"{PREFIX}{kiosk.upper()}:{person.upper()}:{_check(kiosk, person)}"


def is_learner_text(text: str) -> bool:
    return text[: len(FAMILY)].upper() == FAMILY


def read_learner(text: str) -> LearnerCard | NotACard:
    """A learner card's text (it starts with NVHHV) read back: format, ids and check."""
    parts = text.split(":")
    if len(parts) != 4 or f"{parts[0].upper()}:" != PREFIX:
        return NotACard(BAD_LEARNER_CARD)
    kiosk, person = _canonical(parts[1]), _canonical(parts[2])
    if kiosk is None or person is None or parts[3].upper() != _check(kiosk, person):
        return NotACard(BAD_LEARNER_CARD)
    return LearnerCard(kiosk, person)
