"""Names cannot hide text (issue 14): bidirectional controls and the other invisible format
characters (Unicode category Cf, and a few invisible letters) are refused in names, groups and
places, by one check (kiosk/records/names.py has_control_characters, through validate.py):
in the store, in a sheet's import, on the resident's check-in and in the facilitator's forms,
with the usual message in Vietnamese and in English. Vietnamese letters and emoji stay."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest

from kiosk.clock import ManualClock
from kiosk.records import NewPerson, RecordError, RecordStore, validate
from kiosk.records.csvimport import ImportFailed, import_csv
from kiosk.records.files import records_path
from kiosk.records.names import has_control_characters
from kiosk.settings import Settings, load_settings
from tests.test_records_store import vietnamese_letters

KIOSK = "00000000-0000-4000-8000-0000000000f2"

# Each hides text, turns it around or looks like nothing at all.
HIDDEN = {
    "RLO": "Lê Văn \u202eTám",  # right-to-left override: "Tám" shown as "máT"
    "LRO": "Lê \u202dVăn",
    "RLE": "Lê \u202bVăn",
    "LRE": "Lê \u202aVăn",
    "PDF": "Lê Văn\u202c",
    "LRI": "\u2066Lê Văn Tám",
    "RLI": "Lê \u2067Văn\u2069 Tám",
    "FSI": "Lê \u2068Văn",
    "PDI": "Lê Văn Tám\u2069",
    "LRM": "Lê\u200e Văn",
    "RLM": "Lê\u200f Văn",
    "ALM": "Lê\u061c Văn",
    "ZWSP": "Lê\u200bVăn",
    "ZWNJ": "Le\u200cVan",
    "ZWJ between letters": "Le\u200dVan",
    "ZWJ after an emoji, before a letter": "Lan 🌾\u200da",
    "word joiner": "Lê\u2060Văn",
    "soft hyphen": "Nguy\u00adễn",
    "BOM in the middle": "Nguyễn\ufeff Thị",
    "BOM at the start": "\ufeffNguyễn Thị",
    "invisible times": "Tổ 5\u2062",
    "function application": "Tổ\u2061 5",
    "Mongolian vowel separator": "Tổ\u180e5",
    "tag characters": "Tổ 5\U000e0041\U000e0042\U000e007f",
    "language tag": "\U000e0001Tổ 5",
    "flag of England (tags)": "Tổ 5 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    "interlinear annotation": "Tổ \ufff9ẩn\ufffa\ufffb5",
    "Hangul filler": "Lê \u3164 Văn",
    "half-width Hangul filler": "Lê\uffa0Văn",
    "private use": "Lê \ue000Văn",
    "line separator": "Lê\u2028Văn",
    "escape": "Lê\x1b[31mVăn",
    "NUL": "Lê\x00Văn",
    "C1 control": "Lê\x85Văn",
}
KEPT = [
    *vietnamese_letters(),
    "Nguyễn Thị Đều",
    "Bà Tư 👵🏽 🌾",
    "Gia đình 👨‍👩‍👧 Ặ ỹ Ộ",  # a family: ZWJ between emoji
    "Chú 🏃‍♀️ Hòa",  # ZWJ, a sign, the emoji variation selector
    "Lan ❤️",
    "Tổ dân phố số 3",
    "Nhà văn hóa tổ 5 (cũ)",
    "O'Brien-Lê",
]


def now():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime(2026, 3, 20, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize("text", HIDDEN.values(), ids=HIDDEN.keys())
def test_hidden_characters_are_refused_by_every_check(text):
    assert has_control_characters(text)
    with pytest.raises(RecordError) as caught:
        validate.full_name(text)
    assert caught.value.code == "name_control"
    for code in ("group_invalid", "location_invalid"):
        with pytest.raises(RecordError) as caught:
            validate.short_text(text, code)
        assert caught.value.code == code


def test_every_format_character_of_unicode_is_refused():
    formats = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    assert len(formats) > 150
    for char in formats:
        assert has_control_characters(f"Lê{char}Văn"), f"U+{ord(char):04X}"
        assert has_control_characters(f"👨{char}👩") == (char != "\u200d"), f"U+{ord(char):04X}"


@pytest.mark.parametrize("text", KEPT)
def test_vietnamese_and_emoji_are_kept(text):
    assert not has_control_characters(text)
    assert validate.full_name(text) == text
    assert validate.short_text(text, "group_invalid") == text


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = RecordStore.open(records_path(tmp_path), KIOSK, now=now)
    yield opened
    opened.close()


def test_the_store_stores_nothing_hidden(store):
    for text in HIDDEN.values():
        for new in (NewPerson(text, 1950, "Tổ 5"), NewPerson("Lê Văn Tám", 1950, text)):
            with pytest.raises(RecordError) as caught:
                store.add_person(new)
            assert caught.value.code in ("name_control", "group_invalid")
        with pytest.raises(RecordError) as caught:
            store.start_session("group", text, "")
        assert caught.value.code == "location_invalid"
        with pytest.raises(RecordError):
            store.start_session("group", "Nhà văn hóa", text)  # the facilitator's name
    assert (store.count("people"), store.count("sessions")) == (0, 0)


HEADER = "date,full_name,birth_year,gender,residential_group,location,session_kind,lessons,support"


def test_an_import_names_every_hidden_character_and_imports_nothing(store, tmp_path):
    rows = []
    expected = []
    for number, text in enumerate(HIDDEN.values()):
        cells = ["2026-03-02", "Lê Văn Tám", "1950", "", "Tổ 5", "Nhà văn hóa", "group", "", ""]
        column = ("full_name", "residential_group", "location")[number % 3]
        cells[{"full_name": 1, "residential_group": 4, "location": 5}[column]] = text
        if any(ch in text for ch in ',"\n\r\u2028\x85'):
            cells = [f'"{cell}"' for cell in cells]
        rows.append(",".join(cells))
        code = {"full_name": "name_control", "residential_group": "group_invalid"}
        expected.append((column, code.get(column, "location_invalid")))
    rows.append("2026-03-02,Nguyễn Thị Đều,1958,,Tổ 5,Nhà văn hóa,group,,")  # a good row
    path = tmp_path / "sheet.csv"
    path.write_bytes(("\n".join([HEADER, *rows]) + "\n").encode("utf-8"))
    with pytest.raises(ImportFailed) as caught:
        import_csv(store, path)
    problems = caught.value.problems
    assert [(p.column, p.code) for p in problems] == expected
    lines = [p.line for p in problems]
    assert lines == sorted(lines) and len(set(lines)) == len(HIDDEN)
    assert problems[0].describe("vi") == (
        f"Dòng {lines[0]}, cột full_name: Họ và tên có ký tự lạ. Xin hãy nhập lại."
    )
    assert problems[1].describe("en") == (
        f"Line {lines[1]}, column residential_group: The residential group name is not valid."
    )
    assert (store.count("people"), store.count("sessions")) == (0, 0)


# -- on screen -----------------------------------------------------------------------------

SCREEN_SAMPLES = ["RLO", "LRI", "PDI", "ZWSP", "soft hyphen", "BOM in the middle", "tag characters"]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_check_in_refuses_a_hidden_name(make_window, bundled_library, qtbot, language):
    from PySide6.QtCore import Qt

    window = make_window(settings=Settings(residential_groups=("Tổ 1",)), language=language)
    window.show_finish(bundled_library.in_language("vi")[0].id)
    checkin = window.checkin
    qtbot.mouseClick(window.finish.checkin, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(checkin.buttons.next, Qt.MouseButton.LeftButton)  # the consent
    assert checkin.step == "name"
    message = RecordError("name_control").message(language)
    for sample in SCREEN_SAMPLES:
        checkin.keyboard.set_text(HIDDEN[sample])
        qtbot.mouseClick(checkin.buttons.next, Qt.MouseButton.LeftButton)
        assert checkin.step == "name", sample
        assert checkin.problem_text() == message, sample
        assert checkin.keyboard.text() == HIDDEN[sample]  # kept, to correct
    checkin.keyboard.set_text("Lê Văn Tám")
    qtbot.mouseClick(checkin.buttons.next, Qt.MouseButton.LeftButton)
    assert checkin.step == "year"


@pytest.fixture
def service(tmp_path):  # type: ignore[no-untyped-def]
    from ui.records_service import RecordsService

    made = RecordsService(lambda: RecordStore.open(tmp_path / "records.db", "test-kiosk"))
    yield made
    made.close()


@pytest.fixture
def panel(qtbot, service, bundled_library, data_dir):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSize

    from ui.facilitator import FacilitatorPanel
    from ui.theme import Theme

    made = FacilitatorPanel(
        Theme(1280, 800),
        service,
        bundled_library,
        Settings(residential_groups=("Tổ 1", "Tổ 2")),
        data_dir,
        ManualClock(),
    )
    qtbot.addWidget(made)
    made.setFixedSize(QSize(1280, 800))
    made.show()
    made.show_menu()
    qtbot.waitUntil(lambda: not service.busy, timeout=5000)
    return made


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_facilitator_forms_refuse_hidden_text(panel, service, qtbot, language):
    from tests.test_ui_facilitator import Taps, ask, start_session

    panel.set_language(language)
    taps = Taps(qtbot)
    # Another place, typed when a session starts.
    start = panel.session_start
    taps.tap(panel.menu.grid.card_for("start"))
    taps.tap(start.kinds.card_for("group"))
    taps.tap(start.other_place)
    for sample in SCREEN_SAMPLES:
        start.keyboard.set_text(HIDDEN[sample])
        taps.tap(start.keyboard.keys["done"])
        assert start.step == "typing" and start.location == "", sample
        assert start.type_prompt.error == RecordError("location_invalid").message(language)
    taps.tap(start.bar.back)
    taps.tap(start.bar.back)
    taps.tap(start.bar.back)
    assert panel.current_page() == "menu"

    # A new person's name.
    start_session(panel, taps, qtbot, service, place="Tổ 1")
    taps.tap(panel.search.new)
    new = panel.person_new
    assert new.step == "name"
    for sample in SCREEN_SAMPLES:
        new.keyboard.set_text(HIDDEN[sample])
        taps.tap(new.keyboard.keys["done"])
        assert new.step == "name", sample
        assert new.name_prompt.error == RecordError("name_control").message(language)
    assert ask(qtbot, service, lambda store: store.count("people")) == 0


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_settings_page_refuses_hidden_groups_and_names(panel, qtbot, language):
    from tests.test_ui_facilitator import Taps

    panel.set_language(language)
    taps = Taps(qtbot)
    page = panel.settings_page
    taps.tap(panel.menu.grid.card_for("settings"))
    for field in ("commune_name", "kiosk_name"):
        taps.tap(page.fields.card_for(field))
        for sample in SCREEN_SAMPLES:
            page.keyboard.set_text(HIDDEN[sample])
            taps.tap(page.keyboard.keys["done"])
            assert page.view == "typing", (field, sample)
            assert page.prompt.error == RecordError("text_invalid").message(language)
        page.keyboard.set_text("Phường Đồng Xuân")
        taps.tap(page.keyboard.keys["done"])
        assert page.view == "main"
    taps.tap(page.fields.card_for("residential_groups"))
    taps.tap(page.add_group)
    for sample in SCREEN_SAMPLES:
        page.keyboard.set_text(HIDDEN[sample])
        taps.tap(page.keyboard.keys["done"])
        assert page.view == "typing", sample
        assert page.prompt.error == RecordError("group_invalid").message(language)
    assert page.draft.residential_groups == ("Tổ 1", "Tổ 2")
    assert page.draft.commune_name == page.draft.kiosk_name == "Phường Đồng Xuân"


@pytest.mark.parametrize("hidden", ["\u202e", "\u2066", "\u200b", "\u00ad", "\ufeff"])
def test_settings_refuse_hidden_text_in_groups_and_names(tmp_path: Path, hidden: str) -> None:
    """A group, commune or kiosk name typed into settings.json with a hidden character is
    refused like one typed on screen: the rest of the settings still load."""
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "residential_groups": ["Tổ 1", f"Tổ{hidden} 2"],
                "commune_name": f"Phường{hidden} Đông",
                "kiosk_name": f"{hidden}Máy 1",
                "idle_seconds": 90,
            }
        ),
        encoding="utf-8",
    )
    loaded, problems = load_settings(tmp_path)
    assert len(problems) == 3, problems
    assert loaded.residential_groups == ()
    assert loaded.commune_name == ""
    assert loaded.kiosk_name == ""
    assert loaded.idle_seconds == 90
