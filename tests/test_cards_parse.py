"""The scanned text read as a card (kiosk/cards/): the citizen ID card's layouts in use, the
learner card, everything else; bad input gets its sentence's key and never an exception; and
nothing of the card but the name, birth year and sex is kept anywhere in what is returned."""

from __future__ import annotations

import dataclasses
import logging
import random
import unicodedata
import uuid
from datetime import date

import pytest

from kiosk.cards import (
    MAX_SCAN_CHARS,
    CitizenCard,
    LearnerCard,
    NotACard,
    learner_payload,
    read_scan,
)
from kiosk.cards.citizen import vietnamese_title
from kiosk.records.model import GENDERS
from kiosk.text import has, say

TODAY = date(2026, 5, 20)
ID = "001158012345"
OLD = "012345678"
ADDRESS = "Số 12, ngõ 34 phố Hàng Bông, Phường Hoàn Kiếm, Hà Nội"
BORN = "05031958"
ISSUED = "15082021"
SECRETS = (ID, OLD, ADDRESS, "Hàng Bông", BORN, ISSUED, "0503", "1508")
KIOSK = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
PERSON = "9b2d3c1e-7a44-4f0e-9c61-0d5e8f2a1b37"


def card(
    name: str = "NGUYỄN THỊ LAN",
    born: str = BORN,
    sex: str = "Nữ",
    old: str = OLD,
    issued: str = ISSUED,
    extra: tuple[str, ...] = (),
) -> str:
    return "|".join((ID, old, name, born, sex, ADDRESS, issued, *extra))


def read(text: str) -> CitizenCard | LearnerCard | NotACard:
    return read_scan(text, today=TODAY)


def problem(text: str) -> str:
    result = read(text)
    assert isinstance(result, NotACard), result
    return result.problem


LAN = CitizenCard("Nguyễn Thị Lan", 1958, "female")


# --- the layouts in use -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(card(), LAN, id="7 fields, old ID"),
        pytest.param(card(old=""), LAN, id="7 fields, no old ID (empty field)"),
        pytest.param(card(old="012345678901"), LAN, id="old ID of 12 digits"),
        pytest.param(
            "|".join((ID, "NGUYỄN THỊ LAN", BORN, "Nữ", ADDRESS, ISSUED)),
            LAN,
            id="6 fields, the old-ID field left out",
        ),
        pytest.param(
            card(extra=("NGUYỄN VĂN BA", "TRẦN THỊ TƯ", "")),
            LAN,
            id="2024 card: more fields after the issue date",
        ),
        pytest.param(card(extra=("",)), LAN, id="a trailing empty field"),
        pytest.param(card(name="Nguyễn Thị Lan"), LAN, id="mixed case kept"),
        pytest.param(card(name="nguyễn thị lan"), LAN, id="lower case capitalised"),
        pytest.param(unicodedata.normalize("NFD", card()), LAN, id="NFD in, NFC out"),
        pytest.param(
            unicodedata.normalize("NFD", card(name="Nguyễn Thị Lan")), LAN, id="NFD mixed case"
        ),
        pytest.param(card() + "\r\n", LAN, id="the scanner's Enter"),
        pytest.param("\ufeff " + card() + " ", LAN, id="BOM and spaces around"),
        pytest.param(card(name="  NGUYỄN   THỊ  LAN "), LAN, id="spaces tidied"),
        pytest.param(
            card(name="ĐẶNG VĂN ĐỨC", sex="Nam"),
            CitizenCard("Đặng Văn Đức", 1958, "male"),
            id="Đ and a man",
        ),
        pytest.param(card(sex="NAM"), CitizenCard("Nguyễn Thị Lan", 1958, "male"), id="NAM"),
        pytest.param(card(sex="NỮ"), LAN, id="NỮ upper case"),
        pytest.param(card(sex=""), CitizenCard("Nguyễn Thị Lan", 1958, None), id="no sex"),
        pytest.param(card(sex="Khác"), CitizenCard("Nguyễn Thị Lan", 1958, None), id="other"),
        pytest.param(
            card(name="H'HEN NIÊ"), CitizenCard("H'Hen Niê", 1958, "female"), id="Ê Đê name"
        ),
        pytest.param(
            card(name="Y MOAN ÊNUÔL", sex="Nam"),
            CitizenCard("Y Moan Ênuôl", 1958, "male"),
            id="one-letter word",
        ),
        pytest.param(
            card(name="HOÀNG THỊ HOÀ"),
            CitizenCard("Hoàng Thị Hoà", 1958, "female"),
            id="old-style tone place kept",
        ),
        pytest.param(card(born="01011900"), CitizenCard("Nguyễn Thị Lan", 1900, "female")),
        pytest.param(card(born="20052026"), CitizenCard("Nguyễn Thị Lan", 2026, "female")),
        pytest.param(card(born="29022000"), CitizenCard("Nguyễn Thị Lan", 2000, "female")),
    ],
)
def test_a_citizen_id_card_is_read(text: str, expected: CitizenCard) -> None:
    result = read(text)
    assert result == expected
    assert isinstance(result, CitizenCard)
    assert unicodedata.is_normalized("NFC", result.name)


