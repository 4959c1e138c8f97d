from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ui.app import present


def test_kiosk_mode_is_frameless_on_top_and_covers_the_primary_screen(make_window, qapp):
    window = make_window()
    window.setMinimumSize(0, 0)
    window.setMaximumSize(16777215, 16777215)
    present(window, qapp, windowed=False)
    try:
        flags = window.windowFlags()
        assert flags & Qt.WindowType.FramelessWindowHint
        assert flags & Qt.WindowType.WindowStaysOnTopHint
        assert window.geometry() == QGuiApplication.primaryScreen().geometry()
        assert window.isVisible()
    finally:
        qapp.restoreOverrideCursor()
