"""The bounds every PNG or JPEG picture of a pack is held to: a file of its own, or one that an
SVG embeds as a `data:` URI (kiosk.lessons.svgsafety).

Pillow reads the header for the size and verifies the file (it walks the chunks and checksums
without decoding the pixels). It is imported at the first picture: the kiosk's screens check
every SVG they draw (ui.pictures), and most hold no PNG or JPEG.
"""

from __future__ import annotations

from typing import BinaryIO

MAX_IMAGE_SIDE = 8000

# The first bytes of each kind, for a picture whose kind is not told by a file name.
SIGNATURES = {"PNG": b"\x89PNG\r\n\x1a\n", "JPEG": b"\xff\xd8\xff"}


def raster_kind(head: bytes) -> str | None:
    """ "PNG" or "JPEG" from a picture's first bytes; None for anything else."""
    for kind, signature in SIGNATURES.items():
        if head.startswith(signature):
            return kind
    return None


def raster_size(stream: BinaryIO, kind: str) -> tuple[int, int] | str:
    """The width and height in pixels of a readable picture of `kind` ("PNG" or "JPEG"), or what
    is wrong with it as the end of a sentence ("is not a readable PNG image")."""
    from PIL import Image

    try:
        with Image.open(stream, formats=[kind]) as image:
            width, height = image.size
            if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
                return f"is {width}x{height} pixels; the limit is {MAX_IMAGE_SIDE} on a side"
            image.verify()
    except Image.DecompressionBombError:
        return "has too many pixels to open safely"
    except Exception:  # Pillow raises many kinds of errors on damaged files
        return f"is not a readable {kind} image"
    return width, height
