"""The PIN fails closed: a damaged, unreadable or missing pin.json on a kiosk that had a PIN
never lets anyone at the touchscreen choose a new one. A new kiosk asks for the PIN once, as
its first screen, and shows a recovery code once; that code (typed behind "Forgot the PIN?")
or `kiosk pin set` in a shell is the only way to a new PIN. Files are written owner-only and
atomically. Tried with many damaged files, in the core, in the window, from the shell, and in
the real process under Xvfb."""

from __future__ import annotations

import io
import json
import os
import re
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.cli import main
from kiosk.clock import ManualClock
from kiosk.pin import (
    FREE_TRIES,
    RECOVERY_FILE,
    TRIES_FILE,
    Grant,
    PinGuard,
    PinLocked,
    PinState,
    PinStore,
    format_recovery,
)
from kiosk.records import NewPerson, RecordStore
from kiosk.records.files import records_path

PIN = "246810"
NEW_PIN = "975310"
RESIDENT = NewPerson("Lê Thị Hồng", 1962, "Tổ 5", consent=True)
GOOD = {"algorithm": "scrypt", "n": 16384, "r": 8, "p": 1, "salt": "ab" * 16, "hash": "cd" * 32}


def _json(value: object) -> Callable[[Path], None]:
    return lambda path: path.write_text(json.dumps(value), encoding="utf-8")


def _text(text: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(text, encoding="utf-8")


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "x").write_text("{}")


def _fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _without(key: str) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        record = json.loads(path.read_text())
        del record[key]
        path.write_text(json.dumps(record))

    return damage


def _with(**changes: object) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        record = json.loads(path.read_text())
        record.update(changes)
        path.write_text(json.dumps(record))

    return damage


# Whatever pin.json holds, or whatever stands in its place.
DAMAGE: dict[str, Callable[[Path], None]] = {
    "empty": _bytes(b""),
    "blank": _text(" \n\t\n"),
    "truncated": _truncated,
    "binary": _bytes(bytes(range(256)) * 4),
    "nul": _bytes(b'{"salt": "\x00"}'),
    "not utf-8": _bytes(b'{"salt": "\xff\xfe"}'),
    "not json": _text("salt=ab hash=cd"),
    "a list": _json([GOOD]),
    "a string": _json("246810"),
    "a number": _json(246810),
    "null": _json(None),
    "n as text": _with(n="16384"),
    "n as true": _with(n=True),
    "n as a float": _with(n=16384.0),
    "salt as a number": _with(salt=1234),
    "hash as a list": _with(hash=["cd"]),
    "no salt": _without("salt"),
    "no hash": _without("hash"),
    "no n": _without("n"),
    "no algorithm": _without("algorithm"),
    "another algorithm": _with(algorithm="md5"),
    "a cheap cost": _with(n=2, r=1, p=1),
    "an absurd cost": _with(n=2**30),
    "n not a power of two": _with(n=20000),
    "a huge number": _text('{"n": ' + "9" * 5000 + "}"),
    "NaN": _text('{"n": NaN}'),
    "salt not hex": _with(salt="zz" * 16),
    "a short salt": _with(salt="ab"),
    "an empty hash": _with(hash=""),
    "huge": _bytes(b'{"pad": "' + b"x" * 3_000_000 + b'"}'),
    "deep": _text("[" * 100_000 + "]" * 100_000),
    "deep object": _text('{"a":' * 5000 + "1" + "}" * 5000),
    "a folder": _folder,
    "a fifo": _fifo,
}


def kiosk_with_pin(data_dir: Path) -> tuple[PinStore, str]:
    """A kiosk set up with PIN and used (a resident signed in); returns its recovery code."""
    store = PinStore(data_dir)
    code = store.set(PIN)
    records = RecordStore.open(records_path(data_dir), "test-kiosk")
    try:
        records.add_person(NewPerson("Nguyễn Thị Đều", 1950, "Tổ 3", consent=True))
    finally:
        records.close()
    return store, code


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_pin_file_fails_closed(tmp_path, damage):
    store, code = kiosk_with_pin(tmp_path)
    damage(store.path)
    status = store.status()
    assert status.state is PinState.DAMAGED and status.recovery
    assert str(store.path) in status.problem  # said with its path, for the log and the check
    assert not store.is_set() and not store.matches(PIN)
    with pytest.raises(PinLocked):  # no new PIN without the code
        store.first_setup(NEW_PIN)
    guard = PinGuard(store, ManualClock())
    assert not guard.attempt(PIN).ok
    # The recovery code leads to a new PIN, and a new code; the old code is spent.
    attempt = guard.attempt_recovery(code)
    assert attempt.ok and attempt.grant is not None
    new_code = store.reset(attempt.grant, NEW_PIN)
    assert store.state() is PinState.SET and store.matches(NEW_PIN)
    assert store.recovery_matches(new_code) and not store.recovery_matches(code)
    with pytest.raises(PinLocked):  # a grant allows one change
        store.reset(attempt.grant, PIN)


