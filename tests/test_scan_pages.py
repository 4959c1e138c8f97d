"""Signing in by scanning a card, on the real window: the attendance page, the support page and
the resident's check-in take a USB scanner's keys (fast, ending with Enter) without a field
being touched first; typing by hand is never a scan. Thirty residents, six of them new, all
with cards, take at most 45 touches; and after a session of scans no ID number, old ID number
or address is in the log, the database, its WAL or the exports."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.cards import learner_payload
from kiosk.records import NewPerson, RecordStore
from kiosk.records.figures_model import ReportQuery
from kiosk.records.files import records_path
from kiosk.records.privacy import delete_person
from kiosk.reports.build import build_report
from kiosk.settings import Settings
from tests.conftest import TEST_PIN
from tests.scanner_keys import scan, type_by_hand
from tests.test_camera_scan import Photo, card_image, photograph
from ui.facilitator.scan_view import ABSENT, MARKED, NEW, PRESENT, PROBLEM
from ui.records_service import RecordsService
from ui.reports.exporter import Exporter
from ui.scan import camera_page
from ui.scan.camera import CameraScanner
from ui.scan.camera_page import CameraScanPage
from ui.scan.sources import ImageSource

KIOSK = "00000000-0000-4000-8000-00000000000c"  # a kiosk's id is a UUID (kiosk/identity.py)

GROUPS = ("Tổ 1", "Tổ 2", "Tổ 3", "Tổ 4", "Tổ 5", "Tổ 6", "Tổ 7", "Tổ 8")
ADDRESS = "Số 12, ngõ 34 phố Hàng Bông, Phường Hoàn Kiếm, Hà Nội"
FAMILY = ("NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HOÀNG", "VŨ")
MIDDLE = ("THỊ", "VĂN", "ĐỨC", "NGỌC", "HỮU")
GIVEN = ("LAN", "HÙNG", "ĐỀU", "MAI", "TUẤN", "HƯƠNG", "BÌNH")


def id_number(n: int) -> str:
    return f"0011{58000000 + n:08d}"


def old_id(n: int) -> str:
    return f"0{12300000 + n:08d}"


def card_text(n: int, born: int = 1950) -> str:
    name = f"{FAMILY[n % 6]} {MIDDLE[n % 5]} {GIVEN[n % 7]} {chr(65 + n % 26)}"
    return f"{id_number(n)}|{old_id(n)}|{name}|0503{born}|Nữ|{ADDRESS} {n}|15082021"


def card_name(n: int) -> str:
    family, middle, given = FAMILY[n % 6], MIDDLE[n % 5], GIVEN[n % 7]
    return " ".join(w.capitalize() for w in (family, middle, given, chr(65 + n % 26)))


class Taps:
    def __init__(self, qtbot: Any) -> None:
        self.qtbot, self.count = qtbot, 0

    def tap(self, widget: QWidget | None) -> None:
        assert widget is not None and widget.isVisible() and widget.isEnabled(), widget
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.count += 1


def ask(qtbot: Any, window: Any, work: Any) -> Any:
    box: list[Any] = []
    window.records.call(work, box.append, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def open_panel(qtbot: Any, window: Any, taps: Taps) -> Any:
    window.facilitator.open("panel")
    gate = window.facilitator.pin_gate
    for digit in TEST_PIN:
        qtbot.mouseClick(gate.pad.keys[digit], Qt.MouseButton.LeftButton)
    panel = window.facilitator.panel
    qtbot.waitUntil(lambda: panel.desk.loaded, timeout=10_000)
    return panel


def start_session(qtbot: Any, panel: Any) -> None:
    box: list[Any] = []
    panel.desk.start_session("group", "Tổ 1", "Hà", (), box.append, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)


def attendance(qtbot: Any, window: Any, taps: Taps) -> Any:
    panel = open_panel(qtbot, window, taps)
    start_session(qtbot, panel)
    panel.show_menu()
    qtbot.waitUntil(lambda: not window.records.busy, timeout=10_000)
    QApplication.processEvents()
    taps.tap(panel.menu.grid.card_for("attendance"))
    assert panel.current_page() == "attendance"
    return panel


def kiosk_window(make_window: Any, data_dir: Path) -> Any:
    records = RecordsService(lambda: RecordStore.open(records_path(data_dir), KIOSK))
    return make_window(settings=Settings(residential_groups=GROUPS), records=records)


def test_the_attendance_page_takes_scans_without_a_touch_first(make_window, data_dir, qtbot):
    window = kiosk_window(make_window, data_dir)
    ask(qtbot, window, lambda s: s.add_person(NewPerson(card_name(1), 1950, "Tổ 2")))
    taps = Taps(qtbot)
    panel = attendance(qtbot, window, taps)
    page, view = panel.attendance, panel.attendance.scanned

    # Typed by hand on a keyboard: never a scan.
    type_by_hand(window, "nguyen thi lan\n", gap_ms=110)
    qtbot.wait(100)
    assert not page.showing_scan

    # A known resident: shown large at once, marked with one touch.
    scan(window, card_text(1))
    assert page.showing_scan and view.name.text() == card_name(1)
    qtbot.waitUntil(lambda: view.state == ABSENT, timeout=5000)
    taps.tap(view.present)
    qtbot.waitUntil(lambda: view.state == MARKED, timeout=5000)
    assert [r.person.full_name for r in panel.desk.attendees] == [card_name(1)]
    # The same card again: already present, no second attendance.
    scan(window, card_text(1))
    qtbot.waitUntil(lambda: view.state == PRESENT, timeout=5000)
    assert not view.present.isVisible() and len(panel.desk.attendees) == 1

    # A new resident: the name and year filled; a group's touch adds and marks them.
    scan(window, card_text(2, born=1962))
    qtbot.waitUntil(lambda: view.state == NEW, timeout=5000)
    assert view.name.text() == f"{card_name(2)} · 1962"
    taps.tap(view.group_grid.card_for("Tổ 3"))
    qtbot.waitUntil(lambda: view.state == MARKED, timeout=5000)
    assert len(panel.desk.attendees) == 2
    # Undo takes the wrong scan back in one touch.
    taps.tap(view.undo)
    qtbot.waitUntil(lambda: len(panel.desk.attendees) == 1, timeout=5000)

    # A learner card marks its person present at once.
    person = panel.desk.attendees[0].person
    kiosk_id = ask(qtbot, window, lambda s: s.kiosk_id)
    ask(qtbot, window, lambda s: s.add_person(NewPerson("Đỗ Văn Bình", 1948)))
    other = ask(qtbot, window, lambda s: s.search_people("do van binh", 1))[0]
    scan(window, learner_payload(kiosk_id, other.id))
    qtbot.waitUntil(lambda: view.state == MARKED, timeout=5000)
    assert {r.person.id for r in panel.desk.attendees} == {person.id, other.id}

    # Not a card: one sentence, nothing stored.
    before = ask(qtbot, window, lambda s: s.count("people"))
    scan(window, "https://zalo.me/g/abcdefgh")
    assert view.state == PROBLEM and "thẻ căn cước" in view.heading.text()
    scan(window, card_text(3)[:50], enter=False)  # the scanner unplugged mid-code
    qtbot.waitUntil(lambda: "quét lại" in view.heading.text(), timeout=3000)
    assert ask(qtbot, window, lambda s: s.count("people")) == before
    assert taps.count == 4  # the menu, Present, a group, Undo


def test_a_scan_on_the_support_page_opens_that_persons_support(make_window, qtbot):
    window = make_window(settings=Settings(residential_groups=GROUPS))
    ask(qtbot, window, lambda s: s.add_person(NewPerson(card_name(4), 1950, "Tổ 2")))
    ask(qtbot, window, lambda s: s.add_person(NewPerson(card_name(5), 1950, "Tổ 2")))
    taps = Taps(qtbot)
    panel = attendance(qtbot, window, taps)
    person = ask(qtbot, window, lambda s: s.search_people(card_name(4), 1))[0]
    panel.open_support(person, "attendance")
    qtbot.waitUntil(lambda: panel.current_page() == "support", timeout=5000)
    scan(window, card_text(5))
    qtbot.waitUntil(lambda: panel.support.person.full_name == card_name(5), timeout=5000)
    assert panel.desk.is_present(panel.support.person.id)  # marked present on the way
    # Somebody new: the new-person form, filled, on its group step.
    scan(window, card_text(6, born=1970))
    qtbot.waitUntil(lambda: panel.current_page() == "person_new", timeout=5000)
    assert panel.person_new.step == "group" and panel.person_new.numpad.text() == "1970"
    taps.tap(panel.person_new.groups.card_for("Tổ 4"))
    qtbot.waitUntil(lambda: panel.current_page() == "support", timeout=5000)
    assert panel.support.person.full_name == card_name(6)


class PictureCamera(CameraScanner):
    """The webcam this computer does not have: pictures handed over by the test, through
    the scanner's own decoding."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(ImageSource(), parent)


