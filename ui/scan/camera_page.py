"""The webcam page: the camera's picture large with a frame to hold the card in, one plain
sentence, and a Close button. The camera is on only while the page is shown (from its show to
its hide), and for at most `give_up_ms`.

On a read: a short beep, `scanned(text)`, then `closed()` (the page that opened this one
takes it away and does with the text what a scanner's text gets). Close: `closed()` alone.
With no camera, or one that fails, the picture gives way to a plain sentence saying so and
what to do instead; Close stays."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.scan.camera import CameraScanner
from ui.scan.preview import CameraPreview
from ui.scan.sound import Beep
from ui.scan.sources import NO_CAMERA
from ui.theme import Theme
from ui.widgets.buttons import BigButton

GIVE_UP_MS = 120_000  # the camera goes off by itself after two minutes without a read


class CameraScanPage(QWidget):
    """A QWidget of its own (not a ui.screens Screen: the screens import ui.scan), with a
    screen's page background and retranslation."""

    scanned = Signal(str)
    closed = Signal()
    covers_parent = True  # opened over a page, as large as it (ui/tools/audit.py)

    def __init__(
        self,
        theme: Theme,
        parent: QWidget | None = None,
        *,
        scanner: CameraScanner | None = None,
        volume: int = 80,
        give_up_ms: int = GIVE_UP_MS,
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self.setObjectName("screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scanner = scanner if scanner is not None else CameraScanner(parent=self)
        self.scanner.setParent(self)
        self.beep = Beep(volume, self)
        self.problem = ""  # why there is no picture ("" while there is one)
        self.beeps = 0  # reads beeped
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.setInterval(give_up_ms)
        self._give_up.timeout.connect(self.close_page)
        self._build()
        self.scanner.picture.connect(self.preview.show_picture)
        self.scanner.read.connect(self._read)
        self.scanner.unavailable.connect(self._unavailable)
        self.retranslate()

    def _build(self) -> None:
        t = self.theme
        layout = QVBoxLayout(self)
        layout.setContentsMargins(t.margin, t.px(20), t.margin, t.px(20))
        layout.setSpacing(t.spacing)
        self.hint = QLabel()
        self.hint.setObjectName("scanHint")
        self.hint.setProperty("role", "caption")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)
        self.stack = QStackedWidget()
        self.preview = CameraPreview(line=t.px(8))
        self.message = QLabel()
        self.message.setObjectName("scanProblem")
        self.message.setProperty("role", "caption")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.preview)
        self.stack.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        row = QHBoxLayout()
        self.close_button = BigButton("primary")
        self.close_button.setObjectName("scanClose")
        self.close_button.setFixedHeight(t.button_height)
        self.close_button.setMinimumWidth(3 * t.target)
        self.close_button.clicked.connect(self.close_page)
        row.addStretch(1)
        row.addWidget(self.close_button, 2)
        row.addStretch(1)
        layout.addLayout(row)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Hold the QR code on the card in the frame"))
        self.close_button.setText(self.tr("Close"))
        if self.problem == NO_CAMERA:
            self.message.setText(self.tr("No camera was found. Use the scanner or type the name."))
        elif self.problem:
            self.message.setText(
                self.tr("The camera did not start. Use the scanner or type the name.")
            )

    # --- the camera, while shown ----------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.open_camera()

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop_camera()
        super().hideEvent(event)

    def open_camera(self) -> None:
        if self.scanner.looking:
            return
        self.problem = ""
        self.preview.clear()
        self.stack.setCurrentWidget(self.preview)
        self.hint.show()
        self.beep.load()
        self._give_up.start()
        self.scanner.start()

    def stop_camera(self) -> None:
        self._give_up.stop()
        self.scanner.stop()
        self.preview.clear()  # no picture of anyone is kept

    def close_page(self) -> None:
        self.stop_camera()
        self.closed.emit()

    def _read(self, text: str) -> None:
        beep, self.beep = self.beep, Beep(self.beep.volume, self)
        beep.play_outliving(self.parent())
        self.beeps += 1
        self.stop_camera()
        self.scanned.emit(text)
        self.closed.emit()

    def _unavailable(self, why: str) -> None:
        self._give_up.stop()
        self.problem = why
        self.hint.hide()
        self.stack.setCurrentWidget(self.message)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_page()
            return
        super().keyPressEvent(event)