@pytest.mark.parametrize(
    ("upper", "title"),
    [
        ("NGUYỄN THỊ LAN", "Nguyễn Thị Lan"),
        ("TRẦN VĂN ĐỨC", "Trần Văn Đức"),
        ("LÊ THỊ ÁNH TUYẾT", "Lê Thị Ánh Tuyết"),
        ("PHẠM ĐÌNH ỨNG", "Phạm Đình Ứng"),
        ("VŨ THỊ ƯỚC", "Vũ Thị Ước"),
        ("ÂU DƯƠNG ỢI", "Âu Dương Ợi"),
        ("H'HEN NIÊ", "H'Hen Niê"),
        ("LÊ-VĂN AN", "Lê-Văn An"),
        ("Nguyễn thị Lan", "Nguyễn thị Lan"),  # mixed case is the card's own: kept
    ],
)
def test_names_are_capitalised_the_vietnamese_way(upper: str, title: str) -> None:
    assert vietnamese_title(upper) == title
    nfd = unicodedata.normalize("NFD", upper)
    assert read(card(name=nfd)) == CitizenCard(title, 1958, "female")


def test_the_sexes_are_the_records_own_gender_codes() -> None:
    for sex in ("Nam", "Nữ"):
        result = read(card(sex=sex))
        assert isinstance(result, CitizenCard)
        assert result.gender in GENDERS


# --- learner cards ----------------------------------------------------------------------------
def test_a_learner_card_is_read_back_in_either_case() -> None:
    payload = learner_payload(KIOSK, PERSON)
    assert payload.startswith("NVHHV1:")
    assert payload.count(":") == 3
    for text in (payload, payload.lower(), payload + "\r\n", f" {payload} "):
        assert read(text) == LearnerCard(KIOSK, PERSON)


def test_a_learner_card_holds_nothing_but_the_two_ids() -> None:
    payload = learner_payload(KIOSK.upper(), PERSON)
    kiosk, person, check = payload.removeprefix("NVHHV1:").split(":")
    assert (kiosk.lower(), person.lower()) == (KIOSK, PERSON)
    assert len(check) == 2 and int(check, 16) >= 0
    # Everything in the QR code's alphanumeric mode: the smallest code for a card.
    assert set(payload) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def test_learner_payload_refuses_ids_that_are_not_uuids() -> None:
    with pytest.raises(ValueError):
        learner_payload("kiosk", PERSON)
    with pytest.raises(ValueError):
        learner_payload(KIOSK, "42")


def _with_check(kiosk: str, person: str, check: str) -> str:
    return f"NVHHV1:{kiosk}:{person}:{check}"


GOOD = learner_payload(KIOSK, PERSON)
GOOD_CHECK = GOOD.rsplit(":", 1)[1]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(GOOD[:-1], id="check cut short"),
        pytest.param(GOOD.rsplit(":", 1)[0], id="no check"),
        pytest.param(GOOD[:30], id="half a card"),
        pytest.param("NVHHV1:", id="prefix only"),
        pytest.param(GOOD + ":00", id="a field too many"),
        pytest.param(
            _with_check(KIOSK, PERSON, f"{(int(GOOD_CHECK, 16) + 1) % 256:02X}"), id="bad check"
        ),
        pytest.param(
            _with_check(KIOSK, PERSON.replace("9b2d", "9b2e"), GOOD_CHECK), id="one digit changed"
        ),
        pytest.param(_with_check("not-a-uuid", PERSON, GOOD_CHECK), id="kiosk not a UUID"),
        pytest.param(_with_check(KIOSK, PERSON.replace("-", ""), GOOD_CHECK), id="hex UUID"),
        pytest.param(_with_check(KIOSK, "{" + PERSON + "}", GOOD_CHECK), id="braced UUID"),
        pytest.param(GOOD.replace("NVHHV1", "NVHHV2"), id="a later version"),
        pytest.param("NVHHV1:" + "x" * 900, id="long rubbish"),
    ],
)
def test_a_damaged_or_forged_learner_card_is_refused(text: str) -> None:
    assert problem(text) == "scan.bad_learner_card"


