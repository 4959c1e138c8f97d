"""What a page that takes scans shares: the USB scanner (ui/scan/wedge.py), watched while the
page is shown, and the webcam (ui/scan/camera_page.py) opened over the page by its "Scan card"
button. Either way the scanned text is read at once (kiosk.cards.read_scan) and only what is
read from it goes on: `read(card)`, a CitizenCard, LearnerCard or NotACard. The text itself is
kept nowhere (no attribute, no log line, no widget)."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from kiosk.cards import NotACard, read_scan
from ui.scan.wedge import ScannerWedge
from ui.theme import Theme

log = logging.getLogger(__name__)

INCOMPLETE = "scan.incomplete"
NO_CAMERA = "scan.no_camera"  # not a catalogue key: the page says it with its own tr()


class ScanIntake(QObject):
    """Installed on `page`: the wedge is attached while the page is visible. `read(card)`
    for every scan (a half scan is NotACard("scan.incomplete")); `camera_missing(str)` when
    the webcam page cannot be opened (why, for the log)."""

    read = Signal(object)  # CitizenCard | LearnerCard | NotACard
    camera_missing = Signal(str)
    seen = Signal()  # a scan or the camera: the facilitator is there (for the panel's lock)

    def __init__(
        self,
        page: QWidget,
        theme: Theme,
        today: Callable[[], datetime.date] = datetime.date.today,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.theme = theme
        self.today = today
        self.wedge = ScannerWedge(self)
        self.wedge.scanned.connect(self.take)
        self.wedge.incomplete.connect(self._incomplete)
        self.camera: QWidget | None = None
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page:
            if event.type() == QEvent.Type.Show:
                self.wedge.attach()
            elif event.type() == QEvent.Type.Hide:
                self.wedge.detach()
                self.close_camera()
        return False

    def take(self, text: str) -> None:
        """A scan's text, from the scanner or the camera: read, then let go."""
        card = read_scan(text, today=self.today())
        del text
        self.seen.emit()
        self.read.emit(card)

    def _incomplete(self) -> None:
        self.seen.emit()
        self.read.emit(NotACard(INCOMPLETE))

    # -- the webcam ---------------------------------------------------------------------
    def open_camera(self) -> None:
        """The camera's picture over the page, until a card is read or it is closed."""
        if self.camera is not None:
            return
        try:
            from ui.scan.camera_page import CameraScanPage
        except ImportError as error:  # the camera part is not installed
            log.warning("no camera page: %s", error)
            self.camera_missing.emit(str(error))
            return
        camera = CameraScanPage(self.theme, self.page)
        camera.setGeometry(self.page.rect())
        camera.scanned.connect(self._camera_read)
        camera.closed.connect(self.close_camera)
        self.camera = camera
        camera.show()
        camera.raise_()
        self.seen.emit()

    def _camera_read(self, text: str) -> None:
        self.close_camera()
        self.take(text)

    def close_camera(self) -> None:
        camera, self.camera = self.camera, None
        if camera is not None:
            camera.hide()
            camera.deleteLater()
