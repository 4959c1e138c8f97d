"""Every page of the facilitator panel, and every step of its pages, on every screen the kiosk
supports (landscape and upright) in both languages: walked by taps (and a USB scanner's
keys, for the view of a scanned card), and audited at each stop (nothing cut or sticking out,
targets and text at their sizes). The report's views have a test of their own in
test_ui_report.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.clock import ManualClock
from kiosk.records import NewPerson, RecordStore
from kiosk.settings import Settings
from tests.conftest import SIZES
from tests.scanner_keys import scan
from ui.facilitator import FacilitatorPanel
from ui.facilitator.scan_view import ABSENT, LOOKING, MARKED, NEW, PRESENT, PROBLEM
from ui.i18n import translations_dir
from ui.records_service import RecordsService
from ui.theme import Theme
from ui.tools.audit import audit

GROUPS = tuple(f"Tổ dân phố số {n}" for n in range(1, 9))
PEOPLE = (
    NewPerson("Nguyễn Thị Hồng Nhung", 1950, GROUPS[2]),
    NewPerson("Nguyễn Văn Bảy", 1948, GROUPS[2]),
    NewPerson("Trần Thị Mai", 1958, GROUPS[4]),
)


def id_card(name: str, born: str) -> str:
    """A citizen ID card's QR text (made up: ID number, old number, name, birth date...)."""
    return f"001158012345|012345678|{name}|{born}|Nữ|Số 12 phố Hàng Bông, Hà Nội|15082021"


@pytest.fixture
def records(tmp_path: Path) -> Iterator[RecordsService]:
    service = RecordsService(lambda: RecordStore.open(tmp_path / "records.db", "test-kiosk"))
    yield service
    service.close()


@pytest.fixture
def translated(qapp, request) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The interface in the test's language (English is the source text)."""
    translator = QTranslator()
    if request.node.callspec.params["language"] == "vi":
        assert translator.load(str(translations_dir() / "kiosk_vi.qm"))
        qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


