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


def test_the_window_is_never_larger_than_its_screen(make_window, qapp):
    """Even a row that asks for more room than the glass has cannot push the window past it."""
    from ui.widgets.buttons import BigButton

    screen = QGuiApplication.primaryScreen().geometry()
    window = make_window()
    window.setMinimumSize(0, 0)
    window.setMaximumSize(16777215, 16777215)
    wide = BigButton()
    wide.setMinimumWidth(screen.width() + 500)
    window.layout().addWidget(wide)
    present(window, qapp, windowed=False)
    try:
        qapp.processEvents()
        assert window.size() == screen.size()
    finally:
        qapp.restoreOverrideCursor()
        wide.deleteLater()
