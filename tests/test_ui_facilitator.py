"""The facilitator panel, driven as a facilitator drives it: taps on its buttons and on the
keys of the on-screen keyboard and number pad, against a real RecordStore (through the
RecordsService, on its own thread) in the test's folder."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.clock import ManualClock
from kiosk.contrast import contrast_ratio
from kiosk.records import NewPerson, Person, RecordError, RecordStore, Session
from kiosk.records.model import MAX_NAME_LENGTH, SUPPORT_KINDS
from kiosk.records.names import search_key
from kiosk.records.summary import SessionSummary
from kiosk.settings import Settings, load_settings
from ui.facilitator import FacilitatorPanel
from ui.facilitator.widgets import PANEL_COLOURS
from ui.i18n import translations_dir
from ui.records_service import RecordsService
from ui.theme import Theme
from ui.tools.audit import audit

ROOT = Path(__file__).resolve().parent.parent
GROUPS = tuple(f"Tổ {n}" for n in range(1, 9))
SHOTS = Path("/tmp/facilitator-shots")
NEW_NAME_TELEX = "nguyeenx thij ddeeuf"  # Nguyễn Thị Đều, as a facilitator types it (Telex)


# -- helpers ---------------------------------------------------------------------------
class Taps:
    """Taps with the mouse (as a finger does), counted."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0

    def tap(self, widget: QWidget | None) -> None:
        assert widget is not None and widget.isVisible() and widget.isEnabled(), widget
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.count += 1

    def type(self, keyboard: Any, keys: str) -> None:
        for key in keys:
            self.tap(keyboard.keys["space" if key == " " else key])


