"""A native crash leaves a trace (kiosk/crashtrace.py): faulthandler writes the stacks to
logs/crash.txt, the next start logs them and keeps the file, and the facilitator is told when
the panel next opens, never a resident."""

from __future__ import annotations

import faulthandler
import logging
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk import crashtrace
from tests.conftest import TEST_PIN
from tests.test_ui_pin import press_chord, type_pin

# A process that arms the trace, then dies of a segmentation fault in a function of its own.
CRASHER = """
import ctypes, sys
from pathlib import Path
from kiosk import crashtrace
crashtrace.arm(Path(sys.argv[1]))
def read_address_zero():
    ctypes.string_at(0)
read_address_zero()
"""


def crash_once(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CRASHER, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture(autouse=True)
def _disarmed():  # type: ignore[no-untyped-def]
    was_enabled = faulthandler.is_enabled()
    yield
    crashtrace.disarm()
    if was_enabled:  # the test process's own faulthandler, as pytest had it
        faulthandler.enable(file=sys.__stderr__)


def test_a_first_start_finds_nothing_and_leaves_an_empty_file(tmp_path: Path) -> None:
    assert crashtrace.arm(tmp_path) is None
    assert crashtrace.crash_file(tmp_path).read_text() == ""
    crashtrace.disarm()
    assert crashtrace.arm(tmp_path) is None  # a run that ended well left it empty


def test_a_segfault_is_written_and_the_next_start_logs_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    died = crash_once(tmp_path)
    assert died.returncode != 0
    written = crashtrace.crash_file(tmp_path).read_text()
    assert "Segmentation fault" in written
    assert "read_address_zero" in written  # the Python stack of the thread that crashed

    with caplog.at_level(logging.ERROR, logger="kiosk.crashtrace"):
        previous = crashtrace.arm(tmp_path)
        assert previous is not None
        crashtrace.log_previous(previous)
    assert "read_address_zero" in previous.stack
    assert previous.kept_at is not None and previous.kept_at.read_text() == written
    assert crashtrace.crash_file(tmp_path).read_text() == ""  # this run's file, empty
    logged = caplog.text
    assert "the kiosk crashed before" in logged and "read_address_zero" in logged
    crashtrace.disarm()
    assert crashtrace.arm(tmp_path) is None  # told once


def test_only_the_last_few_crash_files_are_kept(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    for day in range(1, 9):
        (logs / f"crash-202601{day:02d}-120000.txt").write_text("old")
    crashtrace.crash_file(tmp_path).write_text("Fatal Python error: Segmentation fault")
    previous = crashtrace.arm(tmp_path)
    assert previous is not None
    assert len(list(logs.glob("crash-*.txt"))) == crashtrace.KEEP
    assert previous.kept_at is not None and previous.kept_at.exists()


def test_the_message_is_plain_in_both_languages(tmp_path: Path) -> None:
    crash = crashtrace.PreviousCrash(datetime(2026, 12, 7, 9, 5), "stack", tmp_path / "c.txt")
    assert "dừng đột ngột lúc 09:05 07/12/2026" in crash.message("vi")
    assert "stopped unexpectedly at 09:05 07/12/2026" in crash.message("en")


def test_the_facilitator_is_told_when_the_panel_opens_never_a_resident(  # type: ignore[no-untyped-def]
    make_window, qtbot, tmp_path: Path
) -> None:
    window = make_window()
    crash = crashtrace.PreviousCrash(datetime(2026, 12, 7, 9, 5), "stack", tmp_path / "c.txt")
    window.facilitator.set_previous_crash(crash)
    window.show_home()
    QApplication.processEvents()
    assert not window.message.isVisible()  # never to a resident
    press_chord(qtbot, window, Qt.Key.Key_F)
    type_pin(qtbot, window.facilitator.pin_gate.pad, TEST_PIN)
    assert window.message.isVisible()
    assert crash.message(window.language) in window.message.message.text()
    qtbot.mouseClick(window.message.ok, Qt.MouseButton.LeftButton)
    window.facilitator.lock()
    window.facilitator.open("panel")
    type_pin(qtbot, window.facilitator.pin_gate.pad, TEST_PIN)
    assert not window.message.isVisible()  # told once