MISSING: dict[str, Callable[[Path], None]] = {
    "a recovery code": lambda d: PinStore(d).set(PIN),
    "a tries file": lambda d: (d / TRIES_FILE).write_text('{"failures": 2}'),
    "a damaged tries file": lambda d: (d / TRIES_FILE).write_bytes(b"\xff"),
    "settings": lambda d: (d / "settings.json").write_text('{"language": "en"}'),
    "damaged settings": lambda d: (d / "settings.json").write_text("[" * 1000),
    "a person": lambda d: _records(d, lambda s: s.add_person(RESIDENT)),
    "a completion only": lambda d: _records(d, lambda s: s.record_completion("vneid-install")),
    "a session only": lambda d: _records(d, lambda s: s.start_session("group", "Tổ 3", "", ())),
    "a damaged records file": lambda d: records_path(d).write_bytes(b"not a database" * 500),
    "records set aside": lambda d: (d / "records.corrupt-20250101T000000Z.sqlite").write_text(""),
    "a backup with a person": lambda d: _backup_only(d),
}


def _records(data_dir: Path, write: Callable[[RecordStore], object]) -> None:
    store = RecordStore.open(records_path(data_dir), "test-kiosk")
    try:
        write(store)
    finally:
        store.close()


def _backup_only(data_dir: Path) -> None:
    from kiosk.records.backup import daily_backup

    _records(data_dir, lambda s: s.add_person(NewPerson("Trần Văn Bảy", 1948, "", consent=True)))
    daily_backup(data_dir, records_path(data_dir))
    records_path(data_dir).unlink()


@pytest.mark.parametrize("sign", MISSING.values(), ids=MISSING.keys())
def test_a_missing_pin_file_on_a_used_kiosk_fails_closed(tmp_path, sign):
    sign(tmp_path)
    store = PinStore(tmp_path)
    store.path.unlink(missing_ok=True)
    status = store.status()
    assert status.state is PinState.DAMAGED, status
    assert "missing" in status.problem
    with pytest.raises(PinLocked):
        store.first_setup(NEW_PIN)
    assert not store.path.exists()


def test_a_new_kiosk_chooses_its_pin_once(tmp_path):
    """What a first start leaves (the records opened, empty, with the day's backup, the id and
    the log) is not a sign of use: the set-up step may still choose the PIN, once."""
    from kiosk.identity import kiosk_id
    from kiosk.records.backup import open_checked

    store, _ = open_checked(tmp_path, kiosk_id(tmp_path))
    store.close()
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "kiosk.log").write_text("started\n")
    pins = PinStore(tmp_path)
    assert pins.state() is PinState.NEW and not pins.status().recovery
    code = pins.first_setup(PIN)
    assert re.fullmatch(r"\d{4} \d{4} \d{4}", code)
    assert pins.state() is PinState.SET and pins.matches(PIN) and pins.recovery_matches(code)
    assert pins.recovery_matches(code.replace(" ", "-"))  # as written down, any separator
    assert pins.needs_new_recovery()  # until the facilitator says it is written down
    pins.confirm_recovery()
    assert not pins.needs_new_recovery() and pins.recovery_matches(code)
    with pytest.raises(PinLocked):
        pins.first_setup(NEW_PIN)
    assert pins.matches(PIN)


def test_files_are_owner_only_atomic_and_hold_no_secret(tmp_path, monkeypatch):
    pins = PinStore(tmp_path)
    code = pins.first_setup(PIN)
    guard = PinGuard(pins, ManualClock())
    guard.attempt("000000")
    for name in ("pin.json", RECOVERY_FILE, TRIES_FILE):
        path = tmp_path / name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, name
        text = path.read_text()
        assert PIN not in text and code.replace(" ", "") not in text
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    # A write that fails half-way (a full disk) leaves the old file, and no temporary one.
    before = pins.path.read_bytes()

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(os, "fsync", full_disk)
        with pytest.raises(OSError):
            pins.set(NEW_PIN)
    assert pins.path.read_bytes() == before and pins.matches(PIN)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_wrong_recovery_codes_count_as_wrong_tries(tmp_path):
    pins = PinStore(tmp_path)
    code = pins.first_setup(PIN)
    clock = ManualClock()
    guard = PinGuard(pins, clock)
    assert guard.attempt("000000").tries_left == FREE_TRIES - 1
    for left in range(FREE_TRIES - 2, 0, -1):
        assert guard.attempt_recovery("0000 0000 0000").tries_left == left
    assert guard.attempt_recovery("1234").locked_for_s == 30  # a short code is wrong too
    assert not guard.attempt_recovery(code).ok  # locked: even the right code waits
    # The count survives a restart, shared by both.
    again = PinGuard(PinStore(tmp_path), clock)
    assert again.locked_for() == 30
    clock.advance(30)
    attempt = again.attempt_recovery(code)
    assert attempt.ok and attempt.grant is not None and attempt.grant.via == "recovery"
    assert not (tmp_path / TRIES_FILE).exists()  # the right code clears the count