def ask(qtbot: Any, records: RecordsService, work: Callable[[RecordStore], Any]) -> Any:
    """Run `work` on the records thread and wait for its answer (a RecordError is returned)."""
    box: list[Any] = []
    records.call(work, box.append, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    return box[0]


def settle(qtbot: Any, records: RecordsService) -> None:
    qtbot.waitUntil(lambda: not records.busy, timeout=5000)
    QApplication.processEvents()


def support_codes(store: RecordStore, session_id: str) -> list[str]:
    return [given.code for row in store.attendees(session_id) for given in row.support]


def people_count(qtbot: Any, records: RecordsService) -> int:
    return ask(qtbot, records, lambda store: store.count("people"))


@pytest.fixture
def records(tmp_path: Path) -> Iterator[RecordsService]:
    # Widgets earlier test files let go of (deleteLater) are deleted at the first event loop;
    # after the ergonomics file that took 6 s, inside the first panel's 5-second wait.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    service = RecordsService(lambda: RecordStore.open(tmp_path / "records.db", "test-kiosk"))
    yield service
    service.close()


@pytest.fixture
def make_panel(qtbot, records, bundled_library, data_dir):  # type: ignore[no-untyped-def]
    def make(
        size: tuple[int, int] = (1280, 800),
        settings: Settings | None = None,
        language: str = "vi",
    ) -> FacilitatorPanel:
        panel = FacilitatorPanel(
            Theme(*size),
            records,
            bundled_library,
            settings or Settings(residential_groups=GROUPS),
            data_dir,
            ManualClock(),
        )
        qtbot.addWidget(panel)
        panel.setFixedSize(QSize(*size))
        panel.set_language(language)
        panel.show()
        panel.show_menu()
        settle(qtbot, records)
        return panel

    return make


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The interface in Vietnamese: the kiosk's own .qm, installed last so that it wins."""
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "kiosk_vi.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


# -- more helpers ----------------------------------------------------------------------
def start_session(
    panel: FacilitatorPanel,
    taps: Taps,
    qtbot: Any,
    records: RecordsService,
    kind: str = "group",
    place: str = "Tổ 3",
    lessons: int = 1,
    facilitator: str = "",
) -> Session:
    """Start a session from the menu by taps: its kind, a residential group, the first
    `lessons` lessons, the facilitator's name (Telex) and Done; the session as stored."""
    start = panel.session_start
    taps.tap(panel.menu.grid.card_for("start"))
    taps.tap(start.kinds.card_for(kind))
    taps.tap(start.places.card_for(place))
    for key in start.lesson_grid.shown_keys()[:lessons]:
        taps.tap(start.lesson_grid.card_for(key))
    taps.tap(start.next)
    taps.type(start.keyboard, facilitator)
    taps.tap(start.keyboard.keys["done"])
    settle(qtbot, records)
    assert panel.current_page() == "search" and panel.search.mode == "attend"
    session = ask(qtbot, records, lambda store: store.open_session())
    assert session is not None
    return session


def find(panel: FacilitatorPanel, taps: Taps, qtbot: Any, keys: str) -> list[Person]:
    """Type on the search keyboard and wait for the matches of what it then holds."""
    search = panel.search
    taps.type(search.keyboard, keys)
    qtbot.waitUntil(lambda: search.answered == search.query, timeout=5000)
    return list(search.results)


def type_lower(taps: Taps, keyboard: Any, text: str) -> None:
    """Type `text` all in small letters: Aa before each word takes its capital off."""
    for key in text:
        if key != " " and keyboard.next_is_capital():
            taps.tap(keyboard.keys["shift"])
        taps.type(keyboard, key)


def add_new(
    panel: FacilitatorPanel,
    taps: Taps,
    qtbot: Any,
    records: RecordsService,
    name_keys: str,
    year: str,
    group: str,
) -> list[Person]:
    """From the search page: the name typed, New person, the birth year on the number pad
    (its fourth digit moves on), the group (which saves). The matches seen are returned."""
    seen = find(panel, taps, qtbot, name_keys)
    taps.tap(panel.search.new)
    new = panel.person_new
    assert panel.current_page() == "person_new" and new.step == "year"
    for digit in year:
        taps.tap(new.numpad.keys[digit])
    assert new.step == "group"
    taps.tap(new.groups.card_for(group))
    settle(qtbot, records)
    return seen


def add_returning(
    panel: FacilitatorPanel, taps: Taps, qtbot: Any, records: RecordsService, person: Person
) -> None:
    """As a facilitator finds somebody they know: the given name without accents, then the
    family name letter by letter while the person is not among the matches; a tap adds."""
    family, *_, given = search_key(person.full_name).split()
    more = iter(" " + family)
    found = find(panel, taps, qtbot, given)
    while person.id not in [p.id for p in found]:
        found = find(panel, taps, qtbot, next(more))
    taps.tap(panel.search.cards[[p.id for p in found].index(person.id)])
    settle(qtbot, records)
    assert panel.search.keyboard.text() == "" and panel.search.last_added is not None
    assert panel.search.last_added.person.id == person.id


def present(qtbot: Any, records: RecordsService, session_id: str) -> list[str]:
    """The names of the people present in a session, as stored, in the order added."""
    rows = ask(qtbot, records, lambda store: store.attendees(session_id))
    return [row.person.full_name for row in rows]


def rows(qtbot: Any, records: RecordsService, sql: str) -> list[tuple[Any, ...]]:
    return ask(qtbot, records, lambda store: store.db.execute(sql).fetchall())


def seed(qtbot: Any, records: RecordsService, *people: NewPerson) -> list[Person]:
    return ask(qtbot, records, lambda store: [store.add_person(p)[0] for p in people])


def to_attendance(panel: FacilitatorPanel, taps: Taps) -> None:
    """From the search page after a start: Back goes to the session's attendance."""
    taps.tap(panel.search.back)
    assert panel.current_page() == "attendance"


# -- starting a session ----------------------------------------------------------------
def test_a_session_is_started_by_taps(make_panel, qtbot, records, bundled_library):
    panel = make_panel()
    assert ask(qtbot, records, lambda store: store.open_session()) is None
    taps = Taps(qtbot)
    session = start_session(
        panel, taps, qtbot, records, "mobile_point", "Tổ 5", lessons=2, facilitator="coo lan"
    )
    lessons = tuple(lesson.id for lesson in bundled_library.in_language("vi")[:2])
    assert len(lessons) == 2
    assert (session.kind, session.location, session.facilitator, session.lessons) == (
        "mobile_point",
        "Tổ 5",
        "Cô Lan",
        lessons,
    )
    assert session.is_open and session.kiosk_id == "test-kiosk"
    assert taps.count == 1 + 1 + 1 + 2 + 1 + len("coo lan") + 1  # nothing more is asked
    # Straight on to the first name; Back shows the (empty) attendance of that session.
    assert panel.search.status.text().startswith("The session has started.")
    to_attendance(panel, taps)
    assert "Tổ 5" in panel.attendance.bar.title.full_text()
    assert panel.attendance.empty.isVisible() and not panel.attendance.grid.isVisible()
    taps.tap(panel.attendance.bar.back)
    assert panel.current_page() == "menu"
    menu = panel.menu.grid
    assert menu.shown_keys()[:2] == ["attendance", "add"] and menu.card_for("start") is None
    assert "Tổ 5" in menu.card_for("attendance").detail.full_text()


# -- finding and adding people ---------------------------------------------------------
def test_search_finds_people_without_accents_or_case_and_adds_them_once(make_panel, qtbot, records):
    deu, *_ = seed(
        qtbot,
        records,
        NewPerson("Nguyễn Thị Đều", 1958, "Tổ 2"),
        NewPerson("Nguyễn Thị Hoa", 1960, "Tổ 1"),
        NewPerson("Lê Văn Đều", 1950, "Tổ 4"),
        NewPerson("Nguyễn Văn Thịnh", 1949, "Tổ 2"),
    )
    panel = make_panel()
    taps = Taps(qtbot)
    session = start_session(panel, taps, qtbot, records)
    search = panel.search
    type_lower(taps, search.keyboard, "nguyen thi deu")
    assert search.keyboard.text() == "nguyen thi deu"
    qtbot.waitUntil(lambda: search.answered == "nguyen thi deu", timeout=5000)
    assert [p.full_name for p in search.results] == ["Nguyễn Thị Đều"]
    assert [card.isVisible() for card in search.cards] == [True, False, False, False]
    assert "Nguyễn Thị Đều" in search.cards[0].accessibleName()
    taps.tap(search.cards[0])
    settle(qtbot, records)
    assert present(qtbot, records, session.id) == ["Nguyễn Thị Đều"]
    assert search.keyboard.text() == "" and search.last_added.new  # ready for the next name
    # Found again (by her given name alone): marked as here, and a tap adds nobody.
    found = find(panel, taps, qtbot, "deu")
    assert {p.full_name for p in found} == {"Nguyễn Thị Đều", "Lê Văn Đều"}
    card = search.cards[[p.id for p in found].index(deu.id)]
    assert card.badge.text() == "✓"
    taps.tap(card)
    settle(qtbot, records)
    assert search.last_added.person.id == deu.id and not search.last_added.new
    assert present(qtbot, records, session.id) == ["Nguyễn Thị Đều"]
    assert rows(qtbot, records, "select count(*) from attendance") == [(1,)]
    assert len(panel.desk.actions) == 1  # Undo takes back the one mark only


def test_a_new_person_is_added_in_few_taps(make_panel, qtbot, records):
    panel = make_panel()
    session = start_session(panel, Taps(qtbot), qtbot, records)
    taps = Taps(qtbot)
    seen = add_new(panel, taps, qtbot, records, NEW_NAME_TELEX, "1958", "Tổ 3")
    new_taps = taps.count
    assert seen == []
    people = ask(qtbot, records, lambda store: store.list_people())
    assert [(p.full_name, p.birth_year, p.residential_group) for p in people] == [
        ("Nguyễn Thị Đều", 1958, "Tổ 3")
    ]
    assert present(qtbot, records, session.id) == ["Nguyễn Thị Đều"]
    assert panel.current_page() == "search" and panel.search.keyboard.text() == ""
    assert panel.search.last_added.new and "Nguyễn Thị Đều" in panel.search.status.text()

    # At the next session she is a returning person: found by her name without accents.
    to_attendance(panel, Taps(qtbot))
    taps.tap(panel.attendance.end)
    taps.tap(panel.attendance.confirm_end)
    settle(qtbot, records)
    taps.tap(panel.attendance.summary_done)  # the short summary, then the menu
    second = start_session(panel, Taps(qtbot), qtbot, records)
    taps = Taps(qtbot)
    found = find(panel, taps, qtbot, "nguyen thi deu")
    assert [p.id for p in found] == [people[0].id]
    taps.tap(panel.search.cards[0])
    settle(qtbot, records)
    returning_taps = taps.count
    print(f"\ntaps: new person {new_taps}, returning person {returning_taps}")
    assert present(qtbot, records, second.id) == ["Nguyễn Thị Đều"]
    assert people_count(qtbot, records) == 1
    assert new_taps <= 26  # the name (20 Telex keys), New person, 4 digits, the group
    assert returning_taps <= 15 and returning_taps < new_taps


RETURNING = (
    ("Nguyễn Thị Lan", 1948, "Tổ 1"),
    ("Trần Văn Hùng", 1952, "Tổ 2"),
    ("Lê Thị Hoa", 1955, "Tổ 3"),
    ("Phạm Văn Dũng", 1950, "Tổ 4"),
    ("Hoàng Thị Thu", 1957, "Tổ 5"),
    ("Vũ Văn Minh", 1949, "Tổ 6"),
    ("Đặng Thị Hà", 1960, "Tổ 7"),
    ("Bùi Văn Sơn", 1946, "Tổ 8"),
    ("Đỗ Thị Tâm", 1953, "Tổ 1"),
    ("Ngô Văn Bình", 1951, "Tổ 2"),
    ("Trần Thị Lan", 1962, "Tổ 3"),
    ("Nguyễn Văn Hải", 1947, "Tổ 4"),
    ("Lê Thị Cúc", 1944, "Tổ 5"),
    ("Phan Thị Đào", 1958, "Tổ 6"),
    ("Nguyễn Văn Phúc", 1956, "Tổ 7"),
    ("Trịnh Văn Quang", 1954, "Tổ 8"),
    ("Lý Thị Thảo", 1963, "Tổ 1"),
    ("Hồ Thị Yến", 1959, "Tổ 2"),
    ("Nguyễn Thị Hòa", 1950, "Tổ 3"),
    ("Dương Văn Long", 1945, "Tổ 4"),
    ("Nguyễn Thị Hoa", 1961, "Tổ 5"),
    ("Mai Thị Tuyết", 1952, "Tổ 6"),
    ("Tạ Thị Nga", 1957, "Tổ 7"),
    ("Võ Văn Khánh", 1948, "Tổ 8"),
)
NEWCOMERS = (  # (Telex keys, the name they make, birth year, group)
    ("lee vawn tuaans", "Lê Văn Tuấn", "1955", "Tổ 1"),
    ("phamj thij huwowng", "Phạm Thị Hương", "1961", "Tổ 2"),
    ("ddoox vawn nam", "Đỗ Văn Nam", "1949", "Tổ 3"),
    ("hoangf thij mai", "Hoàng Thị Mai", "1953", "Tổ 4"),
    ("buif thij hanhj", "Bùi Thị Hạnh", "1958", "Tổ 5"),
    ("vux dduwcs anh", "Vũ Đức Anh", "1966", "Tổ 6"),
)
SECONDS_PER_TAP = 1.5


def test_thirty_people_are_added_in_a_few_minutes(make_panel, qtbot, records):
    known = seed(qtbot, records, *(NewPerson(*p) for p in RETURNING))
    panel = make_panel()
    session = start_session(panel, Taps(qtbot), qtbot, records)
    returning, new = Taps(qtbot), Taps(qtbot)
    waiting, newcomers = iter(known), iter(NEWCOMERS)
    expected: list[str] = []
    for n in range(len(known) + len(NEWCOMERS)):
        if n % 5 == 2:  # every fifth is somebody new
            keys, name, year, group = next(newcomers)
            add_new(panel, new, qtbot, records, keys, year, group)
            expected.append(name)
        else:
            person = next(waiting)
            add_returning(panel, returning, qtbot, records, person)
            expected.append(person.full_name)
        assert panel.search.last_added.person.full_name == expected[-1]
    assert present(qtbot, records, session.id) == expected
    assert len(set(expected)) == 30 and people_count(qtbot, records) == 30
    assert len(panel.desk.attendees) == 30

    total = returning.count + new.count
    per_returning = returning.count / len(known)
    print(
        f"\nthirty people: {total} taps (~{total * SECONDS_PER_TAP / 60:.1f} min at "
        f"{SECONDS_PER_TAP} s a tap); {len(known)} returning: {returning.count} taps "
        f"({per_returning:.1f} each), {len(NEWCOMERS)} new: {new.count} taps "
        f"({new.count / len(NEWCOMERS):.1f} each); thirty returning people: "
        f"~{30 * per_returning * SECONDS_PER_TAP / 60:.1f} min"
    )
    # Thirty returning people at 6 taps each and 1.5 s a tap: 4.5 minutes, under 5.
    assert returning.count <= 6 * len(known)
    assert new.count <= 26 * len(NEWCOMERS)
    assert total <= 270


# -- support and undo ------------------------------------------------------------------
def test_each_kind_of_support_is_one_tap(make_panel, qtbot, records):
    (hai,) = seed(qtbot, records, NewPerson("Trần Văn Hải", 1957, "Tổ 2"))
    panel = make_panel()
    session = start_session(panel, Taps(qtbot), qtbot, records)
    taps = Taps(qtbot)
    add_returning(panel, taps, qtbot, records, hai)
    to_attendance(panel, taps)
    taps.tap(panel.attendance.grid.card_for(hai.id))
    support = panel.support
    assert panel.current_page() == "support" and "Trần Văn Hải" in support.bar.title.full_text()
    taps = Taps(qtbot)
    tapped: list[str] = []
    for page in range(support.grid.page_count):
        if page:
            taps.tap(support.grid.pager.next)
        for key in support.grid.shown_keys():
            tapped.append(key)
            taps.tap(support.grid.card_for(key))
    settle(qtbot, records)
    assert sorted(tapped) == sorted(SUPPORT_KINDS)
    assert taps.count == len(SUPPORT_KINDS) + 1  # one tap each, and one to turn the page
    stored = rows(qtbot, records, "select code, session_id, person_id from support")
    assert sorted(stored) == sorted((code, session.id, hai.id) for code in SUPPORT_KINDS)
    assert sorted(ask(qtbot, records, lambda s: support_codes(s, session.id))) == sorted(
        SUPPORT_KINDS
    )
    assert [card.badge.text() for card in support.grid.cards if card.isVisible()] == ["✓ 1"] * len(
        support.grid.shown_keys()
    )
    assert support.status.isVisible() and support.status.text().startswith("Recorded:")
    taps.tap(support.finish)
    assert panel.current_page() == "attendance"
    assert panel.attendance.grid.card_for(hai.id).badge.text() == f"✓ {len(SUPPORT_KINDS)}"


def test_undo_takes_back_the_last_support_then_the_last_attendance(make_panel, qtbot, records):
    (hai,) = seed(qtbot, records, NewPerson("Trần Văn Hải", 1957, "Tổ 2"))
    panel = make_panel()
    session = start_session(panel, Taps(qtbot), qtbot, records)
    taps = Taps(qtbot)
    add_returning(panel, taps, qtbot, records, hai)
    to_attendance(panel, taps)
    taps.tap(panel.attendance.grid.card_for(hai.id))
    support = panel.support
    taps.tap(support.grid.card_for("install_vneid"))
    taps.tap(support.grid.card_for("install_etax"))
    settle(qtbot, records)
    assert rows(qtbot, records, "select count(*) from support") == [(2,)]
    taps.tap(support.undo)
    settle(qtbot, records)
    codes = ask(qtbot, records, lambda s: support_codes(s, session.id))
    assert codes == ["install_vneid"]  # the last one only
    assert "Trần Văn Hải" in support.status.text() and "eTax" in support.status.text()
    assert support.grid.card_for("install_etax").badge.text() == ""
    taps.tap(support.undo)
    settle(qtbot, records)
    assert rows(qtbot, records, "select count(*) from support") == [(0,)]
    taps.tap(support.finish)
    attendance = panel.attendance
    assert panel.current_page() == "attendance" and attendance.undo.isEnabled()
    taps.tap(attendance.undo)
    settle(qtbot, records)
    assert present(qtbot, records, session.id) == []
    assert rows(qtbot, records, "select count(*) from attendance") == [(0,)]
    assert "Trần Văn Hải" in attendance.status.text()
    assert attendance.empty.isVisible() and not attendance.undo.isEnabled()
    assert people_count(qtbot, records) == 1  # the person stays recorded
    assert ask(qtbot, records, lambda store: store.open_session()).id == session.id


# -- ending the session ----------------------------------------------------------------
def test_ending_the_session_asks_first_then_the_menu_offers_a_new_one(make_panel, qtbot, records):
    panel = make_panel()
    session = start_session(panel, Taps(qtbot), qtbot, records, facilitator="coo lan")
    taps = Taps(qtbot)
    add_new(panel, taps, qtbot, records, NEW_NAME_TELEX, "1958", "Tổ 3")
    to_attendance(panel, taps)
    attendance = panel.attendance
    taps.tap(attendance.end)
    assert attendance.confirming and attendance.question.isVisible()
    assert "1" in attendance.question_detail.text()  # how many are present
    taps.tap(attendance.keep)  # not yet
    assert not attendance.confirming
    assert ask(qtbot, records, lambda store: store.get_session(session.id)).is_open
    taps.tap(attendance.end)
    taps.tap(attendance.confirm_end)
    settle(qtbot, records)
    ended = ask(qtbot, records, lambda store: store.get_session(session.id))
    assert ended.ended_at is not None and ended.ended_at >= ended.started_at
    assert ask(qtbot, records, lambda store: store.open_session()) is None
    assert present(qtbot, records, session.id) == ["Nguyễn Thị Đều"]  # kept
    # A short summary: present, here for the first time, given support.
    assert panel.current_page() == "attendance" and attendance.summing_up
    assert attendance.summary == SessionSummary(present=1, new=1, supported=0)
    assert attendance.summary_lines.text().split("\n") == [
        "Present: 1",
        "Here for the first time: 1",
        "Given support: 0",
    ]
    assert "Tổ 3" in attendance.bar.title.full_text()  # the ended session's, still
    assert audit(panel, attendance.theme) == []
    taps.tap(attendance.summary_done)
    assert panel.current_page() == "menu"
    assert panel.menu.grid.shown_keys()[0] == "start"
    assert panel.menu.grid.card_for("attendance") is None
    # The next session offers the last facilitator's name.
    start = panel.session_start
    taps.tap(panel.menu.grid.card_for("start"))
    taps.tap(start.kinds.card_for("help_desk"))
    taps.tap(start.places.card_for("Tổ 1"))
    taps.tap(start.next)
    assert start.step == "typing" and start.keyboard.text() == "Cô Lan"


# -- what is refused -------------------------------------------------------------------
def test_bad_input_is_said_in_vietnamese_and_nothing_is_stored(
    vietnamese, make_panel, qtbot, records
):
    panel = make_panel()
    start_session(panel, Taps(qtbot), qtbot, records)
    taps = Taps(qtbot)
    new = panel.person_new
    taps.tap(panel.search.new)  # nothing typed: the name comes first
    assert panel.current_page() == "person_new" and new.step == "name"
    assert new.name_prompt.text() == "Gõ họ và tên, rồi chạm Xong."
    empty = RecordError("name_empty").message("vi")
    taps.tap(new.keyboard.keys["done"])
    assert new.step == "name" and new.name_prompt.text() == empty == "Xin hãy nhập họ và tên."
    taps.type(new.keyboard, "   ")
    taps.tap(new.keyboard.keys["done"])
    assert new.step == "name" and new.name_prompt.text() == empty
    # Longer than 100 letters cannot be typed: the keyboard stops at the limit.
    taps.type(new.keyboard, "nguyen " * 16)
    assert len(new.keyboard.text()) == MAX_NAME_LENGTH
    taps.tap(new.keyboard.keys["done"])
    assert new.step == "year" and new.name_prompt.error == ""

    this_year = datetime.now().year
    out_of_range = RecordError("birth_year_range", low=1900, high=this_year).message("vi")
    assert out_of_range.startswith("Năm sinh phải từ 1900")
    for year in ("1899", str(this_year + 1)):
        for digit in year:
            taps.tap(new.numpad.keys[digit])
        assert new.step == "year" and new.year_error.isVisible()
        assert new.year_error.text() == out_of_range
        for _ in year:
            taps.tap(new.numpad.keys["backspace"])
        assert not new.year_error.isVisible()
    for key in ("1", "9", "done"):
        taps.tap(new.numpad.keys[key])
    assert new.year_error.text() == RecordError("birth_year_invalid").message("vi")
    assert new.step == "year"
    assert people_count(qtbot, records) == 0
    assert rows(qtbot, records, "select count(*) from attendance") == [(0,)]


def test_the_same_name_and_birth_year_is_not_a_second_person(make_panel, qtbot, records):
    (deu,) = seed(qtbot, records, NewPerson("Nguyễn Thị Đều", 1958, "Tổ 2"))
    panel = make_panel()
    session = start_session(panel, Taps(qtbot), qtbot, records)
    taps = Taps(qtbot)
    # Typed with Telex, New person touched although she was found: she is not added again.
    seen = add_new(panel, taps, qtbot, records, NEW_NAME_TELEX, "1958", "Tổ 5")
    assert [p.id for p in seen] == [deu.id]
    assert people_count(qtbot, records) == 1
    assert panel.search.last_added.person.id == deu.id and panel.search.last_added.new
    # Typed again with the mark keys instead: the same name, so the same person, here already.
    taps.tap(panel.search.new)  # nothing typed in the search: the name comes first
    new = panel.person_new
    assert new.step == "name"
    for key in ("n", "g", "u", "y", "e", "n", "ê", "ã", "space", "t", "h", "i", "ạ", "space"):
        taps.tap(new.keyboard.keys[key])
    for key in ("đ", "e", "u", "ê", "à", "done"):
        taps.tap(new.keyboard.keys[key])
    assert new.step == "year"
    for digit in "1958":
        taps.tap(new.numpad.keys[digit])
    taps.tap(new.groups.card_for("Tổ 1"))
    settle(qtbot, records)
    assert panel.search.last_added.person.id == deu.id and not panel.search.last_added.new
    assert people_count(qtbot, records) == 1
    stored = ask(qtbot, records, lambda store: store.get_person(deu.id))
    assert (stored.full_name, stored.residential_group) == ("Nguyễn Thị Đều", "Tổ 2")
    assert rows(qtbot, records, "select count(*) from attendance") == [(1,)]
    # Another birth year is another person.
    add_new(panel, taps, qtbot, records, NEW_NAME_TELEX, "1960", "Tổ 1")
    assert people_count(qtbot, records) == 2
    assert present(qtbot, records, session.id) == ["Nguyễn Thị Đều", "Nguyễn Thị Đều"]


# -- settings, lock, quit, language ----------------------------------------------------
def test_settings_are_changed_by_taps_and_saved(make_panel, qtbot, records, data_dir):
    panel = make_panel()
    page = panel.settings_page
    taps = Taps(qtbot)
    taps.tap(panel.menu.grid.card_for("settings"))
    assert panel.current_page() == "settings" and not page.save.isEnabled()
    taps.tap(page.fields.card_for("commune_name"))
    assert page.view == "typing"
    taps.type(page.keyboard, "phuwowngf ddoongf xuaan")
    taps.tap(page.keyboard.keys["done"])
    taps.tap(page.fields.card_for("kiosk_name"))
    taps.type(page.keyboard, "mays hai")
    taps.tap(page.keyboard.keys["done"])
    assert page.view == "main" and page.save.isEnabled()
    taps.tap(page.fields.card_for("residential_groups"))
    assert page.view == "groups"
    assert [name.full_text() for name, _ in page.group_rows] == list(GROUPS[:4])
    taps.tap(page.group_rows[0][1])  # remove Tổ 1
    taps.tap(page.add_group)
    taps.type(page.keyboard, "toor chins")
    taps.tap(page.keyboard.keys["done"])
    assert page.view == "groups"
    taps.tap(page.groups_done)
    taps.tap(page.more)
    taps.tap(page.more)
    taps.tap(page.less)
    assert not (data_dir / "settings.json").exists()  # nothing is kept before Save
    with qtbot.waitSignal(panel.settings_changed, timeout=1000) as changed:
        taps.tap(page.save)
    saved = changed.args[0]
    assert saved.commune_name == "Phường Đồng Xuân" and saved.kiosk_name == "Máy Hai"
    assert saved.residential_groups == (*GROUPS[1:], "Tổ Chín")
    assert saved.idle_seconds == Settings().idle_seconds + 30
    assert load_settings(data_dir) == (saved, [])
    written = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert written["commune_name"] == "Phường Đồng Xuân"
    assert written["residential_groups"] == [*GROUPS[1:], "Tổ Chín"]
    assert not page.save.isEnabled()
    # The rest of the panel follows: the menu's heading, and the places to start a session.
    taps.tap(page.bar.back)
    assert panel.menu.place.full_text() == "Phường Đồng Xuân · Máy Hai"
    taps.tap(panel.menu.grid.card_for("start"))
    taps.tap(panel.session_start.kinds.card_for("group"))
    assert panel.session_start.places.shown_keys() == list(saved.residential_groups[:6])


def test_lock_and_quit(make_panel, qtbot, records):
    panel = make_panel()
    locked: list[bool] = []
    quit_: list[bool] = []
    panel.lock_requested.connect(lambda: locked.append(True))
    panel.quit_requested.connect(lambda: quit_.append(True))
    taps = Taps(qtbot)
    taps.tap(panel.menu.bar.lock)
    assert locked == [True]
    # Locked with something to undo: the records stay, and the next visit cannot undo them.
    session = start_session(panel, taps, qtbot, records)
    add_new(panel, taps, qtbot, records, NEW_NAME_TELEX, "1958", "Tổ 3")
    to_attendance(panel, taps)
    assert panel.attendance.undo.isEnabled()
    taps.tap(panel.attendance.bar.lock)
    assert locked == [True, True]
    assert not panel.desk.can_undo and not panel.attendance.undo.isEnabled()
    assert present(qtbot, records, session.id) == ["Nguyễn Thị Đều"]
    # Closing the kiosk is asked once more (during a session its card is on the second page).
    panel.show_menu()
    settle(qtbot, records)
    assert panel.menu.grid.card_for("quit") is None
    taps.tap(panel.menu.grid.pager.next)
    taps.tap(panel.menu.grid.card_for("quit"))
    assert panel.current_page() == "quit_confirm" and quit_ == []
    taps.tap(panel.quit_confirm.stay)
    assert panel.current_page() == "menu" and quit_ == []
    taps.tap(panel.menu.grid.pager.next)
    taps.tap(panel.menu.grid.card_for("quit"))
    taps.tap(panel.quit_confirm.quit)
    assert quit_ == [True]


def test_a_save_answered_after_the_lock_is_not_undone_by_the_next_visit(make_panel, qtbot, records):
    panel = make_panel()
    taps = Taps(qtbot)
    session = start_session(panel, taps, qtbot, records)
    person = ask(
        qtbot, records, lambda store: store.add_person(NewPerson("Lê Văn Tám", 1950, "Tổ 3"))[0]
    )
    panel.desk.add_attendee(person, lambda _added: None, lambda _error: None)
    panel.desk.record_support(person, "install_vneid", lambda _s: None, lambda _e: None)
    panel.lock()  # before the records thread has answered either
    settle(qtbot, records)
    assert present(qtbot, records, session.id) == ["Lê Văn Tám"]
    assert not panel.desk.can_undo
    # The visit after the lock records and undoes as usual.
    panel.desk.record_support(person, "install_etax", lambda _s: None, lambda _e: None)
    settle(qtbot, records)
    assert [a.code for a in panel.desk.actions] == ["install_etax"]


def test_the_menu_is_in_vietnamese(vietnamese, make_panel, qtbot, records):
    panel = make_panel()

    def titles() -> dict[str, str]:
        grid = panel.menu.grid
        return {key: grid.card_for(key).title.full_text() for key in grid.shown_keys()}

    assert titles() == {
        "start": "Bắt đầu buổi",
        "teach": "Dạy lớp",
        "support": "Ghi hỗ trợ",
        "people": "Danh sách người",
        "report": "Báo cáo",
        "settings": "Cài đặt",
    }
    # closing the kiosk, the rarest, on the second page of the menu
    assert [c.title for c in panel.menu.choices()][-1] == "Tắt chương trình"
    assert panel.menu.bar.lock.text() == "Khóa"
    assert panel.menu.place.full_text() == "Chưa có tên xã/phường: xem Cài đặt"
    taps = Taps(qtbot)
    start_session(panel, taps, qtbot, records)
    assert panel.search.status.text().startswith("Đã bắt đầu buổi.")
    to_attendance(panel, taps)
    assert panel.attendance.end.text() == "Kết thúc buổi"
    taps.tap(panel.attendance.bar.back)
    assert list(titles())[:2] == ["attendance", "add"]
    assert titles()["attendance"] == "Điểm danh, kết thúc buổi"
    assert titles()["add"] == "Thêm người vào buổi"
    detail = panel.menu.grid.card_for("attendance").detail.full_text()
    assert detail == "0 người · Lớp học nhóm · Tổ 3"


# -- when the store fails --------------------------------------------------------------
def test_a_store_error_is_said_in_vietnamese_and_nothing_is_lost(
    make_panel, qtbot, records, monkeypatch
):
    (hai,) = seed(qtbot, records, NewPerson("Trần Văn Hải", 1957, "Tổ 2"))
    panel = make_panel()
    session = start_session(panel, Taps(qtbot), qtbot, records)
    full = RecordError("disk_full")
    failures = {"add_new_attendee": 1, "record_support": 1}

    def failing(name: str) -> Callable[..., Any]:
        real = getattr(RecordStore, name)

        def call(store: RecordStore, *args: Any) -> Any:
            if failures[name]:
                failures[name] -= 1
                raise full
            return real(store, *args)

        return call

    for name in failures:
        monkeypatch.setattr(RecordStore, name, failing(name))
    taps = Taps(qtbot)
    add_new(panel, taps, qtbot, records, NEW_NAME_TELEX, "1958", "Tổ 3")
    new = panel.person_new
    assert panel.current_page() == "person_new" and new.step == "group"
    assert new.group_error.isVisible() and new.group_error.text() == full.message("vi")
    assert "Chưa có gì bị mất" in new.group_error.text()
    assert (new.keyboard.text(), new.numpad.text()) == ("Nguyễn Thị Đều", "1958")
    assert people_count(qtbot, records) == 1 and present(qtbot, records, session.id) == []
    taps.tap(new.groups.card_for("Tổ 3"))  # tried again: saved
    settle(qtbot, records)
    assert panel.current_page() == "search"
    assert present(qtbot, records, session.id) == ["Nguyễn Thị Đều"]

    add_returning(panel, taps, qtbot, records, hai)
    to_attendance(panel, taps)
    taps.tap(panel.attendance.grid.card_for(hai.id))
    support = panel.support
    taps.tap(support.grid.card_for("install_vneid"))
    settle(qtbot, records)
    assert support.status.text() == full.message("vi")
    assert support.grid.card_for("install_vneid").badge.text() == ""
    assert rows(qtbot, records, "select count(*) from support") == [(0,)]
    taps.tap(support.grid.card_for("install_vneid"))
    settle(qtbot, records)
    assert ask(qtbot, records, lambda s: support_codes(s, session.id)) == ["install_vneid"]
    assert present(qtbot, records, session.id) == ["Nguyễn Thị Đều", "Trần Văn Hải"]


def test_the_panel_colours_have_7_to_1_contrast():
    for name, (text, background) in PANEL_COLOURS.items():
        assert contrast_ratio(text, background) >= 7, name


# -- more ways through -----------------------------------------------------------------
def test_another_place_typed_and_back_a_step(make_panel, qtbot, records):
    panel = make_panel()
    start = panel.session_start
    taps = Taps(qtbot)
    taps.tap(panel.menu.grid.card_for("start"))
    taps.tap(start.kinds.card_for("mobile_point"))
    taps.tap(start.other_place)
    assert start.step == "typing"
    taps.type(start.keyboard, "cho xanh")
    taps.tap(start.keyboard.keys["done"])
    assert start.step == "lessons" and start.location == "Cho Xanh"
    taps.tap(start.bar.back)
    assert start.step == "place"
    taps.tap(start.bar.back)
    assert start.step == "kind"
    taps.tap(start.kinds.card_for("help_desk"))
    taps.tap(start.places.pager.next)  # Tổ 7 and Tổ 8 are on the second page
    taps.tap(start.places.card_for("Tổ 8"))
    taps.tap(start.next)  # no lessons: they are optional
    taps.tap(start.keyboard.keys["done"])  # no name either
    settle(qtbot, records)
    session = ask(qtbot, records, lambda s: s.open_session())
    assert (session.kind, session.location, session.facilitator, session.lessons) == (
        "help_desk",
        "Tổ 8",
        "",
        (),
    )
    taps.tap(panel.search.back)
    assert panel.current_page() == "attendance"
    assert panel.attendance.empty.isVisible()


def test_support_in_a_session_marks_the_person_present(make_panel, qtbot, records):
    ask(qtbot, records, lambda s: s.add_person(NewPerson("Trần Văn Hải", 1957, "Tổ 2")))
    panel = make_panel()
    taps = Taps(qtbot)
    start_session(panel, taps, qtbot, records)
    taps.tap(panel.search.back)
    taps.tap(panel.attendance.bar.back)
    assert panel.current_page() == "menu"
    taps.tap(panel.menu.grid.card_for("support"))
    assert panel.search.mode == "support"
    calls = []
    search = panel.desk.search
    panel.desk.search = lambda *a: (calls.append(a[0]), search(*a))  # type: ignore[method-assign]
    taps.type(panel.search.keyboard, "hai")
    qtbot.waitUntil(lambda: panel.search.answered == "Hai")
    assert calls == ["Hai"]  # typed quickly: one search, after the last key
    taps.tap(panel.search.cards[0])
    settle(qtbot, records)
    assert panel.current_page() == "support"
    assert [row.person.full_name for row in panel.desk.attendees] == ["Trần Văn Hải"]
    taps.tap(panel.support.grid.card_for("install_etax"))
    settle(qtbot, records)
    taps.tap(panel.support.finish)
    assert panel.current_page() == "search" and panel.search.keyboard.text() == ""


def test_people_are_listed_six_a_page_and_filtered(make_panel, qtbot, records):
    def seed(store: RecordStore) -> None:
        for n in range(8):
            store.add_person(NewPerson(f"Lê Thị {'ABCDEFGH'[n]}", 1950 + n, "Tổ 1"))
        store.add_person(NewPerson("Nguyễn Văn Bảy", 1960))

    ask(qtbot, records, seed)
    panel = make_panel()
    people = panel.people
    taps = Taps(qtbot)
    taps.tap(panel.menu.grid.card_for("people"))
    settle(qtbot, records)
    assert len(people.grid.shown_keys()) == 6 and people.grid.page_count == 2
    assert "9" in people.heading.full_text()
    taps.tap(people.grid.pager.next)
    settle(qtbot, records)
    assert len(people.grid.shown_keys()) == 3
    taps.tap(people.filter)
    taps.type(people.keyboard, "nguyen")
    taps.tap(people.keyboard.keys["done"])
    settle(qtbot, records)
    assert [c.title.full_text() for c in people.grid.cards if c.isVisible()] == ["Nguyễn Văn Bảy"]
    taps.tap(people.grid.cards[0])
    assert panel.current_page() == "support"
    taps.tap(panel.support.finish)
    assert panel.current_page() == "people"


def test_records_that_cannot_be_read_are_said_on_the_menu(qtbot, bundled_library, data_dir):
    def refuse() -> RecordStore:
        raise RecordError("read_only")

    broken = RecordsService(refuse)
    panel = FacilitatorPanel(
        Theme(1280, 800), broken, bundled_library, Settings(), data_dir, ManualClock()
    )
    qtbot.addWidget(panel)
    panel.set_language("vi")
    panel.show()
    panel.show_menu()
    qtbot.waitUntil(lambda: panel.menu.problem.isVisible())
    assert panel.menu.problem.text() == RecordError("read_only").message("vi")
    assert audit(panel, Theme(1280, 800)) == []
    broken.close()


def test_a_press_anywhere_in_the_panel_is_activity(make_panel, qtbot):
    panel = make_panel()
    for widget in (panel.menu.place, panel.menu, panel.search.keyboard.keys["q"]):
        with qtbot.waitSignal(panel.activity, timeout=500):
            qtbot.mousePress(widget, Qt.MouseButton.LeftButton)
        qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton)
