"""Learner-card sheets hold names: each start removes those made more than a week ago
(kiosk/housekeeping.py), and only those."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.housekeeping import CARD_SHEETS, CARD_SHEETS_KEPT_DAYS, remove_old_card_sheets

DAY = 86_400.0
NOW = 1_796_000_000.0  # 2026-11-30


def sheet(data_dir: Path, name: str, age_days: float, now: float = NOW) -> Path:
    folder = data_dir / CARD_SHEETS
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"%PDF-1.4 names\n")
    stamp = now - age_days * DAY
    os.utime(path, (stamp, stamp))
    return path


@pytest.mark.parametrize(
    ("age_days", "kept"),
    [
        (0, True),
        (1, True),
        (CARD_SHEETS_KEPT_DAYS - 0.01, True),
        (CARD_SHEETS_KEPT_DAYS + 0.01, False),
        (30, False),
        (3650, False),
        (-1, True),  # dated tomorrow: a clock set back keeps it
        (-3650, True),
    ],
)
def test_a_sheet_is_removed_only_once_it_is_older_than_a_week(tmp_path, age_days, kept):
    path = sheet(tmp_path, "20261120-101010-learner-cards.pdf", age_days)
    removed = remove_old_card_sheets(tmp_path, NOW)
    assert path.exists() is kept
    assert removed == (0 if kept else 1)


def test_only_old_pdf_files_in_the_cards_folder_go(tmp_path):
    old = [sheet(tmp_path, f"2026110{n}-080000-learner-cards.pdf", 20 + n) for n in range(3)]
    upper = sheet(tmp_path, "20261101-080000-LEARNER-CARDS.PDF", 20)
    new = sheet(tmp_path, "20261129-080000-learner-cards.pdf", 1)
    other = sheet(tmp_path, "notes.txt", 40)  # not a sheet
    inner = tmp_path / CARD_SHEETS / "kept"
    inner.mkdir()
    nested = sheet(inner, "old.pdf", 40)  # a folder's contents are not the kiosk's sheets
    os.utime(inner, (NOW - 40 * DAY, NOW - 40 * DAY))
    outside = tmp_path / "elsewhere.pdf"
    outside.write_bytes(b"%PDF")
    os.utime(outside, (NOW - 40 * DAY, NOW - 40 * DAY))
    link = tmp_path / CARD_SHEETS / "link.pdf"
    link.symlink_to(outside)
    os.utime(link, (NOW - 40 * DAY, NOW - 40 * DAY), follow_symlinks=False)
    directory_named_pdf = tmp_path / CARD_SHEETS / "folder.pdf"
    directory_named_pdf.mkdir()
    os.utime(directory_named_pdf, (NOW - 40 * DAY, NOW - 40 * DAY))

    assert remove_old_card_sheets(tmp_path, NOW) == 4
    assert not any(path.exists() for path in [*old, upper])
    assert new.exists() and other.exists() and nested.exists() and outside.exists()
    assert link.is_symlink() and directory_named_pdf.is_dir()
    assert remove_old_card_sheets(tmp_path, NOW) == 0  # nothing more to do


def test_no_folder_nothing_to_do_and_an_unreadable_one_is_logged(tmp_path, caplog):
    assert remove_old_card_sheets(tmp_path, NOW) == 0
    (tmp_path / CARD_SHEETS).write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING, logger="kiosk.housekeeping"):
        assert remove_old_card_sheets(tmp_path, NOW) == 0
    assert "the folder cannot be read" in caplog.text


@pytest.mark.skipif(os.geteuid() == 0, reason="root removes whatever the modes say")
def test_a_sheet_that_cannot_be_removed_is_logged_and_left(tmp_path, caplog):
    path = sheet(tmp_path, "20261101-080000-learner-cards.pdf", 30)
    (tmp_path / CARD_SHEETS).chmod(0o500)
    try:
        with caplog.at_level(logging.WARNING, logger="kiosk.housekeeping"):
            assert remove_old_card_sheets(tmp_path, NOW) == 0
    finally:
        (tmp_path / CARD_SHEETS).chmod(0o700)
    assert path.exists() and "cannot be removed" in caplog.text


def test_a_refused_removal_is_logged_and_the_rest_go_on(tmp_path, caplog, monkeypatch):
    """The fault forced (root, as in CI, may remove anything): the first sheet refuses."""
    first = sheet(tmp_path, "20261101-080000-learner-cards.pdf", 30)
    second = sheet(tmp_path, "20261102-080000-learner-cards.pdf", 29)
    real_unlink = os.unlink

    def unlink(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path) == str(first):
            raise PermissionError(13, "Permission denied", str(path))
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", unlink)
    with caplog.at_level(logging.WARNING, logger="kiosk.housekeeping"):
        assert remove_old_card_sheets(tmp_path, NOW) == 1
    assert first.exists() and not second.exists()
    assert "cannot be removed (Permission denied)" in caplog.text
    assert "learner-cards" not in caplog.text  # the log names no file


def test_the_real_kiosk_removes_old_sheets_at_its_start(tmp_path):
    """`kiosk run` to its first frame: the month-old sheet is gone, yesterday's stays, and
    the log says how many went (never a name: the file names hold only the date)."""
    now = time.time()
    old = sheet(tmp_path, "20261001-080000-learner-cards.pdf", 30, now)
    recent = sheet(tmp_path, "20261206-080000-learner-cards.pdf", 1, now)
    kiosk = str(Path(sys.executable).parent / "kiosk")
    result = subprocess.run(
        [kiosk, "run", "--windowed", "--bench-first-frame", "--data-dir", str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert not old.exists() and recent.exists()
    log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "learner cards: sheets older than 7 days removed: 1" in log