def test_the_support_pages_webcam_reads_a_card_as_the_scanner_does(make_window, qtbot, monkeypatch):
    window = make_window(settings=Settings(residential_groups=GROUPS))
    ask(qtbot, window, lambda s: s.add_person(NewPerson(card_name(4), 1950, "Tổ 2")))
    ask(qtbot, window, lambda s: s.add_person(NewPerson(card_name(5), 1950, "Tổ 2")))
    taps = Taps(qtbot)
    panel = attendance(qtbot, window, taps)
    support = panel.support
    person = ask(qtbot, window, lambda s: s.search_people(card_name(4), 1))[0]
    panel.open_support(person, "attendance")
    qtbot.waitUntil(lambda: panel.current_page() == "support", timeout=5000)

    # No camera on this computer: the camera page says so plainly, and Close goes back.
    taps.tap(support.scan)
    camera = support.intake.camera
    assert isinstance(camera, CameraScanPage) and camera.isVisible()
    qtbot.waitUntil(lambda: camera.stack.currentWidget() is camera.message, timeout=5000)
    assert camera.message.text()
    taps.tap(camera.close_button)
    assert support.intake.camera is None and support.person == person

    # A camera: a photographed card read off the GUI thread, then as a scanner's scan.
    monkeypatch.setattr(camera_page, "CameraScanner", PictureCamera)
    taps.tap(support.scan)
    camera = support.intake.camera
    assert isinstance(camera, CameraScanPage) and camera.scanner.looking
    picture = photograph(card_image(card_text(5)), Photo(keystone=0.1, blur=1.0, light=0.5))
    with qtbot.waitSignal(camera.closed, timeout=10_000):
        camera.scanner.source.show(picture)
    qtbot.waitUntil(lambda: support.person.full_name == card_name(5), timeout=5000)
    assert support.intake.camera is None  # closed on the read
    assert panel.desk.is_present(support.person.id)  # marked present on the way
    # Somebody new, by the webcam: the new-person form, filled, as after a scanner's scan.
    taps.tap(support.scan)
    camera = support.intake.camera
    assert isinstance(camera, CameraScanPage)
    with qtbot.waitSignal(camera.closed, timeout=10_000):
        camera.scanner.source.show(photograph(card_image(card_text(6, born=1970)), Photo()))
    qtbot.waitUntil(lambda: panel.current_page() == "person_new", timeout=5000)
    assert panel.person_new.step == "group" and panel.person_new.numpad.text() == "1970"


