"""Looking for a QR code in one camera picture: made grey and no larger than a sensible size,
then read with zxing-cpp (a maintained decoder; it lets go of Python's lock while it works, so
a worker thread decodes while the GUI thread goes on).

This is the whole pipeline after the camera: a picture from a test image goes through exactly
the same steps as one from the webcam (camera.py hands both here as a QImage).

The picture's longer side is brought down to `LONGEST_SIDE` (1280 px: a 1080p webcam's picture
at two thirds, with a card held in the page's frame its QR still has 3 to 4 pixels a module);
a 1920x1080 picture of noise takes about four times as long as at that size."""

from __future__ import annotations

import time
from dataclasses import dataclass

import zxingcpp
from PIL import Image, ImageFilter
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

LONGEST_SIDE = 1280
SHARPEN = ImageFilter.UnsharpMask(radius=3, percent=150, threshold=0)


@dataclass(frozen=True, slots=True)
class Look:
    """What one picture gave: the QR's text (None: none read) and how long it took."""

    text: str | None
    ms: float


def prepare(image: QImage, longest: int = LONGEST_SIDE) -> QImage:
    """`image` grey (8 bits a pixel), its longer side at most `longest`, its width a multiple
    of four (so that its lines have no padding and its bytes are the decoder's rows)."""
    if max(image.width(), image.height()) > longest:
        image = image.scaled(
            longest,
            longest,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    if grey.width() % 4:
        grey = grey.copy(0, 0, grey.width() - grey.width() % 4, grey.height())
    return grey


def read_qr(grey: QImage) -> str | None:
    """The text of the first QR code found in a `prepare`d picture, or None. Looked for as it
    is, then, if none, sharpened (an unsharp mask: a card held too close to a fixed-focus
    webcam is out of focus; this reads it a little blurrier)."""
    if grey.isNull() or grey.width() < 4 or grey.height() < 4:
        return None
    size = (grey.width(), grey.height())
    picture = Image.frombuffer("L", size, bytes(grey.constBits()), "raw", "L", 0, 1)
    return _read(picture) or _read(picture.filter(SHARPEN))


def _read(picture: Image.Image) -> str | None:
    found = zxingcpp.read_barcodes(
        picture,
        formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode),
        try_invert=False,  # a card's code is dark on light; light on dark would double the time
    )
    return next((code.text for code in found if code.text), None)


def look(image: QImage, longest: int = LONGEST_SIDE) -> Look:
    """`prepare` then `read_qr`, timed. Runs on the decoding thread."""
    start = time.perf_counter()
    text = read_qr(prepare(image, longest))
    return Look(text, (time.perf_counter() - start) * 1000)
