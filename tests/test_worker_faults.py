"""Every background worker survives its faults (ui/tasks.py): records, printing, report exports
and speech each meet an OSError (a read-only or full disk) and an unexpected exception (a bug),
log it, hand the screen its failure in the person's language, and take the next job: the
records thread still answers, the print button comes back with a message, a second export
works, and narration goes on or falls back to text."""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.records import Person, RecordError, RecordStore
from kiosk.settings import Settings
from tests.test_ui_report import (  # noqa: F401  (fixtures)
    make_panel,
    no_usb,
    records,
    show_quarter,
    tap,
)
from ui.records_service import RecordsService

WAIT = 30_000
PERSON = Person("00000000-0000-4000-8000-000000000001", "Trần Thị Lan", 1950)
LESSON = "vneid-install"

FAULTS: dict[str, Callable[[], Exception]] = {
    "read_only": lambda: OSError(errno.EROFS, "Read-only file system"),
    "disk_full": lambda: OSError(errno.ENOSPC, "No space left on device"),
    "bug": lambda: RuntimeError("a bug"),
}


# -- the failure policy ------------------------------------------------------------------------
def test_a_failure_says_what_kind_and_logs_a_bug_with_its_traceback(caplog):
    from ui.tasks import Failure

    with caplog.at_level(logging.INFO):
        disk = Failure.of(OSError(errno.ENOSPC, "No space left on device"), "a test job")
        bug = Failure.of(RuntimeError("a bug"), "a test job")
    assert disk.key == "disk_full" and "No space left" in disk.detail
    assert Failure.of(OSError(errno.EROFS, "Read-only file system"), "x").key == "read_only"
    assert Failure.of(PermissionError(errno.EACCES, "Permission denied"), "x").key == "read_only"
    assert Failure.of(OSError(errno.EIO, "Input/output error"), "x").key == "storage"
    assert bug.key == "fault" and bug.detail == "RuntimeError"
    bugs = [r for r in caplog.records if r.exc_info and r.exc_info[1] is not None]
    assert [str(r.exc_info[1]) for r in bugs] == ["a bug"]  # type: ignore[index]