def test_only_a_fresh_grant_of_this_store_changes_the_pin(tmp_path):
    pins = PinStore(tmp_path)
    pins.set(PIN)
    other = PinStore(tmp_path / "other")
    other.set(PIN)
    for grant in (None, Grant(other, "pin"), "yes"):
        with pytest.raises(PinLocked):
            pins.reset(grant, NEW_PIN)  # type: ignore[arg-type]
        with pytest.raises(PinLocked):
            pins.renew_recovery(grant)  # type: ignore[arg-type]
    assert pins.matches(PIN)
    grant = PinGuard(pins, ManualClock()).attempt(PIN).grant
    assert grant is not None
    code = pins.renew_recovery(grant)
    assert pins.recovery_matches(code)
    with pytest.raises(PinLocked):
        pins.renew_recovery(grant)


@pytest.mark.parametrize("junk", ["", "{", "[]", '{"failures": true}', '{"failures": 1e999}'])
def test_a_damaged_tries_file_never_opens_the_pin(tmp_path, junk):
    pins = PinStore(tmp_path)
    pins.set(PIN)
    (tmp_path / TRIES_FILE).write_text(junk)
    guard = PinGuard(pins, ManualClock())
    assert not guard.attempt("000000").ok
    assert guard.attempt(PIN).ok
    assert pins.state() is PinState.SET


# --- the shell -----------------------------------------------------------------------------


def test_kiosk_pin_check_and_set_repair_a_damaged_pin(data_dir, monkeypatch, capsys):
    data_dir.mkdir(parents=True, exist_ok=True)
    assert main(["pin", "check"]) == 0
    assert "máy mới" in capsys.readouterr().out
    store, code = kiosk_with_pin(data_dir)
    assert main(["pin", "check", "--lang", "en"]) == 0
    assert capsys.readouterr().out == "PIN: set.\nRecovery code: on file.\n"
    store.path.write_text("{")
    assert main(["pin", "check"]) == 1
    said = capsys.readouterr()
    assert "Mã PIN bị hỏng" in said.err and "pin.json" in said.err
    assert "kiosk pin set" in said.err and "Mã khôi phục: có." in said.out
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{NEW_PIN}\n{NEW_PIN}\n"))
    assert main(["pin", "set"]) == 0  # the shell needs neither the PIN nor the code
    new_code = capsys.readouterr().out.splitlines()[1].removeprefix("Mã khôi phục mới: ")
    assert store.matches(NEW_PIN) and store.recovery_matches(new_code)
    assert not store.recovery_matches(code)
    assert format_recovery(new_code) == new_code


# --- the window ----------------------------------------------------------------------------


def type_digits(qtbot, pad, digits: str) -> None:  # type: ignore[no-untyped-def]
    for digit in digits:
        if digit.isdigit():
            qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)


def open_gate(qtbot, window):  # type: ignore[no-untyped-def]
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_F, modifiers)
    return window.facilitator.pin_gate


WINDOW_DAMAGE = ("empty", "truncated", "binary", "a list", "no hash", "a cheap cost", "a folder")


