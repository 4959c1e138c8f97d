"""No names or phone numbers in logs. A whole session on one data directory: records from long
ago, a paper sheet imported, the real kiosk started (it anonymises what is past the retention
period and logs the count), a resident signing in on the window, a save that fails, the
records commands (lists, person export and delete, purge, backup); then every file under the
data directory's logs/ folder, every command's stderr and every log record of this process
are searched for the names (as typed, NFD, accent-free) and the phone numbers."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import time
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.records import NewPerson, RecordError, RecordStore
from kiosk.records.files import records_path
from kiosk.records.names import search_key
from kiosk.settings import Settings
from tests.test_ui_checkin import GROUPS, sign_in

KIOSK = str(Path(sys.executable).parent / "kiosk")
OLD_NAME, OLD_PHONE = "Phùng Thị Xuyến", "0987654321"  # last came 30 months ago
KEPT_NAME, KEPT_PHONE = "Vi Văn Khuể", "0911222333"  # came last month; asks for deletion
SHEET_OLD, SHEET_NEW = "Ma Văn Sểnh", "Đinh Thị Ngọt"  # on a paper sheet: 3 years ago, recent
TYPED_NAME = "Nguyễn Thị Đều"  # typed on the window's keyboard (tests/test_ui_checkin.py)
NEW_PHONE = "0977000111"
NAMES = (OLD_NAME, KEPT_NAME, SHEET_OLD, SHEET_NEW, TYPED_NAME)
PHONES = (OLD_PHONE, KEPT_PHONE, NEW_PHONE)


def leaks(text: str) -> list[str]:
    """Every name (whole, or its last word: what the thank-you screen says) and phone number
    in `text`, however its accents are written."""
    text = unicodedata.normalize("NFC", text)
    bare = search_key(text)
    found = []
    for name in NAMES:
        for form in (name, name.split()[-1]):
            key = re.escape(search_key(form))
            if unicodedata.normalize("NFC", form).casefold() in text.casefold() or (
                len(form) > 3 and re.search(rf"\b{key}\b", bare)
            ):
                found.append(form)
    for phone in PHONES:
        digits = phone.lstrip("0")
        if re.search(r"[\s.-]?".join(digits), text):
            found.append(phone)
    return found


def test_the_leak_finder_finds_every_form():
    assert leaks("saved Phùng Thị Xuyến") == [OLD_NAME, "Xuyến"]
    assert leaks(unicodedata.normalize("NFD", "bác Sểnh")) == ["Sểnh"]
    assert leaks("PHUNG THI XUYEN") == [OLD_NAME, "Xuyến"]
    assert leaks("call +84 987 654 321") == [OLD_PHONE]
    assert leaks("Đều") == ["Đều"] and leaks("deu") == []  # three letters: only as written
    assert leaks("2026-03-20 INFO kiosk: retention: 2 people anonymised") == []


def kiosk(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [KIOSK, *args], input=stdin, capture_output=True, text=True, timeout=180, env=os.environ
    )


def seed_old_records(data_dir: Path) -> None:
    now = datetime.now(UTC)
    moment = [now - timedelta(days=915)]  # about 30 months ago
    store = RecordStore.open(records_path(data_dir), "seed-kiosk", lambda: moment[0])
    try:
        session = store.start_session("group", "Nhà văn hoá tổ 5", "Cô Hạnh")
        old, _ = store.add_new_attendee(
            session.id, NewPerson(OLD_NAME, 1950, "Tổ 5", "female", OLD_PHONE, consent=True)
        )
        store.record_support(old.id, "install_vneid", session.id)
        store.end_session(session.id)
        moment[0] = now - timedelta(days=30)
        session = store.start_session("help_desk", "UBND xã")
        store.add_new_attendee(
            session.id, NewPerson(KEPT_NAME, 1948, "Tổ 1", "male", KEPT_PHONE, consent=True)
        )
        store.end_session(session.id)
    finally:
        store.close()


def write_sheet(path: Path) -> Path:
    today = date.today()
    path.write_text(
        "date;full_name;birth_year;gender;residential_group;location;session_kind;support\n"
        f"{today - timedelta(days=1100)};{SHEET_OLD};1949;nam;Tổ 3;Nhà văn hoá;group;"
        "install_vneid\n"
        f"{today - timedelta(days=20)};{SHEET_NEW};1951;nữ;Tổ 3;Nhà văn hoá;group;\n",
        encoding="utf-8",
    )
    return path


def run_the_kiosk_until_records_open(data_dir: Path, tmp_path: Path) -> str:
    """`kiosk run` as a kiosk starts it, until its records are opened (the retention line is
    logged); then it is stopped. Returns what it wrote on stderr."""
    log_file = data_dir / "logs" / "kiosk.log"
    err_path = tmp_path / "kiosk-run.err"
    with err_path.open("w", encoding="utf-8") as err:
        process = subprocess.Popen(
            [KIOSK, "run", "--windowed", "--data-dir", str(data_dir)],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=os.environ,
        )
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                if log_file.exists() and "retention:" in log_file.read_text(encoding="utf-8"):
                    break
                time.sleep(0.2)
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    return err_path.read_text(encoding="utf-8")


def test_no_name_or_phone_number_in_any_log(
    data_dir, tmp_path, make_window, bundled_library, qtbot, caplog
):
    caplog.set_level(logging.DEBUG)
    stderr: list[str] = []
    seed_old_records(data_dir)

    imported = kiosk("records", "import", str(write_sheet(tmp_path / "sheet.csv")))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    stderr.append(imported.stderr)

    stderr.append(run_the_kiosk_until_records_open(data_dir, tmp_path))
    log_text = (data_dir / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "retention: 2 people anonymised" in log_text  # Xuyến, and Sểnh of the sheet

    # A resident signs in on the window; then a save that fails, logged by the window.
    window = make_window(settings=Settings(residential_groups=GROUPS))
    window.show_finish(bundled_library.in_language("vi")[0].id)
    assert sign_in(qtbot, window).person.full_name == TYPED_NAME
    failures: list[RecordError] = []
    window.records.failed.connect(failures.append)
    window.records.call(
        lambda store: store.add_person(NewPerson(SHEET_NEW, 1951, "Tổ 3", phone=NEW_PHONE + "x"))
    )
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert failures[0].code == "phone_invalid"
    assert any(r.getMessage().startswith("records: ") for r in caplog.records)
    added: list[object] = []
    window.records.call(
        lambda store: store.add_person(NewPerson(SHEET_NEW, 1951, "Tổ 3", phone=NEW_PHONE)),
        on_done=added.append,
    )
    qtbot.waitUntil(lambda: bool(added), timeout=10_000)

    export = tmp_path / "khue.json"
    for args, stdin in (
        (("records", "people"), ""),
        (("records", "people", "--json"), ""),
        (("records", "sessions"), ""),
        (("records", "duplicates"), ""),
        (("records", "person", "khue"), ""),
        (("records", "person", "khue", "--export", str(export)), ""),
        (("records", "person", "khue", "--delete"), "không\n"),
        (("records", "person", "khue", "--delete"), "CÓ\n"),
        (("records", "person", "khue"), ""),
        (("records", "person", "xuyen"), ""),
        (("records", "purge", "--dry-run"), ""),
        (("records", "purge"), ""),
        (("backup", str(tmp_path / "usb")), ""),
    ):
        done = kiosk(*args, stdin=stdin)
        assert done.returncode in (0, 1), (args, done.stderr)
        stderr.append(done.stderr)
    assert KEPT_NAME in export.read_text(encoding="utf-8")  # the export itself has it

    logs = [p for p in (data_dir / "logs").rglob("*") if p.is_file()]
    assert logs
    found = {str(p): leaks(p.read_text(encoding="utf-8", errors="replace")) for p in logs}
    found |= {f"stderr {i}": leaks(text) for i, text in enumerate(stderr)}
    for record in caplog.records:
        text = record.getMessage() + (
            logging.Formatter().formatException(record.exc_info) if record.exc_info else ""
        )
        found[f"log record {record.name}:{record.lineno}"] = leaks(text)
    assert {where: what for where, what in found.items() if what} == {}


@pytest.mark.parametrize("fails", [False, True])
def test_the_start_logs_only_a_count_and_a_failure_does_not_stop_it(
    data_dir, bundled_library, caplog, monkeypatch, fails
):
    from ui.app import OpenedRecords

    seed_old_records(data_dir)
    if fails:

        def broken(*_args: object, **_kwargs: object) -> object:
            raise RecordError("disk_full")

        monkeypatch.setattr("kiosk.records.privacy.anonymise_older_than", broken)
    caplog.set_level(logging.DEBUG)
    store = OpenedRecords(data_dir, bundled_library, retention_months=24)()
    try:
        names = {p.full_name for p in store.list_people()}
    finally:
        store.close()
    messages = [r.getMessage() for r in caplog.records if r.name == "ui.app"]
    if fails:
        assert names == {OLD_NAME, KEPT_NAME}  # the kiosk opened its records all the same
        assert messages == ["retention: anonymisation failed (disk_full)"]
    else:
        assert names == {KEPT_NAME}
        assert messages == ["retention: 1 people anonymised"]
