"""The webcam as the scanner: pictures from a source (the camera, or images in the tests) are
decoded one at a time on a worker thread (ui/tasks.py's `Worker`, with its failure policy),
and the first QR code read is given once through `read(text)`, after which the scanner stops.

A picture that comes while another is being decoded is dropped and counted (`dropped`): the
decoder always takes the newest picture it can, and nothing piles up, however slow the
computer. The text read is handed on and not kept: it may hold a citizen's ID number."""

from __future__ import annotations

import logging
from collections import deque
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from ui.scan.decode import LONGEST_SIDE, Look, look
from ui.scan.sources import CameraSource, FrameSource
from ui.tasks import Failure, Worker

log = logging.getLogger(__name__)


class CameraScanner(QObject):
    """`start()` opens the source and looks at its pictures; `read(text)` once, then it has
    stopped; `unavailable(why)` when there is no camera or it fails (why: English, for the
    log; sources.NO_CAMERA when the computer has none). `picture(QImage)` passes on every
    picture, for the page to show."""

    read = Signal(str)
    unavailable = Signal(str)
    picture = Signal(QImage)

    def __init__(
        self,
        source: FrameSource | None = None,
        parent: QObject | None = None,
        *,
        longest: int = LONGEST_SIDE,
    ) -> None:
        super().__init__(parent)
        self.source = source if source is not None else CameraSource(parent=self)
        self.longest = longest
        self.looking = False
        self.dropped = 0  # pictures that came while one was being decoded
        self.looked = 0  # pictures decoded
        self.decode_ms: deque[float] = deque(maxlen=500)  # the latest pictures' decoding times
        self._worker = Worker("camera decode", parent=self)
        self.source.picture.connect(self._picture)
        self.source.failed.connect(self._failed)

    def start(self) -> None:
        if self.looking:
            return
        why = self.source.start()
        if why:
            log.info("camera scanner unavailable: %s", why)
            self.unavailable.emit(why)
            return
        self.looking = True

    def stop(self) -> None:
        """Stop the source and end the decoding thread (after the picture it is on, if any;
        its answer is then ignored)."""
        self.looking = False
        self.source.stop()
        self._worker.close(timeout=5)

    def feed(self, image: QImage) -> bool:
        """Decode `image` if the decoder is free (True), else drop it (False). Every picture
        of the source comes here; tests may call it too."""
        if not self.looking:
            return False
        if self._worker.busy:
            self.dropped += 1
            return False
        self._worker.submit(partial(look, image, self.longest), self._looked, self._fault)
        return True

    def _picture(self, image: QImage) -> None:
        if self.looking:
            self.picture.emit(image)
            self.feed(image)

    def _looked(self, result: Look) -> None:
        self.looked += 1
        self.decode_ms.append(result.ms)
        if result.text is None or not self.looking:
            return
        self.stop()
        self.read.emit(result.text)

    def _fault(self, failure: Failure) -> None:
        """The decoder raised (already logged by the worker's policy): the next picture is
        tried as usual."""

    def _failed(self, why: str) -> None:
        if self.looking:
            self.stop()
            self.unavailable.emit(why)