def test_a_learner_card_at_check_in_names_its_person(make_window, data_dir, bundled_library, qtbot):
    window = kiosk_window(make_window, data_dir)
    lan, _ = ask(qtbot, window, lambda s: s.add_person(NewPerson("Trần Thị Lan", 1948, "Tổ 3")))
    gone, _ = ask(qtbot, window, lambda s: s.add_person(NewPerson("Lê Văn Hải", 1947, "Tổ 3")))
    kiosk_id = ask(qtbot, window, lambda s: s.kiosk_id)
    ask(qtbot, window, lambda s: delete_person(s, gone.id))
    before = ask(qtbot, window, lambda s: (s.count("people"), s.count("completions")))
    window.show_finish(bundled_library.in_language("vi")[0].id)
    checkin = window.checkin
    qtbot.mouseClick(window.finish.checkin, Qt.MouseButton.LeftButton)

    scan(window, learner_payload(kiosk_id, lan.id))  # before "I agree": nothing looked up
    assert checkin.step == "consent" and checkin.consent.problem.isVisible()
    qtbot.mouseClick(checkin.buttons.next, Qt.MouseButton.LeftButton)  # Đồng ý
    assert checkin.step == "name"

    # Cards that name nobody here: a sentence on the page, the name step stays.
    other_kiosk = "11111111-1111-4111-8111-111111111111"
    for payload, words in (
        (learner_payload(other_kiosk, "4e1f9a8b-2c3d-4e5f-8a9b-0c1d2e3f4a5b"), "nhà văn hóa khác"),
        (learner_payload(kiosk_id, gone.id), "đã được xóa"),
    ):
        scan(window, payload)
        qtbot.waitUntil(lambda w=words: w in checkin.problem_text(), timeout=5000)
        assert checkin.step == "name" and checkin.keyboard.text() == ""

    # This kiosk's card of a resident: "Is this you?" with their name and year, then the group.
    scan(window, learner_payload(kiosk_id, lan.id))
    qtbot.waitUntil(lambda: checkin.step == "card", timeout=5000)
    assert checkin.card.name.text() == "Trần Thị Lan"
    assert "1948" in checkin.card.year.text()
    assert ask(qtbot, window, lambda s: (s.count("people"), s.count("completions"))) == before
    qtbot.mouseClick(checkin.buttons.next, Qt.MouseButton.LeftButton)
    assert checkin.step == "group"
    tile = next(t for t in checkin.group.tiles if t.group_name == "Tổ 3")
    with qtbot.waitSignal(checkin.signed_in, timeout=10_000) as saved:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert saved.args[0].returning and saved.args[0].person.id == lan.id
    people, completions = ask(qtbot, window, lambda s: (s.count("people"), s.count("completions")))
    assert (people, completions) == (before[0], before[1] + 1)


