"""The summary shown when a session ends: present, here for the first time, given support."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.records import NewPerson, RecordStore
from kiosk.records.files import records_path
from kiosk.records.summary import SessionSummary, session_summary

KIOSK = "00000000-0000-4000-8000-00000000000b"


def test_a_session_summary_counts_present_new_and_supported(tmp_path: Path) -> None:
    moments = iter(datetime(2026, 3, 20, 3, 0, tzinfo=UTC) + timedelta(hours=n) for n in range(99))
    store = RecordStore.open(records_path(tmp_path), KIOSK, now=lambda: next(moments))
    try:
        first = store.start_session("group", "Nhà văn hóa tổ 5")
        lan, _ = store.add_new_attendee(first.id, NewPerson("Trần Thị Lan", 1950, consent=True))
        store.end_session(first.id)
        assert session_summary(store, first.id) == SessionSummary(1, 1, 0)

        second = store.start_session("help_desk", "Tổ 3")
        store.add_new_attendee(second.id, NewPerson("Trần Thị Lan", 1950, consent=True))
        hai, _ = store.add_new_attendee(second.id, NewPerson("Lê Văn Hải", 1947, consent=True))
        store.add_new_attendee(second.id, NewPerson("Đỗ Thị Mai", 1958, consent=True))
        store.record_support(lan.id, "install_vneid", second.id)
        store.record_support(lan.id, "vneid_activate", second.id)  # one person, twice
        store.record_support(hai.id, "install_etax", second.id)
        store.record_support(hai.id, "install_vssid")  # outside the session: not counted
        # Lan came before; Hải and Mai are new; Lan and Hải were given support.
        assert session_summary(store, second.id) == SessionSummary(3, 2, 2)
        assert session_summary(store, first.id) == SessionSummary(1, 1, 0)  # unchanged
    finally:
        store.close()
