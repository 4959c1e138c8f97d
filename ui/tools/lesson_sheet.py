"""`kiosk lessons sheet`: a contact sheet of lessons' illustrations in one PNG, one row per
lesson (its icon, then every step, practice targets outlined), for authors and the README."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

from kiosk.lessons.model import Lesson
from ui.pictures import is_svg, read_raster, svg_renderer

LABEL = 34  # height of the caption band under each thumbnail


def _draw_picture(painter: QPainter, path: Path, box: QRectF) -> tuple[QRectF, QSize]:
    """Draw `path` centred in `box`, keeping its aspect ratio; return where it landed and its
    own size (empty for a picture that ui.pictures refuses)."""
    renderer = svg_renderer(path) if is_svg(path) else None
    image = read_raster(path) if not is_svg(path) else None
    size = renderer.defaultSize() if renderer is not None else image.size() if image else QSize()
    if size.isEmpty():
        return QRectF(), size
    scale = min(box.width() / size.width(), box.height() / size.height())
    w, h = size.width() * scale, size.height() * scale
    where = QRectF(box.x() + (box.width() - w) / 2, box.y() + (box.height() - h) / 2, w, h)
    if renderer is not None:
        renderer.render(painter, where)
    elif image is not None:
        painter.drawImage(where, image)
    return where, size


def render_sheet(
    lessons: Sequence[Lesson],
    out: Path,
    *,
    thumb: int = 320,
    columns: int = 13,
    targets: bool = True,
) -> Path:
    """Write the contact sheet of `lessons` to `out` (PNG)."""
    _app = QApplication.instance() or QApplication([])
    cell_w, cell_h = thumb, round(thumb * 0.75) + LABEL
    rows = 0
    for lesson in lessons:
        rows += -(-(len(lesson.steps) + 1) // columns)
    image = QImage(columns * cell_w, max(1, rows) * cell_h, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("Noto Sans")
    font.setPixelSize(round(LABEL * 0.62))
    painter.setFont(font)
    row = 0
    for number, lesson in enumerate(lessons, 1):
        pictures = [(lesson.icon, f"{number}. {lesson.id}", None)] + [
            (step.image, f"{index + 1}" + (" ✋" if step.practice else ""), step.practice)
            for index, step in enumerate(lesson.steps)
        ]
        for index, (path, label, practice) in enumerate(pictures):
            x = (index % columns) * cell_w
            y = (row + index // columns) * cell_h
            box = QRectF(x + 4, y + 4, cell_w - 8, cell_h - LABEL - 8)
            where, size = _draw_picture(painter, path, box)
            if targets and practice is not None and not where.isEmpty():
                scale = where.width() / size.width()
                t = practice.target
                painter.setPen(QPen(QColor("#d500f9"), 3, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(
                    QRectF(
                        where.x() + t.x * scale,
                        where.y() + t.y * scale,
                        t.width * scale,
                        t.height * scale,
                    )
                )
            painter.setPen(QColor("#1a1a1a"))
            shown = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, cell_w - 4)
            painter.drawText(
                QRectF(x, y + cell_h - LABEL, cell_w, LABEL), Qt.AlignmentFlag.AlignCenter, shown
            )
        row += -(-len(pictures) // columns)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise OSError(f"cannot write {out}")
    return out
