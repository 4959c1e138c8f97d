"""Check a pack's pictures and recordings without decoding them.

PNG and JPEG files are opened with Pillow, which reads the header for the size, and verified
(Pillow walks the file's chunks and checksums without decoding the pixels): kiosk.lessons.raster.
SVG files are parsed with defusedxml, which refuses entity expansion and external references,
one element at a time, and must draw only what they hold (kiosk.lessons.svgsafety: no `<image>`
of a file, no `url()` but `#id`; embedded PNG and JPEG pictures are held to the bounds of a
picture file). Nothing is kept in memory but each file's size, and each file is checked once per
`MediaChecker` however many steps use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from kiosk.lessons.raster import raster_size
from kiosk.lessons.svgsafety import read_svg

if TYPE_CHECKING:  # the words are read by the pack check, never on the kiosk's way to its start
    from kiosk.lessons.svgtext import Words

MAX_MEDIA_BYTES = 20 * 1024 * 1024

IMAGE_FORMATS = {".svg": "SVG", ".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
AUDIO_FORMATS = {".wav": "WAV", ".flac": "FLAC"}

_NUMBER = r"[+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"
_PIXELS = re.compile(rf"\s*({_NUMBER})\s*(?:px)?\s*")
_VIEWBOX_SPLIT = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class ImageSize:
    """An image's extent in its own units: SVG viewBox units, or pixels for PNG and JPEG."""

    width: float
    height: float

    def __str__(self) -> str:
        return f"{self.width:g}x{self.height:g}"


class MediaChecker:
    """Checks pictures and recordings, each resolved path once.

    A check returns what is wrong as the end of a sentence ("does not exist"), so that the
    caller can name the file the way the author wrote it.
    """

    def __init__(self) -> None:
        self._images: dict[Path, ImageSize | str] = {}
        self._audio: dict[Path, str | None] = {}
        self._words: dict[Path, list[Words]] = {}

    def image(self, path: Path) -> ImageSize | str:
        """The size of a readable picture, or what is wrong with it."""
        if path not in self._images:
            self._images[path] = _check_image(path)
        return self._images[path]

    def words(self, path: Path) -> list[Words]:
        """The words an SVG picture draws, with their sizes (kiosk.lessons.svgtext); none for
        other pictures, whose words cannot be read."""
        if path.suffix.lower() != ".svg":
            return []
        if path not in self._words:
            from kiosk.lessons.svgtext import picture_words

            self._words[path] = picture_words(path)
        return self._words[path]

    def audio(self, path: Path) -> str | None:
        """None for a usable recording, else what is wrong with it."""
        if path not in self._audio:
            self._audio[path] = _check_audio(path)
        return self._audio[path]


def _file_fault(path: Path) -> str | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return "does not exist"
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    if not path.is_file():
        return "is not a file"
    if stat.st_size > MAX_MEDIA_BYTES:
        megabytes = stat.st_size / (1024 * 1024)
        return f"is {megabytes:.1f} MB; the limit is {MAX_MEDIA_BYTES // (1024 * 1024)} MB"
    return None


def _check_image(path: Path) -> ImageSize | str:
    kind = IMAGE_FORMATS.get(path.suffix.lower())
    if kind is None:
        return "is not an .svg, .png, .jpg or .jpeg file"
    fault = _file_fault(path)
    if fault:
        return fault
    try:
        with path.open("rb") as stream:
            return _svg_size(stream) if kind == "SVG" else _raster_size(stream, kind)
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"


def _raster_size(stream: BinaryIO, kind: str) -> ImageSize | str:
    size = raster_size(stream, kind)
    return size if isinstance(size, str) else ImageSize(*size)


def _svg_size(stream: BinaryIO) -> ImageSize | str:
    reading = read_svg(stream)
    root = reading.root
    if reading.fault is not None or root is None:
        return reading.fault or "is empty"
    view_box = root.get("viewBox")
    if view_box is not None:
        numbers = _VIEWBOX_SPLIT.split(view_box.strip())
        try:
            _, _, width, height = (float(number) for number in numbers)
        except ValueError:
            return f"has an invalid viewBox '{view_box}'"
        if not (width > 0 and height > 0):
            return f"has an invalid viewBox '{view_box}'"
        return ImageSize(width, height)
    sizes = [_PIXELS.fullmatch(root.get(name) or "") for name in ("width", "height")]
    if sizes[0] is None or sizes[1] is None:
        return "has no viewBox, nor a width and height in pixels"
    width, height = float(sizes[0].group(1)), float(sizes[1].group(1))
    if not (width > 0 and height > 0):
        return "has no viewBox, and its width or height is 0"
    return ImageSize(width, height)


def _check_audio(path: Path) -> str | None:
    kind = AUDIO_FORMATS.get(path.suffix.lower())
    if kind is None:
        return (
            "is not a .wav or .flac file; recorded voices must be WAV or FLAC "
            "(convert it, e.g. `ffmpeg -i voice.mp3 voice.flac`)"
        )
    fault = _file_fault(path)
    if fault:
        return fault
    try:
        with path.open("rb") as stream:
            head = stream.read(12)
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    if kind == "WAV":
        valid = head[:4] in (b"RIFF", b"RF64") and head[8:12] == b"WAVE"
    else:
        valid = head[:4] == b"fLaC" or head[:3] == b"ID3"
    return None if valid else f"is not a {kind} file"