def test_the_resident_scans_their_card_at_check_in(make_window, bundled_library, qtbot):
    window = make_window(settings=Settings(residential_groups=GROUPS))
    window.show_finish(bundled_library.in_language("vi")[0].id)
    checkin = window.checkin
    qtbot.mouseClick(window.finish.checkin, Qt.MouseButton.LeftButton)
    assert checkin.step == "consent"
    scan(window, card_text(7))  # before "I agree": nothing read
    assert checkin.step == "consent" and checkin.consent.problem.isVisible()
    assert checkin.keyboard.text() == ""
    qtbot.mouseClick(checkin.buttons.next, Qt.MouseButton.LeftButton)  # Đồng ý
    assert checkin.step == "name"
    scan(window, card_text(7, born=1949))
    assert checkin.step == "card" and checkin.card.name.text() == card_name(7)
    qtbot.mouseClick(checkin.buttons.next, Qt.MouseButton.LeftButton)
    assert checkin.step == "group"
    tile = next(t for t in checkin.group.tiles if t.group_name == "Tổ 5")
    with qtbot.waitSignal(checkin.signed_in, timeout=10_000) as saved:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert saved.args[0].person.full_name == card_name(7)
    assert saved.args[0].person.birth_year == 1949


def test_thirty_residents_with_cards_take_at_most_45_touches(make_window, qtbot):
    window = make_window(settings=Settings(residential_groups=GROUPS))
    known = [n for n in range(100, 130) if n % 5 != 0]  # 24 returning residents
    new = [n for n in range(100, 130) if n % 5 == 0]  # 6 new
    assert len(known) == 24 and len(new) == 6

    def seed(store: RecordStore) -> None:
        for n in known:
            store.add_person(NewPerson(card_name(n), 1950, GROUPS[n % 8]))

    ask(qtbot, window, seed)
    taps = Taps(qtbot)
    panel = attendance(qtbot, window, taps)
    view = panel.attendance.scanned
    for n in range(100, 130):
        scan(window, card_text(n))
        qtbot.waitUntil(lambda: view.state in (ABSENT, NEW), timeout=5000)
        if view.state == ABSENT:
            taps.tap(view.present)
        else:
            while view.group_grid.card_for(GROUPS[n % 8]) is None:  # on the next page
                taps.tap(view.group_grid.pager.next)
            taps.tap(view.group_grid.card_for(GROUPS[n % 8]))
        qtbot.waitUntil(lambda: view.state == MARKED, timeout=5000)
    assert len(panel.desk.attendees) == 30
    assert taps.count <= 45, taps.count
    print(f"30 residents, 6 new, with cards: {taps.count} touches")