# --- anything else ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "00020101021238570010A00000072701270006970436011300110123456780208QRIBFTTA"
            "53037045405500005802VN62150811Hoc phi lop6304A1B2",
            id="VietQR bank transfer",
        ),
        pytest.param("https://zalo.me/g/abcdef123", id="Zalo group link"),
        pytest.param("https://zaloapp.com/qr/p/1x2y3z", id="Zalo personal code"),
        pytest.param("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", id="web address"),
        pytest.param("WIFI:S:NhaVanHoa;T:WPA;P:12345678;;", id="wifi"),
        pytest.param("Xin chào các bác", id="plain text"),
        pytest.param("BEGIN:VCARD\nFN:Nguyễn Văn A\nEND:VCARD", id="vCard"),
        pytest.param("NGUYỄN THỊ LAN|05031958|Nữ", id="name first"),
        pytest.param("1234567890123456789", id="a long number"),
        pytest.param("a|b|c|d|e|f|g", id="pipes, no ID"),
        pytest.param("8938505974194", id="a 13-digit barcode"),
    ],
)
def test_anything_else_is_not_a_card(text: str) -> None:
    assert problem(text) == "scan.not_a_card"
    assert say("scan.not_a_card", "vi") == "Đây không phải thẻ căn cước."


# --- bad input --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key"),
    [
        (card(born="21052026"), "scan.birth_future"),
        (card(born="01012100"), "scan.birth_future"),
        (card(born="31121899"), "scan.birth_too_old"),
        (card(born="01010001"), "scan.birth_too_old"),
        (card(born="00001850"), "scan.birth_too_old"),
        (card(born="31021958"), "scan.bad_date"),
        (card(born="29021958"), "scan.bad_date"),
        (card(born="01131958"), "scan.bad_date"),
        (card(born="00011958"), "scan.bad_date"),
        (card(issued="32082021"), "scan.bad_date"),
        (card(born="0503195"), "scan.incomplete"),
        (card(born="05/03/1958"), "scan.incomplete"),
        (card(born=""), "scan.incomplete"),
        (card(issued="1508"), "scan.incomplete"),
        (card(issued=""), "scan.incomplete"),
        (card(name=""), "scan.incomplete"),
        (card(name="NGUYỄN\x00THỊ LAN"), "scan.bad_name"),
        (card(name="NGUYỄN\tTHỊ LAN"), "scan.bad_name"),
        (card(name="NGUYỄN THỊ\u202eLAN"), "scan.bad_name"),
        (card(name="NGUYỄN\u200bTHỊ LAN"), "scan.bad_name"),
        (card(name="NGUYỄN THỊ LAN 2"), "scan.bad_name"),
        (card(name="NGUYỄN THỊ LAN 😀"), "scan.bad_name"),
        (card(name="<script>alert(1)</script>"), "scan.bad_name"),
        (card(name="A" * 101), "scan.bad_name"),
        (card(name="NGUYỄN " * 40), "scan.bad_name"),
        (card(name="-LAN"), "scan.bad_name"),
        (card(old="12345"), "scan.incomplete"),
        ("0011580123|" + card()[13:], "scan.incomplete"),
        ("0011580123456|" + card()[13:], "scan.incomplete"),
        (ID, "scan.incomplete"),
        (ID[:5], "scan.incomplete"),
        (ID + "|", "scan.incomplete"),
        (ID + "|" + OLD, "scan.incomplete"),
        (ID + "|" + OLD + "|NGUYỄN THỊ LAN", "scan.incomplete"),
        (ID + "|" + OLD + "|NGUYỄN THỊ LAN|05031958|Nữ", "scan.incomplete"),
        ("", "scan.incomplete"),
        ("   \r\n", "scan.incomplete"),
        ("9" * (MAX_SCAN_CHARS + 1), "scan.too_long"),
        (card() + "|" + "x" * MAX_SCAN_CHARS, "scan.too_long"),
        (card() * 100, "scan.too_long"),
        ("x" * 10_000, "scan.too_long"),
    ],
)
def test_bad_input_gets_its_sentence(text: str, key: str) -> None:
    assert problem(text) == key
    assert has(key)
    assert say(key, "vi") and say(key, "en")


def test_every_cut_of_a_card_is_half_a_scan() -> None:
    """The scanner unplugged mid-code: every prefix but the whole is refused."""
    whole = card()
    for end in range(len(whole)):
        assert isinstance(read(whole[:end]), NotACard), end
    assert read(whole) == LAN


