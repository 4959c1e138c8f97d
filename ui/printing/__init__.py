"""Printed sheets: a lesson's take-home handout and the channels poster, as PDF or on a printer.

- `write_handout_pdf(path, lesson, registry, language, paper="A5", today=None)`
- `write_poster_pdf(path, registry, language, today=None)`
- `render_handout(device, ...)` / `render_poster(device, ...)` paint on any QPagedPaintDevice
  (a QPdfWriter or a QPrinter); `draw_qr(painter, matrix, rect)` draws one code.
"""

from __future__ import annotations

from ui.printing.qrdraw import draw_qr
from ui.printing.sheets import render_handout, render_poster, write_handout_pdf, write_poster_pdf

__all__ = ["draw_qr", "render_handout", "render_poster", "write_handout_pdf", "write_poster_pdf"]
