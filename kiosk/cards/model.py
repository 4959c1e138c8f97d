"""What a scan is read as: a citizen ID card (only what is kept of it), a learner card, or
not a card (with the catalogue key of the sentence that says why).

None of these holds the ID number, the old ID number, the address or any date: they are
never kept, so no repr, log line or exception can show them."""

from __future__ import annotations

from dataclasses import dataclass

# The longest scan read: a citizen ID card's QR is about 150 characters, the 2024 card's a few
# hundred; anything longer is "scan.too_long", refused before it is looked at.
MAX_SCAN_CHARS = 1000


@dataclass(frozen=True, slots=True)
class CitizenCard:
    """What is kept of a citizen ID card (CCCD, căn cước)."""

    name: str  # NFC, each word capitalised the Vietnamese way ("Nguyễn Thị Lan")
    birth_year: int
    gender: str | None  # "female" or "male" (the records' codes, kiosk/records/model.py), or None


@dataclass(frozen=True, slots=True)
class LearnerCard:
    """A learner card printed by a kiosk: which kiosk, which person's record."""

    kiosk_id: str  # a UUID, lower case
    person_id: str  # a UUID, lower case


@dataclass(frozen=True, slots=True)
class NotACard:
    """A scan that is not read as a card; `problem` is a key of kiosk/text (area "scan")."""

    problem: str
