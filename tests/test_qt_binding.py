"""Guards against a Qt binding that mishandles None (PySide6 6.12.0 on Python 3.11 dropped a
reference to None on every call returning None, and the kiosk aborted at exit)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_none_keep_none_alive(qapp):
    label = QLabel()
    label.show()
    before = sys.getrefcount(None)
    for number in range(1000):
        label.setText(str(number))
        label.repaint()
        label.property("never-set")
    assert sys.getrefcount(None) >= before - 50