def test_nothing_of_the_card_but_name_and_year_is_kept(make_window, data_dir, qtbot, caplog):
    caplog.set_level(logging.DEBUG)
    log_file = data_dir / "logs" / "kiosk.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    logging.getLogger().addHandler(handler)
    try:
        window = make_window(settings=Settings(residential_groups=GROUPS))
        ask(qtbot, window, lambda s: s.add_person(NewPerson(card_name(11), 1950, "Tổ 2")))
        taps = Taps(qtbot)
        panel = attendance(qtbot, window, taps)
        view = panel.attendance.scanned
        for n in (10, 11, 12):
            scan(window, card_text(n))
            qtbot.waitUntil(lambda: view.state in (ABSENT, NEW), timeout=5000)
            taps.tap(view.present if view.state == ABSENT else view.group_grid.card_for("Tổ 1"))
            qtbot.waitUntil(lambda: view.state == MARKED, timeout=5000)
        scan(window, card_text(13)[:40], enter=False)
        qtbot.wait(500)
        today = date.today()
        now = datetime.now(UTC) + timedelta(minutes=1)
        report = ask(
            qtbot,
            window,
            lambda s: build_report(s, ReportQuery(today - timedelta(days=1), today), "Xã", now),
        )
        exporter = Exporter(data_dir, roots=())
        files = [exporter.run(kind, report, "vi", {}).path for kind in ("csv", "xlsx", "pdf")]
        assert all(path is not None and path.exists() for path in files), files
        widgets_text = " ".join(
            w.text() for kind in (QLabel, QAbstractButton) for w in window.findChildren(kind)
        )
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    db = records_path(data_dir)
    kept = [log_file, db, db.with_name(db.name + "-wal"), *files]
    secrets = [s for n in (10, 11, 12, 13) for s in (id_number(n), old_id(n))]
    secrets += [ADDRESS, "05031950", "15082021"]
    found = {}
    for path in kept:
        if path is not None and path.exists():
            data = Path(path).read_bytes()
            found[str(path)] = [s for s in secrets if s.encode() in data]
    logged = " ".join(r.getMessage() for r in caplog.records)
    found["log records"] = [s for s in secrets if s in logged]
    found["widgets"] = [s for s in secrets if s in widgets_text]
    assert {k: v for k, v in found.items() if v} == {}
    names = ask(qtbot, window, lambda s: [p.full_name for p in s.search_people("", 50)])
    assert card_name(10) in names  # what is kept: the name (and the birth year)


def test_the_search_page_takes_scans_too(make_window, data_dir, qtbot):
    """Starting a session lands on the search page: a scan there goes to the attendance
    page's scanned view; looking for someone to help, it opens their support page."""
    window = kiosk_window(make_window, data_dir)
    ask(qtbot, window, lambda s: s.add_person(NewPerson(card_name(7), 1950, "Tổ 2")))
    taps = Taps(qtbot)
    panel = open_panel(qtbot, window, taps)

    # No session: looking for someone to help.
    panel.open_search("support", "menu")
    assert panel.current_page() == "search" and panel.search.mode == "support"
    scan(window, "https://zalo.me/g/abcdefgh")
    assert "thẻ căn cước" in panel.search.status.text()
    scan(window, card_text(7))
    qtbot.waitUntil(lambda: panel.current_page() == "support", timeout=5000)
    assert panel.support.person.full_name == card_name(7)
    taps.tap(panel.support.bar.back)
    qtbot.waitUntil(lambda: panel.current_page() == "search", timeout=5000)
    scan(window, card_text(8, born=1966))  # somebody new: the form, filled
    qtbot.waitUntil(lambda: panel.current_page() == "person_new", timeout=5000)
    assert panel.person_new.step == "group" and panel.person_new.numpad.text() == "1966"
    taps.tap(panel.person_new.groups.card_for("Tổ 4"))
    qtbot.waitUntil(lambda: panel.current_page() == "support", timeout=5000)
    assert panel.support.person.full_name == card_name(8)

    # A session started: where it lands, a scan is the attendance page's.
    start_session(qtbot, panel)
    panel.open_search("attend", "menu")
    assert panel.search.mode == "attend"
    scan(window, card_text(7))
    qtbot.waitUntil(lambda: panel.current_page() == "attendance", timeout=5000)
    view = panel.attendance.scanned
    qtbot.waitUntil(lambda: view.state == ABSENT, timeout=5000)
    taps.tap(view.present)
    qtbot.waitUntil(lambda: view.state == MARKED, timeout=5000)
    assert [r.person.full_name for r in panel.desk.attendees] == [card_name(7)]


def test_the_scanned_views_can_be_shot(tmp_path):
    """`kiosk shot facilitator:attendance:scan|scan-new|camera` (the README's pictures)."""
    import subprocess
    import sys

    from PIL import Image

    for what in ("scan", "scan-new", "camera"):
        out = tmp_path / f"{what}.png"
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "kiosk",
                "shot",
                f"facilitator:attendance:{what}",
                str(out),
                "--size",
                "1024x768",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-800:]
        assert Image.open(out).size == (1024, 768)
    wrong = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "shot",
            "facilitator:attendance:nope",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert wrong.returncode != 0 and "scan-new" in wrong.stderr
