"""ui.first_paint: what the first frame need not wait for runs at the widget's first paint,
once; and the kiosk's application-wide input filters are among it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.first_paint import after_first_paint


def test_then_runs_once_at_the_first_paint(qapp, qtbot):
    label = QLabel("Xin chào")
    qtbot.addWidget(label)
    calls: list[bool] = []
    after_first_paint(label, lambda: calls.append(label.isVisible()))
    qapp.processEvents()
    assert calls == []  # not shown: nothing painted, nothing run
    label.show()
    qtbot.waitUntil(lambda: calls == [True])
    label.update()
    label.repaint()
    qapp.processEvents()
    assert calls == [True]  # once only
    after_first_paint(label, lambda: calls.append(False))  # already up: at once
    assert calls == [True, False]


def test_the_corner_taps_watch_the_application_only_once_the_window_is_painted(make_window):
    """make_window shows the window; the gate's filter is on the application from its first
    paint, and counts presses from then on (tests/test_ui_pin.py taps it)."""
    from PySide6.QtWidgets import QApplication

    window = make_window()
    taps = window.facilitator.corner_taps
    app = QApplication.instance()
    assert app is not None
    # A filter on the application sees a press sent to any widget.
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    corner = QPointF(window.width() - 5, 5)
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        window.mapFromGlobal(window.mapToGlobal(corner)),
        window.mapToGlobal(corner),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, press)
    assert len(taps.taps) == 1