class Walk:
    """Taps on the panel, and the audit's findings at each named stop."""

    def __init__(self, qtbot: Any, records: RecordsService, panel: FacilitatorPanel) -> None:
        self.qtbot, self.records, self.panel = qtbot, records, panel
        self.theme = panel.theme
        self.findings: dict[str, list[str]] = {}

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.records.busy, timeout=5000)
        QApplication.processEvents()

    def tap(self, widget: QWidget | None) -> None:
        assert widget is not None and widget.isVisible() and widget.isEnabled(), widget
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.settle()

    def type(self, keyboard: Any, letters: str) -> None:
        for letter in letters:
            self.tap(keyboard.keys["space" if letter == " " else letter])

    def check(self, stop: str, settle: bool = True) -> None:
        if settle:
            self.settle()
        else:  # as it is now, while the records are still answering
            QApplication.processEvents()
        found = [str(f) for f in audit(self.panel, self.theme)]
        if found:
            self.findings[stop] = found

    def back(self) -> None:
        """The page's Back (on the search page of a short screen, the one beside the keys)."""
        page: Any = self.panel.stack.currentWidget()
        search = self.panel.search
        if page is search and not search.bar.isVisible():
            self.tap(search.back)
        else:
            self.tap(page.bar.back)


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_step_of_every_facilitator_page_fits_the_screen(
    translated, qtbot, records, bundled_library, data_dir, size, language
):
    box: list[Any] = []
    records.call(lambda store: [store.add_person(p) for p in PEOPLE], box.append, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    settings = Settings(
        commune_name="Phường Hoàn Kiếm", kiosk_name="Nhà văn hóa tổ 3", residential_groups=GROUPS
    )
    panel = FacilitatorPanel(
        Theme(*size), records, bundled_library, settings, data_dir, ManualClock()
    )
    qtbot.addWidget(panel)
    panel.setFixedSize(QSize(*size))
    panel.set_language(language)
    panel.show()
    panel.show_menu()
    walk = Walk(qtbot, records, panel)
    walk.check("menu")

    # A session started step by step (with a look at typing another place on the way).
    start = panel.session_start
    walk.tap(panel.menu.grid.card_for("start"))
    walk.check("start: kind")
    walk.tap(start.kinds.card_for("group"))
    walk.check("start: place")
    walk.tap(start.other_place)
    walk.check("start: another place")
    walk.back()
    walk.tap(start.places.card_for(GROUPS[0]))
    walk.check("start: lessons")
    walk.tap(start.lesson_grid.card_for(start.lesson_grid.shown_keys()[0]))
    walk.check("start: a lesson chosen")
    walk.tap(start.next)
    walk.check("start: the facilitator's name")
    walk.tap(start.keyboard.keys["done"])
    assert panel.current_page() == "search"

    # People added: found as the name is typed, and a new one in three steps.
    search = panel.search
    walk.check("search: empty")
    walk.type(search.keyboard, "nguyen")
    qtbot.waitUntil(lambda: search.answered == "Nguyen", timeout=5000)
    walk.check("search: matches")
    walk.tap(search.cards[0])
    walk.check("search: one added")
    walk.type(search.keyboard, "le van")
    qtbot.waitUntil(lambda: search.answered == "Le Van", timeout=5000)
    walk.check("search: nobody")
    walk.tap(search.new)
    person = panel.person_new
    walk.check("new person: year")
    walk.tap(person.edit_name)
    walk.check("new person: name")
    walk.tap(person.keyboard.keys["done"])
    walk.type(person.numpad, "1952")
    walk.check("new person: group")
    walk.tap(person.groups.card_for(GROUPS[1]))
    assert panel.current_page() == "search"
    walk.back()

    # The session's attendance, one person's support, and the end with its summary.
    attendance = panel.attendance
    walk.check("attendance")
    walk.tap(attendance.grid.card_for(attendance.grid.shown_keys()[0]))
    walk.check("support")
    walk.tap(panel.support.grid.card_for(panel.support.grid.shown_keys()[0]))
    walk.check("support: one recorded")
    walk.tap(panel.support.scan)  # the webcam over the page (here: no camera, said so)
    camera: Any = panel.support.intake.camera
    qtbot.waitUntil(lambda: camera.stack.currentWidget() is camera.message, timeout=5000)
    walk.check("support: the webcam")
    walk.tap(camera.close_button)
    walk.tap(panel.support.finish)
    walk.check("attendance: with support")

    # Cards scanned on the attendance page: each answer of the records, shown large.
    view = attendance.scanned
    scan(panel, id_card("TRẦN THỊ MAI", "02021958"))
    assert attendance.showing_scan and view.state == LOOKING
    walk.check("scan: looking", settle=False)
    qtbot.waitUntil(lambda: view.state == ABSENT, timeout=5000)
    walk.check("scan: found")
    walk.tap(view.present)
    assert view.state == MARKED
    walk.check("scan: marked")
    scan(panel, id_card("TRẦN THỊ MAI", "02021958"))
    qtbot.waitUntil(lambda: view.state == PRESENT, timeout=5000)
    walk.check("scan: already present")
    scan(panel, id_card("TÔN NỮ THỊ HOÀNG PHƯƠNG THẢO", "30121946"))
    qtbot.waitUntil(lambda: view.state == NEW, timeout=5000)
    walk.check("scan: new person")
    in_bar = attendance.bar.title.full_text() == view.heading.text()
    assert view.heading.isVisible() != in_bar  # "touch their group" said once, somewhere
    walk.tap(view.genders["female"])
    walk.check("scan: new person, gender")
    if view.group_grid.card_for(GROUPS[7]) is None:
        walk.tap(view.group_grid.pager.next)
        walk.check("scan: new person, groups further on")
    walk.tap(view.group_grid.card_for(GROUPS[7]))
    assert view.state == MARKED
    walk.check("scan: new person marked")
    scan(panel, "https://zalo.me/g/abcdefgh")
    assert view.state == PROBLEM
    walk.check("scan: not a card")
    walk.tap(view.listing)
    assert not attendance.showing_scan
    walk.tap(attendance.end)
    walk.check("attendance: end?")
    walk.tap(attendance.confirm_end)
    qtbot.waitUntil(lambda: attendance.summing_up, timeout=5000)
    walk.check("attendance: summary")
    walk.tap(attendance.summary_done)

    # People, and their filter.
    walk.tap(panel.menu.grid.card_for("people"))
    walk.check("people")
    walk.tap(panel.people.filter)
    walk.check("people: filter")
    walk.back()
    walk.back()

    # Settings: the fields, the waiting time, the groups, a new group typed.
    page = panel.settings_page
    # with the reading voices found (the longest names SAPI5 gives, and none for English)
    panel.set_voices({"vi": "Microsoft An - Vietnamese (Vietnam)", "en": ""})
    walk.tap(panel.menu.grid.card_for("settings"))
    assert page.voice_line.isVisible()
    walk.check("settings")
    walk.tap(page.more)
    walk.check("settings: changed")
    walk.tap(page.fields.card_for("residential_groups"))
    walk.check("settings: groups")
    walk.tap(page.add_group)
    walk.check("settings: a new group")
    walk.back()
    walk.back()
    walk.back()

    # Closing the kiosk (on the menu's second page).
    grid = panel.menu.grid
    if grid.card_for("quit") is None:
        walk.tap(grid.pager.next)
    walk.tap(grid.card_for("quit"))
    walk.check("quit")
    assert walk.findings == {}, "\n".join(f"{k}: {v}" for k, v in walk.findings.items())