@pytest.mark.parametrize("name", WINDOW_DAMAGE)
def test_a_damaged_pin_leaves_the_residents_side_working_and_asks_for_the_code(
    make_window, data_dir, clock, qtbot, caplog, name
):
    store, code = kiosk_with_pin(data_dir)
    DAMAGE[name](store.path)
    window = make_window(pin=None)
    assert window.stack.currentWidget() is window.attract  # residents go on learning
    window.facilitator.report_pin_state()  # as `kiosk run` does at the first frame
    assert "pin: damaged or missing" in caplog.text
    window.show_home()
    assert window.screen_name == "home"
    gate = open_gate(qtbot, window)
    assert gate.isVisible() and gate.mode == "recovery" and gate.damaged
    assert gate.damage.isVisible()
    assert "damaged or missing" in gate.damage.text() or "bị hỏng" in gate.damage.text()
    assert not gate.forgot.isVisible()  # no way to a PIN pad that cannot work
    assert window.facilitator._pin_setup is None or not window.facilitator.pin_setup.isVisible()
    # Wrong codes lock the pad as wrong PINs do.
    for _ in range(FREE_TRIES):
        type_digits(qtbot, gate.pad, "000000000000")
    assert not gate.pad.input_enabled and gate.locked_seconds() == 30
    clock.advance(30)
    gate.refresh()
    type_digits(qtbot, gate.pad, code)
    setup = window.facilitator.pin_setup
    assert window.stack.currentWidget() is setup and setup.mode == "reset"
    type_digits(qtbot, setup.pad, NEW_PIN)
    type_digits(qtbot, setup.pad, NEW_PIN)
    new_code = setup.code_line.text()
    assert store.matches(NEW_PIN) and store.recovery_matches(new_code)
    qtbot.mouseClick(setup.buttons.next, Qt.MouseButton.LeftButton)
    assert window.screen_name == "facilitator"
    assert not store.needs_new_recovery()


def test_a_missing_pin_with_no_recovery_code_points_to_the_shell(make_window, data_dir, qtbot):
    store, _ = kiosk_with_pin(data_dir)
    store.path.unlink()
    store.recovery_path.write_text("[[[")
    window = make_window(pin=None)
    assert window.screen_name == "attract"
    gate = open_gate(qtbot, window)
    assert gate.damaged and not gate.has_recovery
    assert not gate.pad.isVisible() and not gate.forgot.isVisible()
    assert "kiosk pin set" in gate.damage.text()
    qtbot.mouseClick(gate.cancel, Qt.MouseButton.LeftButton)
    assert window.screen_name == "attract" and not store.path.exists()


def test_forgot_the_pin_then_home_changes_nothing(make_window, data_dir, qtbot):
    store, code = kiosk_with_pin(data_dir)
    window = make_window(pin=None)
    gate = open_gate(qtbot, window)
    assert gate.mode == "pin" and gate.forgot.isVisible()
    qtbot.mouseClick(gate.forgot, Qt.MouseButton.LeftButton)  # "Quên mã PIN?"
    assert gate.mode == "recovery" and gate.pad.max_length == 12 and not gate.pad.masked
    type_digits(qtbot, gate.pad, "48210")
    assert gate.pad.shown() == "4821 0___ ____"  # in the groups it is written in
    qtbot.mouseClick(gate.forgot, Qt.MouseButton.LeftButton)  # back to the PIN
    assert gate.mode == "pin" and gate.pad.text() == ""
    qtbot.mouseClick(gate.forgot, Qt.MouseButton.LeftButton)
    type_digits(qtbot, gate.pad, "9999 9999 9999")
    assert "Sai mã khôi phục" in gate.status.text() or "Wrong recovery" in gate.status.text()
    type_digits(qtbot, gate.pad, code)
    setup = window.facilitator.pin_setup
    assert window.screen_name == "pin_setup" and setup.bar.home.isVisible()
    type_digits(qtbot, setup.pad, NEW_PIN)
    qtbot.mouseClick(setup.bar.home, Qt.MouseButton.LeftButton)
    assert window.screen_name == "attract"
    assert store.matches(PIN) and store.recovery_matches(code)  # nothing changed


def test_a_kiosk_with_no_usable_recovery_code_shows_one_after_the_pin(make_window, data_dir, qtbot):
    """Set up by an older version (no pin-recovery.json): the next unlock shows a code."""
    store, _ = kiosk_with_pin(data_dir)
    store.recovery_path.unlink()
    window = make_window(pin=None)
    gate = open_gate(qtbot, window)
    assert not gate.forgot.isVisible()  # no code on file to type
    type_digits(qtbot, gate.pad, PIN)
    setup = window.facilitator.pin_setup
    assert window.screen_name == "pin_setup" and setup.code_line.isVisible()
    code = setup.code_line.text()
    assert store.recovery_matches(code)
    qtbot.mouseClick(setup.buttons.next, Qt.MouseButton.LeftButton)
    assert window.screen_name == "facilitator"
    window.facilitator.lock()
    type_digits(qtbot, open_gate(qtbot, window).pad, PIN)
    assert window.screen_name == "facilitator"  # confirmed: not shown again