def test_the_longest_scan_read_is_max_scan_chars() -> None:
    padded = card(extra=("x" * (MAX_SCAN_CHARS - len(card()) - 1),))
    assert len(padded) == MAX_SCAN_CHARS
    assert read(padded) == LAN
    assert problem(padded + "x") == "scan.too_long"


def test_what_is_not_a_string_is_not_a_card() -> None:
    for odd in (None, b"001158012345|", 42):
        assert read_scan(odd, today=TODAY) == NotACard("scan.not_a_card")  # type: ignore[arg-type]


# --- what is kept -----------------------------------------------------------------------------
def test_the_results_can_hold_nothing_else() -> None:
    assert [f.name for f in dataclasses.fields(CitizenCard)] == ["name", "birth_year", "gender"]
    assert [f.name for f in dataclasses.fields(LearnerCard)] == ["kiosk_id", "person_id"]
    assert [f.name for f in dataclasses.fields(NotACard)] == ["problem"]
    for result in (LAN, LearnerCard(KIOSK, PERSON), NotACard("scan.incomplete")):
        assert not hasattr(result, "__dict__")  # slots: no attribute can be added
        with pytest.raises((AttributeError, TypeError)):
            result.id_number = ID  # type: ignore[union-attr]
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(result, dataclasses.fields(result)[0].name, ID)


ALPHABET = (
    "0123456789" * 4
    + "|" * 8
    + "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz:/-.'"
    + "ĐđĂăÂâÊêÔôƠơƯư ÀÁẢÃẠàáảãạỄễỆệỮữ"
    + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"  # combining tone and letter marks
    + "\x00\x07\t\r\n\x1b\x7f\x85\u200b\u200d\u202e\u2028\ufeff\ud800\U0001f600"
)


def _mutations(rng: random.Random) -> str:
    """A card changed in a random way, or random text."""
    fields = card(extra=("NGUYỄN VĂN BA",) * rng.randint(0, 2)).split("|")
    kind = rng.randrange(6)
    if kind == 0:
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 200)))
    if kind == 1:
        fields[rng.randrange(len(fields))] = "".join(
            rng.choice(ALPHABET) for _ in range(rng.randint(0, 20))
        )
    elif kind == 2:
        del fields[rng.randrange(len(fields))]
    elif kind == 3:
        fields.insert(rng.randrange(len(fields)), rng.choice(fields))
    elif kind == 4:
        text = "|".join(fields)
        at = rng.randrange(len(text))
        return text[:at] + rng.choice(ALPHABET) + text[at + 1 :]
    else:
        rng.shuffle(fields)
    text = "|".join(fields)
    return unicodedata.normalize(rng.choice(("NFC", "NFD")), text)


def _leaks(result: object) -> list[str]:
    shown = repr(result) + str(result)
    return [secret for secret in SECRETS if secret in shown]


def test_random_scans_never_raise_never_log_and_never_keep_the_card(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rng = random.Random(18)
    seen: set[str] = set()
    caplog.set_level(logging.DEBUG)
    for _ in range(5000):
        text = _mutations(rng)
        result = read(text)
        seen.add(type(result).__name__)
        assert isinstance(result, CitizenCard | LearnerCard | NotACard)
        assert _leaks(result) == [], text
        if isinstance(result, NotACard):
            assert has(result.problem), result
        if isinstance(result, CitizenCard):
            assert unicodedata.is_normalized("NFC", result.name)
            assert not any(char.isdigit() for char in result.name)
            assert 1900 <= result.birth_year <= TODAY.year
    assert seen == {"CitizenCard", "NotACard"}
    assert caplog.records == []


def test_random_learner_cards_never_raise() -> None:
    rng = random.Random(180)
    for _ in range(2000):
        kiosk, person = str(uuid.UUID(int=rng.getrandbits(128))), str(uuid.uuid4())
        payload = learner_payload(kiosk, person)
        assert read(payload) == LearnerCard(kiosk, person)
        at = rng.randrange(len("NVHHV1:"), len(payload))
        changed = payload[:at] + rng.choice(ALPHABET) + payload[at + 1 :]
        result = read(changed)
        assert result == LearnerCard(kiosk, person) or isinstance(result, NotACard)
        if changed.upper() != payload.upper() and isinstance(result, LearnerCard):
            # Only a change the CRC cannot see (1 in 256) may name another person.
            assert result != LearnerCard(kiosk, person)


def test_nothing_of_the_card_is_in_any_result() -> None:
    texts = [card(), card(old=""), card(born="21052026"), card(name="LAN\x00"), card()[:60]]
    for text in texts:
        assert _leaks(read(text)) == []
