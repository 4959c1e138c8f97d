"""The one way a lesson picture reaches the screen or the paper.

The pack check (kiosk.lessons) refuses a picture that refers to anything outside itself; this is
the second guard, for a file changed since the check or one that never went through it:

- an SVG is read into memory once, checked again (kiosk.lessons.svgsafety), and the renderer is
  given those same bytes: nothing can change between the check and the drawing, and with no file
  behind the renderer a relative path has nowhere to start from;
- a PNG or JPEG is decoded only as the kind its name says, never by what its content looks like
  (Qt would draw an SVG saved as .png as an SVG, references and all).

A picture that fails gives None, and one log line (once a process) naming it and saying why;
the screen then shows its "picture missing" placeholder (ui.widgets.illustration).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer

from kiosk.lessons.media import MAX_MEDIA_BYTES
from kiosk.lessons.svgsafety import svg_fault

log = logging.getLogger(__name__)

RASTER_FORMATS = {".png": b"png", ".jpg": b"jpeg", ".jpeg": b"jpeg"}
_reported: set[tuple[Path, str]] = set()  # what was logged, so a slide show logs it once


def _refuse(path: Path, why: str) -> None:
    if (path, why) not in _reported:
        _reported.add((path, why))
        log.warning("picture %s is not shown: it %s", path, why)


def is_svg(path: Path) -> bool:
    return path.suffix.lower() == ".svg"


def svg_renderer(path: Path) -> QSvgRenderer | None:
    """A renderer for the SVG file at `path`, or None when it may not or cannot be drawn."""
    try:
        if path.stat().st_size > MAX_MEDIA_BYTES:
            _refuse(path, f"is larger than {MAX_MEDIA_BYTES // (1024 * 1024)} MB")
            return None
        content = path.read_bytes()
    except OSError as error:
        _refuse(path, f"cannot be read ({error.strerror or error})")
        return None
    fault = svg_fault(content)
    if fault is not None:
        _refuse(path, fault)
        return None
    renderer = QSvgRenderer(QByteArray(content))
    if not renderer.isValid() or renderer.defaultSize().isEmpty():
        _refuse(path, "cannot be drawn by Qt's SVG renderer")
        return None
    return renderer


def raster_reader(path: Path) -> QImageReader | None:
    """A reader of the PNG or JPEG file at `path` that decodes only that kind, or None."""
    kind = RASTER_FORMATS.get(path.suffix.lower())
    if kind is None:
        _refuse(path, "is not an .svg, .png, .jpg or .jpeg file")
        return None
    reader = QImageReader(str(path), QByteArray(kind))
    reader.setAutoDetectImageFormat(False)
    reader.setDecideFormatFromContent(False)
    if not reader.canRead() or reader.size().isEmpty():
        _refuse(path, f"is not a readable {kind.decode().upper()} image")
        return None
    return reader


def read_raster(path: Path, size: QSize | None = None) -> QImage | None:
    """The PNG or JPEG picture at `path`, decoded at `size` if given, or None."""
    reader = raster_reader(path)
    if reader is None:
        return None
    if size is not None:
        reader.setScaledSize(size)
    image = reader.read()
    if image.isNull():
        _refuse(path, f"cannot be decoded ({reader.errorString()})")
        return None
    return image
