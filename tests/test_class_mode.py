"""Class mode through the real window (ui/classroom): started from the panel's "Teach a class"
card, driven by the console's buttons and a presenter's clicker keys, one screen and two (Qt's
offscreen platform with two screens, in a process of its own), screens pulled out and plugged
in again during the class, and the hall's text size."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.test_ui_checkin import click
from tests.test_ui_facilitator import vietnamese  # noqa: F401  (a fixture: the .qm installed)

ROOT = Path(__file__).resolve().parent.parent


def start_class(qtbot, window, lesson_ids=("vneid-install", "smartphone-basics")):  # type: ignore[no-untyped-def]
    window.facilitator.show_panel()
    panel = window.facilitator.panel
    qtbot.waitUntil(lambda: panel.desk.loaded, timeout=10_000)
    click(qtbot, panel.menu.grid.card_for("teach"))
    page = panel.class_start
    assert panel.current_page() == "class_start"
    assert not page.go.isEnabled()  # nothing picked yet
    for lesson_id in lesson_ids:
        while page.grid.card_for(lesson_id) is None:
            click(qtbot, page.grid.pager.next)
        click(qtbot, page.grid.card_for(lesson_id))
    click(qtbot, page.go)
    assert window.screen_name == "class" and window.classes is not None
    return window.classes


def test_a_class_starts_from_the_panel_and_walks_by_the_console(qtbot, make_window, caplog):  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="ui.classroom.mode")
    window = make_window(size=(1366, 768))
    mode = start_class(qtbot, window)
    room, stage = mode.classroom, mode.stage
    assert [lesson.id for lesson in room.lessons] == ["vneid-install", "smartphone-basics"]
    assert stage.one_screen and stage.audience.isVisible() and not stage.console.isVisible()
    assert not window.idle.enabled  # no resident idle return during a class
    assert not window.facilitator.panel_lock.enabled  # nor the panel's lock
    click(qtbot, stage.opener)  # the corner button opens the console over the lesson
    assert stage.console.isVisible()
    buttons = stage.console.buttons
    click(qtbot, buttons["next"])
    click(qtbot, buttons["next"])
    assert room.position.index == 2 and stage.audience.position == room.position
    click(qtbot, buttons["back"])
    assert room.position.index == 1
    click(qtbot, buttons["blank"])
    assert stage.audience.blank and buttons["blank"].text()
    click(qtbot, buttons["blank"])
    assert not stage.audience.blank
    click(qtbot, buttons["next_lesson"])
    assert room.lesson.id == "smartphone-basics" and room.position.index == 0
    assert not buttons["next_lesson"].isEnabled()  # the last lesson of the class
    click(qtbot, buttons["end"])
    assert window.classes is None and window.screen_name == "attract"
    assert "class: ended, 2 taught, 0 to the end" in caplog.text  # the log's trail of a class


def test_a_presenter_clicker_drives_the_class(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window(size=(1280, 800))
    mode = start_class(qtbot, window, ("vneid-install",))
    room, stage = mode.classroom, mode.stage
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space):
        QTest.keyClick(window, key)
    assert room.position.index == 4
    for key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
        QTest.keyClick(window, key)
    assert room.position.index == 0
    QTest.keyClick(window, Qt.Key.Key_B)
    assert room.blank and stage.audience.blank
    QTest.keyClick(window, Qt.Key.Key_Period)
    assert not room.blank
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert stage.console.isVisible()
    QTest.keyClick(window, Qt.Key.Key_B)
    QTest.keyClick(window, Qt.Key.Key_F5)  # back to the audience view, and not blank
    assert not stage.console.isVisible() and not room.blank
    assert window.screen_name == "class"


def test_the_console_closes_by_itself_on_one_screen(qtbot, make_window):  # type: ignore[no-untyped-def]
    from ui.classroom import mode as mode_module

    window = make_window(size=(1366, 768))
    mode = start_class(qtbot, window, ("vneid-install",))
    mode._closer.setInterval(300)  # the test's patience, not the kiosk's 8 seconds
    assert mode_module.CONSOLE_CLOSES_MS == 8000
    click(qtbot, mode.stage.opener)
    assert mode.stage.console.isVisible()
    qtbot.waitUntil(lambda: not mode.stage.console.isVisible(), timeout=3000)
    assert window.screen_name == "class"


def test_the_ring_shows_on_the_hall_view_on_a_practice_step(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window(size=(1920, 1080))
    mode = start_class(qtbot, window, ("vneid-install",))
    room, stage = mode.classroom, mode.stage
    practice = next(i for i, s in enumerate(room.lesson.steps) if s.practice is not None)
    room.go_to_step(practice)
    click(qtbot, stage.opener)
    click(qtbot, stage.console.buttons["ring"])
    assert stage.audience.picture.ring == room.lesson.steps[practice].practice.target
    assert stage.audience.task.isVisible()
    assert stage.audience.task.text().startswith("Bà con hãy thử trên điện thoại của mình:")
    room.next()
    assert stage.audience.picture.ring is None


def test_the_hall_reads_the_words_at_a_twenty_second_of_the_height(qtbot):  # type: ignore[no-untyped-def]
    from kiosk.lessons import load_library
    from kiosk.paths import bundled_lessons_dir
    from kiosk.visit.events import Position
    from ui.classroom.audience import AudienceView

    library = load_library(bundled_lessons_dir())
    lesson = library.find("vneid-install", "vi")
    assert lesson is not None
    for width, height in ((1920, 1080), (1280, 720)):
        view = AudienceView()
        qtbot.addWidget(view)
        view.resize(width, height)
        view.show()
        view.show_position(Position(lesson, 3))
        qtbot.waitExposed(view)
        assert view.words.font().pixelSize() >= height // 22
        assert view.words.font().pixelSize() >= 49 or height < 1080


TWO_SCREENS = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QSize
    from kiosk.lessons import load_library
    from kiosk.paths import bundled_lessons_dir
    from kiosk.settings import Settings
    from ui.app import build_window, create_app

    app = create_app()
    screens = app.screens()
    library = load_library(bundled_lessons_dir(), extract_dir=Path(sys.argv[1]))
    window = build_window(app, library, Settings(), language="vi", size=QSize(1366, 768))
    window.setScreen(screens[0])
    window.show()
    app.processEvents()
    window.start_class(("vneid-install",))
    mode = window.classes
    room = mode.classroom
    room.next(); room.next()
    app.processEvents()
    seen = {"screens": [s.name() for s in screens]}
    def tv():
        return mode.tv if mode.tv is not None and mode.tv.isVisible() else None

    seen["two"] = {"tv_on": tv().screen().name() if tv() else None, "tv_shown": bool(tv()),
                   "tv_size": [tv().width(), tv().height()] if tv() else None,
                   "console_shown": mode.stage.console.isVisible(), "one": mode.stage.one_screen,
                   "too_small": [s.name for s in mode.choice.too_small],
                   "said": mode.stage.console.said.full_text(),
                   "window_on": window.screen().name(), "step": room.position.index}
    mode.screens = lambda: [screens[0]]  # the TV's cable pulled out
    mode.arrange(); app.processEvents()
    room.next()
    seen["unplugged"] = {"tv_shown": bool(tv()), "one": mode.stage.one_screen,
                         "audience_shown": mode.stage.audience.isVisible(),
                         "step": room.position.index,
                         "hall_step": mode.stage.audience.position.index}
    mode.screens = lambda: list(screens)  # and plugged in again
    mode.arrange(); app.processEvents()
    seen["plugged"] = {"tv_on": tv().screen().name() if tv() else None, "tv_shown": bool(tv()),
                       "one": mode.stage.one_screen,
                       "tv_step": tv().position.index if tv() else None}
    room.end(); app.processEvents()
    seen["ended"] = window.screen_name
    print("SEEN " + json.dumps(seen))
    window.quit_allowed = True
    window.close()
    """
)


