"""QR codes of channel addresses, as plain matrices of modules (no Qt, no images).

The matrix includes the quiet zone of four light modules on every side (ISO/IEC 18004), and
uses error correction M or higher, so that a printed code survives a fold or a smudge.
Matrices are cached: the same address gives the same (immutable) matrix object.
"""

from __future__ import annotations

from functools import lru_cache

QUIET_ZONE = 4  # modules
LEVELS = ("M", "Q", "H")  # L (7 %) is too weak for paper that gets handled


@lru_cache(maxsize=256)
def qr_matrix(text: str, error_correction: str = "M") -> tuple[tuple[bool, ...], ...]:
    """Rows of modules (True: dark) of the QR code of `text`, quiet zone included."""
    if not text:
        raise ValueError("a QR code needs some text")
    if error_correction not in LEVELS:
        raise ValueError(f"error correction must be one of {', '.join(LEVELS)}")
    import qrcode  # only when a code is first drawn
    import qrcode.constants

    level = getattr(qrcode.constants, f"ERROR_CORRECT_{error_correction}")
    code = qrcode.QRCode(error_correction=level, border=QUIET_ZONE)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(module) for module in row) for row in code.get_matrix())
