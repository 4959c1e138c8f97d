"""The USB scanner's keys (ui/scan/wedge.py): a fast burst ending with Enter is a scan and
reaches no field; a hand's typing is never one and loses nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from tests.scanner_keys import scan, type_by_hand
from ui.scan.wedge import ScannerWedge

CARD = "001158012345|012345678|NGUYỄN THỊ LAN|05031950|Nữ|Số 12 Hàng Bông, Hà Nội|15082021"


def window_with_field(qtbot):  # type: ignore[no-untyped-def]
    window = QWidget()
    field = QLineEdit()
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus() or True)
    wedge = ScannerWedge(window)
    wedge.attach()
    scans: list[str] = []
    lost: list[bool] = []
    wedge.scanned.connect(scans.append)
    wedge.incomplete.connect(lambda: lost.append(True))
    return window, field, wedge, scans, lost


def test_a_scan_is_read_whole_and_types_nothing(qtbot):
    window, field, wedge, scans, lost = window_with_field(qtbot)
    scan(window, CARD)
    assert scans == [CARD]  # the Vietnamese letters as the scanner typed them
    qtbot.wait(120)
    assert field.text() == "" and not lost
    scan(window, CARD, gap_ms=3)  # a slower scanner, still far faster than a hand
    assert scans == [CARD, CARD] and field.text() == ""
    wedge.detach()


def test_typing_by_hand_is_never_a_scan(qtbot):
    window, field, wedge, scans, lost = window_with_field(qtbot)
    type_by_hand(window, "Nguyễn Thị Lan 1950\n", gap_ms=110)
    qtbot.wait(100)
    assert field.text() == "Nguyễn Thị Lan 1950"
    assert scans == [] and lost == []
    # A short fast burst (two keys rolled together, a barcode of a few digits) goes through.
    field.clear()
    scan(window, "1950")
    qtbot.waitUntil(lambda: field.text() == "1950", timeout=1000)
    assert scans == []
    wedge.detach()


def test_half_a_scan_is_dropped_and_said(qtbot):
    window, field, wedge, scans, lost = window_with_field(qtbot)
    scan(window, CARD[:60], enter=False)  # the scanner unplugged mid-code
    qtbot.waitUntil(lambda: bool(lost), timeout=2000)
    assert scans == [] and field.text() == ""
    # The next scan is read whole.
    scan(window, CARD)
    assert scans == [CARD]
    wedge.detach()


def test_detached_the_keys_go_where_they_always_went(qtbot):
    window, field, wedge, scans, _lost = window_with_field(qtbot)
    wedge.detach()
    scan(window, "0123456789")
    assert field.text() == "0123456789\r".strip() and scans == []