def test_the_first_start_set_up_survives_a_restart_half_done(make_window, data_dir, qtbot):
    window = make_window(pin=None)
    type_digits(qtbot, window.facilitator.pin_setup.pad, PIN)
    window.quit_allowed = True
    window.close()
    again = make_window(pin=None)  # the power cut before the second entry
    assert again.screen_name == "pin_setup" and again.facilitator.pin_setup.mode == "first"
    assert not again.facilitator.pin_setup.confirming


@pytest.mark.parametrize("spec", ["pin:damaged", "pin:recovery", "pin_setup:code", "pin_setup"])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_new_pin_screens_meet_the_numbers_at_every_size(
    tmp_path, qapp, bundled_library, spec, language
):
    from PySide6.QtCore import QEvent, QSize

    from kiosk.settings import Settings
    from tests.conftest import SIZES
    from ui.app import build_window
    from ui.records_service import RecordsService
    from ui.theme import Theme
    from ui.tools.audit import audit
    from ui.tools.shot import prepare_pin, show_screen

    findings = {}
    for n, size in enumerate(SIZES):
        data_dir = tmp_path / str(n)
        data_dir.mkdir()
        prepare_pin(data_dir, spec)
        clock = ManualClock()
        records = RecordsService(lambda d=data_dir: RecordStore.open(records_path(d), "t"))
        window = build_window(
            qapp,
            bundled_library,
            Settings(),
            language=language,
            size=QSize(*size),
            clock=clock,
            records=records,
            pins=PinGuard(PinStore(data_dir), clock),
            data_dir=data_dir,
        )
        window.setFixedSize(QSize(*size))
        window.show()
        try:
            show_screen(window, spec)
            QApplication.processEvents()
            found = audit(window, Theme(*size))
            if found:
                findings[size] = [str(f) for f in found]
        finally:
            window.quit_allowed = True
            window.close()
            window.languages.remove()
            records.close()
            window.deleteLater()  # gone now: 56 live windows' timers slowed each size down
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert findings == {}


# --- the real process ----------------------------------------------------------------------


def test_the_real_kiosk_starts_on_the_set_up_step_then_fails_closed(tmp_path):
    """`kiosk run` under Xvfb on a fresh data folder: the set-up step is the first screen;
    the PIN typed twice on the real pad, the recovery code confirmed, the panel opens. With
    pin.json then damaged, the next start goes to the attract loop, logs the damage, and the
    facilitator's chord never leads to a set-up step."""
    from tests.xsession import Driver, KioskProcess, XServer, missing_tools

    missing = missing_tools()
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} (Debian: xvfb, xdotool)")
    data_dir = tmp_path / "data"
    server = XServer(1024, 768, tmp_path / "xvfb.log")
    server.start()
    try:
        first = KioskProcess(server.display, data_dir, tmp_path)
        first.start()
        try:
            driver = Driver(first, server)
            driver.wait_screen("pin_setup", 90)
            view = driver.wait_geometry("pin_setup")
            assert "bar.home" not in view.controls  # no way out to the residents' screens
            for _ in range(2):
                for digit in PIN:
                    driver.tap(view, f"pad.keys.{digit}")
            driver.wait_line(r"pin: chosen at the first start$")
            driver.key("Return")  # "Tôi đã ghi lại", from a keyboard
            driver.wait_screen("facilitator")
            store = PinStore(data_dir)
            assert store.matches(PIN) and not store.needs_new_recovery()
            for name in ("pin.json", RECOVERY_FILE):
                assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600
        finally:
            first.stop()
        (data_dir / "pin.json").write_bytes(b'{"algorithm": "scr')  # cut off
        second = KioskProcess(server.display, data_dir, tmp_path / "second")
        (tmp_path / "second").mkdir()
        second.start()
        try:
            driver = Driver(second, server)
            driver.wait_screen("attract", 90)
            driver.wait_line(r"pin: damaged or missing, a recovery code is on file: .*pin\.json")
            driver.tap(driver.wait_geometry("attract"), "heading")  # a resident starts
            driver.wait_geometry("home")
            driver.key("ctrl+alt+f")
            driver.wait_line(r"pin gate: damaged, the recovery code asked$")
            found = driver.wait_line(r'geometry (\{"n":\d+,"screen":"home","overlay":"PinGate".*)$')
            gate = json.loads(found.group(1))["controls"]
            assert "damage" in gate and "pad" in gate and "forgot" not in gate
            x, y, width, height = gate["cancel"]
            driver.touch((x + width // 2, y + height // 2), "Hủy")
            with pytest.raises(AssertionError, match="no line matching"):
                driver.wait_line(r"screen pin_setup$", timeout=3)
            assert second.alive()
        finally:
            second.stop()
    finally:
        server.stop()
    assert not store.matches(PIN) and store.state() is PinState.DAMAGED