def run_two_screens(tmp_path: Path, second: dict[str, int]) -> dict:  # type: ignore[type-arg]
    config = {
        "screens": [
            {"name": "touch", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
            {"name": "tv", "x": 1366, "y": 0, "logicalDpi": 96, **second},
        ]
    }
    path = tmp_path / "screens.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={path}"}
    done = subprocess.run(
        [sys.executable, "-c", TWO_SCREENS, str(tmp_path / "packs")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("SEEN "))
    return json.loads(line[5:])  # type: ignore[no-any-return]


def test_two_screens_the_hall_on_the_tv_the_console_here_and_a_cable_pulled(tmp_path: Path) -> None:
    seen = run_two_screens(tmp_path, {"width": 1920, "height": 1080})
    assert seen["screens"] == ["touch", "tv"]
    two = seen["two"]
    assert two["tv_on"] == "tv" and two["tv_shown"] and two["tv_size"] == [1920, 1080]
    assert two["console_shown"] and two["window_on"] == "touch" and two["step"] == 2
    unplugged = seen["unplugged"]
    assert unplugged["one"] and not unplugged["tv_shown"] and unplugged["audience_shown"]
    assert unplugged["step"] == unplugged["hall_step"] == 3  # no step lost
    plugged = seen["plugged"]
    assert plugged["tv_on"] == "tv" and plugged["tv_shown"] and not plugged["one"]
    assert plugged["tv_step"] == 3
    assert seen["ended"] == "attract"


def test_a_tiny_second_screen_is_not_used_for_the_hall(tmp_path: Path) -> None:
    seen = run_two_screens(tmp_path, {"width": 800, "height": 480})
    two = seen["two"]
    assert two["one"] and not two["tv_shown"] and two["too_small"] == ["tv"]
    assert "800x480" in two["said"] and "quá nhỏ" in two["said"]  # said on the console
    assert seen["plugged"]["one"] and seen["ended"] == "attract"


JOB_COPIES = """{
  OPERATION Get-Job-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR integer job-id $job_id
  ATTR name requesting-user-name $user
  ATTR keyword requested-attributes copies
  STATUS successful-ok
  DISPLAY copies
}
"""


def copies_of(job: str, queue: str, tmp_path: Path) -> int:
    """What the real CUPS scheduler holds for the job: its number of copies (ipptool)."""
    import re
    import shutil

    if shutil.which("ipptool") is None:
        raise AssertionError("ipptool is missing (Debian package cups-ipp-utils)")
    test = tmp_path / "copies.test"
    test.write_text(JOB_COPIES, encoding="utf-8")
    number = job.rsplit("-", 1)[1]
    done = subprocess.run(
        [
            "ipptool",
            "-t",
            "-v",
            "-d",
            f"job_id={number}",
            f"ipp://localhost/printers/{queue}",
            str(test),
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    found = re.search(r"^\s*copies \(integer\) = (\d+)", done.stdout, re.MULTILINE)
    assert found, (done.returncode, done.args, done.stdout, done.stderr)
    return int(found.group(1))


def test_the_class_handouts_are_one_per_person_present_through_cups(  # type: ignore[no-untyped-def]
    qtbot, make_window, pdf_queue, data_dir, tmp_path
):
    from kiosk.channels.defaults import default_registry
    from tests.test_printing_cups import QUEUE, decoded_urls
    from ui.print_service import PrintService

    printing = PrintService(data_dir, QUEUE, "A5")
    window = make_window(size=(1366, 768), printing=printing)
    mode = start_class(qtbot, window, ("vneid-install",))
    console = mode.stage.console
    mode.present = lambda: 12
    click(qtbot, mode.stage.opener)
    click(qtbot, console.buttons["print"])  # twelve: asks first
    assert console.print_asked == 12 and "12" in console.buttons["print"].text()
    assert not printing.busy
    before = pdf_queue.jobs()
    with qtbot.waitSignal(printing.finished, timeout=60_000) as printed:
        click(qtbot, console.buttons["print"])
    outcome = printed.args[0]
    assert outcome.printed and outcome.printer == QUEUE
    job = pdf_queue.new_job(before)  # one job, however many copies
    assert copies_of(job, QUEUE, tmp_path) == 12
    lesson = mode.classroom.lesson
    pdf = tmp_path / "printed" / "out.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(pdf_queue.output_of(job).read_bytes())
    assert decoded_urls(pdf) == {c.url for c in default_registry().shown(lesson.channels)}
    assert console.said.full_text().startswith("Đang in")
    assert console.buttons["print"].isEnabled() and console.print_asked == 0
    mode.present = lambda: 3  # three: printed at once
    before = pdf_queue.jobs()
    with qtbot.waitSignal(printing.finished, timeout=60_000) as printed:
        click(qtbot, console.buttons["print"])
    assert printed.args[0].printed
    assert copies_of(pdf_queue.new_job(before), QUEUE, tmp_path) == 3
    assert window.message.isHidden()  # the resident's print message is not shown over a class


def test_no_printer_keeps_the_class_handouts_as_one_pdf_and_says_where(  # type: ignore[no-untyped-def]
    qtbot, make_window, data_dir
):
    from ui.print_service import PrintService

    printing = PrintService(data_dir, "no-such-printer", "A5")
    window = make_window(size=(1366, 768), printing=printing)
    mode = start_class(qtbot, window, ("vneid-install",))
    console = mode.stage.console
    mode.present = lambda: 4
    click(qtbot, mode.stage.opener)
    with qtbot.waitSignal(printing.finished, timeout=60_000) as printed:
        click(qtbot, console.buttons["print"])
    outcome = printed.args[0]
    assert not outcome.printed and outcome.pdf.is_file()
    assert list((data_dir / "handouts").glob("*.pdf")) == [outcome.pdf]
    assert (
        console.said.full_text().startswith("Chưa in được")
        and str(outcome.pdf) in console.said.full_text()
    )


def test_a_class_goes_into_a_group_session_with_its_lessons_taught(qtbot, make_window):  # type: ignore[no-untyped-def]
    from tests.test_ui_checkin import query

    window = make_window(size=(1366, 768))
    mode = start_class(qtbot, window, ("vneid-install", "smartphone-basics"))
    room = mode.classroom
    qtbot.waitUntil(lambda: bool(mode.records and mode.records.session_id), timeout=10_000)
    for _ in range(len(room.lesson.steps) - 1):  # the first lesson to its last step
        room.next()
    room.next()  # the second lesson opens, and is left before its end
    room.end()
    sessions = query(qtbot, window, "select kind, lessons_taught, ended_at from sessions")
    assert sessions == [("group", '["vneid-install", "smartphone-basics"]', None)]
    completions = query(
        qtbot,
        window,
        "select lesson_id, kind, person_id is null, session_id is not null from completions",
    )
    assert completions == [("vneid-install", "class", 1, 1)]  # only the one taught to its end


def test_opening_the_panel_or_locking_ends_a_class_and_a_new_one_can_start(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window(size=(1366, 768))
    mode = start_class(qtbot, window, ("vneid-install",))
    mode.classroom.next()
    window.facilitator.show_panel()  # past the PIN again, from the corner or Ctrl+Alt+F
    assert window.classes is None and mode.classroom.ended
    assert window.screen_name == "facilitator"
    second = start_class(qtbot, window, ("smartphone-basics",))
    assert second is not mode and second.classroom.lesson.id == "smartphone-basics"
    window.show_attract()  # the panel's lock, the idle return of an open PIN pad
    assert window.classes is None and second.classroom.ended
    assert window.screen_name == "attract"


@pytest.mark.usefixtures("vietnamese")
def test_a_step_without_notes_says_so_on_the_console_never_an_error(qtbot):  # type: ignore[no-untyped-def]
    from kiosk.classroom import Classroom
    from tests.test_visit import BUTTON, lesson
    from ui.classroom.console import ConsoleScreen
    from ui.theme import Theme

    room = Classroom([lesson("bare", "vi", None, BUTTON)], "vi")  # a pack written without notes
    console = ConsoleScreen(Theme(1366, 768), room)
    qtbot.addWidget(console)
    room.subscribe(console.follow)
    room.begin()
    assert console.notes.text() == "Bước này chưa có ghi chú."
    room.next()
    assert console.notes.text() == "Bước này chưa có ghi chú."
    assert console.upcoming_label.full_text() == "Bước cuối của buổi dạy"


def test_three_taps_in_the_corner_open_the_console_during_a_class_not_the_pin(  # type: ignore[no-untyped-def]
    qtbot, make_window, clock
):
    from tests.test_ui_pin import tap_corner

    window = make_window(size=(1366, 768))
    mode = start_class(qtbot, window, ("vneid-install",))
    assert not mode.stage.console.isVisible()
    for _ in range(3):
        tap_corner(qtbot, window)
        clock.advance(0.2)
    assert mode.stage.console.isVisible()  # the console, over the lesson
    assert not window.facilitator.pin_gate.isVisible() and window.classes is mode


def test_the_attendance_taken_in_a_class_returns_to_it_and_its_lock_locks(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window(size=(1366, 768))
    mode = start_class(qtbot, window, ("vneid-install",))
    mode.classroom.next()
    click(qtbot, mode.stage.opener)
    click(qtbot, mode.stage.console.buttons["add_person"])
    panel = window.facilitator.panel
    assert panel.current_page() == "search" and window.screen_name == "class"
    assert window.facilitator.pin_gate.isHidden()  # no PIN: the class was started past it
    click(qtbot, panel.search.back)
    assert window.stack.currentWidget() is mode.stage and mode.classroom.position.index == 1
    click(qtbot, mode.stage.opener)
    click(qtbot, mode.stage.console.buttons["add_person"])
    click(qtbot, panel.search.bar.lock)  # "Khóa" there locks: the class ends, the attract loop
    assert window.classes is None and window.screen_name == "attract"


def test_a_class_ended_before_its_session_is_known_still_records_and_does_not_crash(  # type: ignore[no-untyped-def]
    qtbot, make_window
):
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent

    from tests.test_ui_checkin import query

    window = make_window(size=(1366, 768))
    gate = threading.Event()
    window.records.call(lambda _store: gate.wait(10))  # the records thread is held back
    mode = start_class(qtbot, window, ("vneid-install",))
    for _ in range(len(mode.classroom.lesson.steps)):
        mode.classroom.next()
    click(qtbot, mode.stage.console.buttons["end"])  # ended before StartClass is answered
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # its console is gone
    gate.set()
    qtbot.waitUntil(lambda: bool(mode.records and mode.records.session_id), timeout=10_000)
    qtbot.waitUntil(lambda: not window.records.busy, timeout=10_000)
    completions = query(qtbot, window, "select lesson_id, kind from completions")
    assert completions == [("vneid-install", "class")]  # what it taught waited and was kept
    assert window.screen_name == "attract"
