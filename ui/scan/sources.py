"""Where the pictures come from: the webcam (`CameraSource`, QtMultimedia's camera) or images
handed over one by one (`ImageSource`: tests, and any picture to read). Both give the
scanner QImages through the same `picture` signal, so what follows is the same code.

QtMultimedia (and FFmpeg with it) is loaded only when a camera is first started, as the
narrator loads it only at the first sentence. The camera is started and stopped through the
event loop, never by a direct call from Python: those calls wait for QtMultimedia's threads,
which may be waiting for Python's lock (see ui/narrator.py, `_command`)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from PySide6.QtMultimedia import (
        QCamera,
        QCameraDevice,
        QMediaCaptureSession,
        QVideoFrame,
        QVideoSink,
    )

log = logging.getLogger(__name__)

NO_CAMERA = "no camera found"  # the reason given when the computer has no camera at all
NO_PICTURE_MS = 8000  # a camera that started but sends no picture in this long has failed
WANTED = (1280, 720)  # the picture size asked of the camera, where it offers it


class FrameSource(QObject):
    """Gives pictures through `picture(QImage)` between `start()` and `stop()`; `failed(why)`
    when it cannot go on. `start()` answers "" when it started, else why not."""

    picture = Signal(QImage)
    failed = Signal(str)

    def start(self) -> str:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class ImageSource(FrameSource):
    """Pictures handed over by `show(image)`, given on while started."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False

    def start(self) -> str:
        self.running = True
        return ""

    def stop(self) -> None:
        self.running = False

    def show(self, image: QImage) -> None:
        if self.running:
            self.picture.emit(image)


def choose_size(offered: Iterable[tuple[int, int, float]]) -> tuple[int, int, float] | None:
    """Of the camera's (width, height, frames a second), the largest picture no larger than
    WANTED at 10 frames a second or more (the fastest of equals); None: keep its default."""
    fits = [
        (w * h, fps, (w, h, fps))
        for w, h, fps in offered
        if w <= WANTED[0] and h <= WANTED[1] and fps >= 10
    ]
    return max(fits)[2] if fits else None


class CameraSource(FrameSource):
    """The computer's camera (the first, or `device`), through a QVideoSink."""

    def __init__(self, device: QCameraDevice | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self._sink: QVideoSink | None = None
        self._waiting = QTimer(self)  # for the first picture
        self._waiting.setSingleShot(True)
        self._waiting.setInterval(NO_PICTURE_MS)
        self._waiting.timeout.connect(self._no_picture)

    def start(self) -> str:
        camera = self._camera or self._open()
        if camera is None:
            return NO_CAMERA
        from PySide6.QtMultimedia import QCamera

        if camera.error() != QCamera.Error.NoError:
            return f"the camera did not start: {camera.errorString()}"
        self._waiting.start()
        QMetaObject.invokeMethod(camera, "start", Qt.ConnectionType.QueuedConnection)
        return ""

    def stop(self) -> None:
        self._waiting.stop()
        if self._camera is not None:
            QMetaObject.invokeMethod(self._camera, "stop", Qt.ConnectionType.QueuedConnection)

    def _open(self) -> QCamera | None:
        from PySide6.QtMultimedia import (
            QCamera,
            QMediaCaptureSession,
            QMediaDevices,
            QVideoSink,
        )

        device = self.device
        if device is None:
            inputs = QMediaDevices.videoInputs()
            if not inputs:
                return None
            device = QMediaDevices.defaultVideoInput()
        camera = QCamera(device, self)
        formats = {
            (f.resolution().width(), f.resolution().height(), f.maxFrameRate()): f
            for f in device.videoFormats()
        }
        chosen = choose_size(formats)
        if chosen is not None:
            camera.setCameraFormat(formats[chosen])
        camera.errorOccurred.connect(self._error)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setCamera(camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame)
        self._camera = camera
        log.info("camera: %s", device.description())
        return camera

    def _frame(self, frame: QVideoFrame) -> None:
        """Each picture, on the GUI thread (the sink sends it across from the camera's)."""
        if not frame.isValid():
            return
        self._waiting.stop()
        image = frame.toImage()
        if not image.isNull():
            self.picture.emit(image)

    def _error(self, _error: QCamera.Error, message: str) -> None:
        log.warning("camera: %s", message)
        self.stop()
        self.failed.emit(f"the camera failed: {message}")

    def _no_picture(self) -> None:
        log.warning("camera: no picture in %d ms", NO_PICTURE_MS)
        self.stop()
        self.failed.emit("the camera gives no picture")
