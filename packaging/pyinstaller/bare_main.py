"""A bare PySide6 window, frozen the same way as the kiosk (bare.spec): the yardstick of
`kiosk bench --only package`. Shows one label, prints the first-frame marker at its first
paint, and quits, as ui/tools/bench.py's bare window does from source."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

FIRST_FRAME_MARKER = "FIRST-FRAME-PAINTED"  # ui.app.FIRST_FRAME_MARKER


class _Watch(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(FIRST_FRAME_MARKER, flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    label = QLabel("Xin chào")
    watch = _Watch(app)
    label.installEventFilter(watch)
    label.resize(1280, 800)
    label.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