# -- records -----------------------------------------------------------------------------------
def answers(qtbot: Any, service: RecordsService, work: Callable[[RecordStore], Any]) -> Any:
    """Call `work` on the records thread; what came back (a result or a RecordError)."""
    got: list[Any] = []
    service.call(work, got.append, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    return got[0]


@pytest.mark.parametrize("fault", FAULTS)
def test_records_that_cannot_open_answer_every_call(qtbot, fault):
    def refuse() -> RecordStore:
        raise FAULTS[fault]()

    service = RecordsService(refuse)
    try:
        for _ in range(3):
            error = answers(qtbot, service, lambda store: store.list_people())
            assert isinstance(error, RecordError)
            assert error.code == {"bug": "storage"}.get(fault, fault)
            assert error.message("vi") and error.message("vi") != error.message("en")
        assert not service.busy
    finally:
        service.close()


def test_an_answer_for_a_turn_that_moved_on_is_dropped_in_one_place(qtbot, tmp_path):
    """RecordsService.submit: only the newest question asked under a turn is answered; what a
    write did is still said (`changed`), and a late write's failure reaches `on_late_error`."""
    import threading

    from kiosk.records import NewPerson
    from kiosk.records.operations import AddPerson, PagePeople, PeoplePage, RecordSupport
    from ui.records_service import Turn

    service = RecordsService(lambda: RecordStore.open(tmp_path / "records.db", "test-kiosk"))
    gate = threading.Event()
    shown: list[Any] = []
    late: list[RecordError] = []
    changed: list[str] = []
    service.changed.connect(changed.append)
    turn = Turn()
    try:
        service.call(lambda _store: gate.wait(10))  # holds the records thread
        for page in (0, 1, 2):  # a page turned, and turned again, before any answer
            service.submit(PagePeople("", page, 6), shown.append, shown.append, turn=turn)
        gate.set()
        qtbot.waitUntil(lambda: not service.busy, timeout=5000)
        assert shown == [PeoplePage((), 2, 1, 0)]

        shown.clear()
        gate.clear()
        service.call(lambda _store: gate.wait(10))
        service.submit(AddPerson(NewPerson("Trần Thị Lan", 1950)), shown.append, turn=turn)
        person = Turn()  # (a person for the support below, asked under another turn)
        service.submit(
            RecordSupport(PERSON, "no_such_support"),
            shown.append,
            shown.append,
            turn=person,
            on_late_error=late.append,
        )
        turn.move_on()  # the screen moved on: the added person is not shown...
        person.move_on()
        gate.set()
        qtbot.waitUntil(lambda: not service.busy, timeout=5000)
        assert shown == [] and changed == ["people"]  # ...but was stored, and that is said
        assert [error.code for error in late] == ["support_unknown"]
        assert answers(qtbot, service, lambda store: store.count("people")) == 1
    finally:
        gate.set()
        service.close()


@pytest.mark.parametrize("fault", FAULTS)
def test_a_job_that_raises_is_answered_and_the_next_job_runs(qtbot, tmp_path, fault):
    service = RecordsService(lambda: RecordStore.open(tmp_path / "records.db", "test-kiosk"))
    try:

        def broken(store: RecordStore) -> None:
            raise FAULTS[fault]()

        error = answers(qtbot, service, broken)
        assert isinstance(error, RecordError)
        assert error.code == {"bug": "storage"}.get(fault, fault)
        assert answers(qtbot, service, lambda store: store.list_people()) == []
    finally:
        service.close()


def test_what_runs_as_the_records_close_runs_once_on_the_open_store(qtbot, tmp_path, caplog):
    """The kiosk notes the last time seen as the records close (RecordsService.at_close):
    on the store still open, once, without opening the records a second time (a job handed
    over after the window had closed them opened them again, checks and all, at every
    exit), and a hook that raises does not keep them open."""
    opened: list[RecordStore] = []

    def open_store() -> RecordStore:
        opened.append(RecordStore.open(tmp_path / "records.db", "test-kiosk"))
        return opened[-1]

    service = RecordsService(open_store)
    seen: list[int] = []

    def broken(store: RecordStore) -> None:
        raise OSError(errno.EIO, "input/output error")

    service.at_close.extend([lambda store: seen.append(len(store.list_people())), broken])
    assert answers(qtbot, service, lambda store: store.list_people()) == []
    with caplog.at_level(logging.WARNING, logger="ui.records_service"):
        service.close()
        service.close()  # as the window closes them, then the application's end
    assert seen == [0] and len(opened) == 1
    assert "records: at close" in caplog.text


def test_a_records_open_refused_by_the_disk_is_said_on_the_menu(qtbot, bundled_library, data_dir):
    from kiosk.clock import ManualClock
    from ui.facilitator import FacilitatorPanel
    from ui.theme import Theme

    def refuse() -> RecordStore:
        raise OSError(errno.EROFS, "Read-only file system")

    broken = RecordsService(refuse)
    panel = FacilitatorPanel(
        Theme(1280, 800), broken, bundled_library, Settings(), data_dir, ManualClock()
    )
    qtbot.addWidget(panel)
    panel.set_language("vi")
    panel.show()
    panel.show_menu()
    qtbot.waitUntil(lambda: panel.menu.problem.isVisible(), timeout=5000)
    assert panel.menu.problem.text() == RecordError("read_only").message("vi")
    broken.close()


# -- printing ----------------------------------------------------------------------------------
@pytest.mark.parametrize("fault", FAULTS)
def test_a_print_that_raises_gives_the_button_back_with_a_message(
    make_window, qtbot, data_dir, monkeypatch, fault
):
    import ui.printing.spooler as spooler
    from ui.print_service import PrintService

    real = spooler.print_handout
    calls: list[int] = []

    def once(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise FAULTS[fault]()
        return real(*args, **kwargs)

    monkeypatch.setattr(spooler, "print_handout", once)
    service = PrintService(data_dir, "no-such-printer", "A5")
    window = make_window(printing=service)
    window.show_finish(LESSON)
    for _ in range(2):  # the fault, then a print that runs (to no printer: saved, and said)
        with qtbot.waitSignal(service.finished, timeout=60_000) as done:
            qtbot.mouseClick(window.finish.print_button, Qt.MouseButton.LeftButton)
        assert not done.args[0].printed
        assert window.finish.print_button.isEnabled()
        assert not service.busy
        assert window.message.isVisible()
        assert window.message.message.text().startswith("Máy in chưa sẵn sàng")
        qtbot.mouseClick(window.message.ok, Qt.MouseButton.LeftButton)
    assert len(calls) == 2
    assert list((data_dir / "handouts").glob(f"*-{LESSON}-vi.pdf"))


# -- report exports ----------------------------------------------------------------------------
@pytest.mark.parametrize("fault", FAULTS)
def test_an_export_that_raises_is_said_and_the_next_export_works(
    make_panel,  # noqa: F811
    qtbot,
    records,  # noqa: F811
    data_dir,
    monkeypatch,
    fault,
):
    from kiosk.reports import exports

    real = exports.write_csv
    calls: list[int] = []

    def once(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise FAULTS[fault]()
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, "write_csv", once)
    panel = make_panel()
    page = show_quarter(qtbot, panel, records)
    tap(qtbot, page.exports["csv"])
    qtbot.waitUntil(lambda: page.message_kind == "export_failed", timeout=10000)
    assert page.message.isVisible() and page.message.text()
    assert all(button.isEnabled() for button in page.exports.values())
    page.message_kind = ""
    tap(qtbot, page.exports["csv"])
    qtbot.waitUntil(lambda: page.message_kind.startswith("export"), timeout=10000)
    assert page.message_kind == "exported", page.message.text()
    assert (data_dir / "reports" / "bao-cao_2026-10-01_2026-11-15.csv").is_file()


# -- speech ------------------------------------------------------------------------------------
@pytest.fixture
def faulty_speech(
    make_window, data_dir, monkeypatch, tmp_path
) -> Iterator[Callable[[Callable[[int], Exception | None]], Any]]:
    """A kiosk window whose synthesis raises `fault(n)` on the n-th sentence (None: speaks)."""
    from kiosk.narration.synth import Synthesizer
    from ui.app import make_narrator

    monkeypatch.setenv("FAKE_ENGINE_STATE", str(tmp_path / "fake-engine"))
    real = Synthesizer.speak_to_cache

    def make(fault: Callable[[int], Exception | None]) -> Any:
        count = [0]

        def speak(self: Synthesizer, *args: Any, **kwargs: Any) -> Path:
            count[0] += 1
            error = fault(count[0])
            if error is not None:
                raise error
            return real(self, *args, **kwargs)

        monkeypatch.setattr(Synthesizer, "speak_to_cache", speak)
        settings = Settings()
        narrator = make_narrator(data_dir, settings, "tests.fake_engines:SineEngine")
        return make_window(settings=settings, narrator=narrator)

    yield make


@pytest.mark.parametrize("fault", FAULTS)
def test_a_sentence_that_raises_once_and_narration_goes_on(faulty_speech, qtbot, fault):
    window = faulty_speech(lambda n: FAULTS[fault]() if n == 1 else None)
    window.open_lesson(LESSON)  # its first sentence fails: the next plays, or the step ends
    qtbot.waitUntil(lambda: window.narrator.state != "waiting", timeout=WAIT)
    with qtbot.waitSignal(window.narrator.playing, timeout=WAIT):
        qtbot.mouseClick(window.player.next, Qt.MouseButton.LeftButton)
    assert not window.player.notice.isVisible()


@pytest.mark.parametrize("fault", FAULTS)
def test_synthesis_that_always_raises_falls_back_to_text(faulty_speech, qtbot, fault):
    window = faulty_speech(lambda n: FAULTS[fault]())
    window.open_lesson(LESSON)
    qtbot.waitUntil(window.player.notice.isVisible, timeout=WAIT)
    assert window.narrator.state == "idle"
    qtbot.mouseClick(window.player.next, Qt.MouseButton.LeftButton)
    assert window.player.index == 1  # the lesson goes on, in text
