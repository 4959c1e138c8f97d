"""The citizen ID card's QR text (CCCD since 2021, căn cước since 2024), read for the name,
the birth year and the sex, and nothing else kept.

The layout, fields separated by `|`:

    ID (12 digits) | old ID (9 or 12 digits, or empty) | FULL NAME | birth DDMMYYYY | Nam/Nữ |
    address | issue date DDMMYYYY [| more fields on some cards: ignored]

Some readers drop the old-ID field altogether (six fields, the name second); that is read too.
Names come in upper case (made "Nguyễn Thị Lan") or mixed (kept), NFC or NFD (made NFC).

Every field but the name, the birth date and the sex is looked at only to tell a whole card
from half a scan; none is kept, and nothing here logs or raises with any of it."""

from __future__ import annotations

import datetime
import re
import unicodedata

from kiosk.cards.model import CitizenCard, NotACard

ID_DIGITS = 12
OLD_ID_DIGITS = (0, 9, 12)
MIN_BIRTH_YEAR = 1900  # as the records (kiosk/records/model.py)
MAX_NAME_CHARS = 100  # as the records' MAX_NAME_LENGTH
# The records' gender codes (kiosk/records/model.py GENDERS), from the card's words.
_SEXES = {"nam": "male", "nữ": "female"}

NOT_A_CARD = "scan.not_a_card"
INCOMPLETE = "scan.incomplete"
BAD_NAME = "scan.bad_name"
BAD_DATE = "scan.bad_date"
BIRTH_FUTURE = "scan.birth_future"
BIRTH_TOO_OLD = "scan.birth_too_old"

_DIGITS = re.compile(r"[0-9]*")
_SPACES = re.compile(r"\s+")
_NAME_PUNCTUATION = frozenset(" '’-.")  # "H'Hen Niê", "Lê-Văn"
_NAME_PART = re.compile(r"[^ '’\-.]+")


def _digits(text: str) -> bool:
    return _DIGITS.fullmatch(text) is not None


def could_be_citizen_card(text: str) -> bool:
    """The text starts as a citizen ID card does: digits, then `|` or the end."""
    head = text.split("|", 1)[0].strip()
    return bool(head) and _digits(head)


def read_citizen(text: str, today: datetime.date) -> CitizenCard | NotACard:
    """`text` (NFC, trimmed) read as a citizen ID card."""
    fields = [field.strip() for field in text.split("|")]
    if not could_be_citizen_card(text):
        return NotACard(NOT_A_CARD)
    if len(fields) == 1:  # digits alone: the start of a card cut short, or some other number
        return NotACard(INCOMPLETE if len(fields[0]) <= ID_DIGITS else NOT_A_CARD)
    if len(fields[0]) != ID_DIGITS:
        return NotACard(INCOMPLETE)
    if _digits(fields[1]):  # the usual layout, the old ID (maybe empty) second
        if len(fields[1]) not in OLD_ID_DIGITS:
            return NotACard(INCOMPLETE)
        rest = fields[2:]
    else:  # no old-ID field at all
        rest = fields[1:]
    if len(rest) < 5:
        return NotACard(INCOMPLETE)
    raw_name, birth, sex, _address, issued = rest[:5]
    problem = _date_problem(issued)
    if problem is not None:
        return NotACard(problem)
    name = card_name(raw_name)
    if isinstance(name, NotACard):
        return name
    year = _birth_year(birth, today)
    if isinstance(year, NotACard):
        return year
    return CitizenCard(name, year, _SEXES.get(sex.casefold()))


def _date(text: str) -> datetime.date | str:
    """A DDMMYYYY date, or the problem's key."""
    if len(text) != 8 or not _digits(text):
        return INCOMPLETE
    try:
        return datetime.date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except ValueError:
        return BIRTH_TOO_OLD if int(text[4:]) < MIN_BIRTH_YEAR else BAD_DATE


def _date_problem(text: str) -> str | None:
    read = _date(text)
    return read if isinstance(read, str) else None


def _birth_year(text: str, today: datetime.date) -> int | NotACard:
    born = _date(text)
    if isinstance(born, str):
        return NotACard(born)
    if born.year < MIN_BIRTH_YEAR:
        return NotACard(BIRTH_TOO_OLD)
    if born > today:
        return NotACard(BIRTH_FUTURE)
    return born.year


def _name_character(char: str) -> bool:
    return char in _NAME_PUNCTUATION or unicodedata.category(char)[0] in "LM"


def card_name(raw: str) -> str | NotACard:
    """The card's name, tidied and capitalised the Vietnamese way; or why it is refused
    (empty: half a scan; digits, control or other characters, too long: a bad name)."""
    name = _SPACES.sub(" ", unicodedata.normalize("NFC", raw)).strip()
    if not name:
        return NotACard(INCOMPLETE)
    if (
        len(name) > MAX_NAME_CHARS
        or not all(_name_character(char) for char in raw.strip())
        or not unicodedata.category(name[0]).startswith("L")
    ):
        return NotACard(BAD_NAME)
    return vietnamese_title(name)


def vietnamese_title(name: str) -> str:
    """An all-capitals (or all-lower-case) name with each word capitalised, diacritics kept:
    "NGUYỄN THỊ LAN" -> "Nguyễn Thị Lan", "H'HEN NIÊ" -> "H'Hen Niê". A name already in mixed
    case is kept as written."""
    letters = [char for char in name if char.isalpha()]
    if any(char.islower() for char in letters) and any(char.isupper() for char in letters):
        return name
    titled = _NAME_PART.sub(lambda part: part[0][:1].upper() + part[0][1:].lower(), name)
    return unicodedata.normalize("NFC", titled)
