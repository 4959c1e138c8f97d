"""Laying out a printed sheet: blocks of fixed height, flowed onto pages without ever being cut,
with a footer (the date, the page number) on every page. Sizes are in device units."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from ui.theme import FONT_FAMILIES, INK, MUTED_INK

Draw = Callable[[QPainter, float], None]  # paints a block whose top is at the given y

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
WRAP = int(Qt.TextFlag.TextWordWrap)
# Addresses have no spaces to break at: TextWrapAnywhere breaks them where they must.
WRAP_ANYWHERE = int(Qt.TextFlag.TextWrapAnywhere)


@dataclass(frozen=True)
class Block:
    height: float
    draw: Draw
    space_after: float = 0.0
    keep_with_next: bool = False  # a heading stays on the page of what follows it


class Sheet:
    """The page a device paints on: its size, and fonts and lengths made for it."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpi = float(device.logicalDpiY())
        self.width = float(device.width())  # inside the margins
        self.height = float(device.height())

    @property
    def large(self) -> bool:
        """A4 or bigger: larger type and codes than on A5."""
        return self.width > self.mm(150)

    def mm(self, length: float) -> float:
        return length * self.dpi / 25.4

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def text_height(self, text: str, font: QFont, width: float, flags: int = WRAP) -> float:
        metrics = QFontMetricsF(font, self.device)
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text).height()

    def text(
        self,
        text: str,
        points: float,
        *,
        bold: bool = False,
        color: str = INK,
        align: int = LEFT,
        space_after: float = 0.0,
        keep_with_next: bool = False,
    ) -> Block:
        """A paragraph across the whole width."""
        font = self.font(points, bold)
        height = self.text_height(text, font, self.width)

        def draw(painter: QPainter, y: float) -> None:
            paint_text(painter, QRectF(0, y, self.width, height), text, font, color, align)

        return Block(height, draw, space_after, keep_with_next)

    def rule(self, space_after: float = 0.0, keep_with_next: bool = False) -> Block:
        """A thin line across the page."""
        thick = self.mm(0.5)

        def draw(painter: QPainter, y: float) -> None:
            painter.fillRect(QRectF(0, y, self.width, thick), QColor(MUTED_INK))

        return Block(thick, draw, space_after, keep_with_next)

    def render(
        self, blocks: Sequence[Block], footer: str, page_label: Callable[[int, int], str]
    ) -> int:
        """Paint `blocks` page after page, `footer` and "page n of m" at the bottom of each."""
        footer_font = self.font(12)
        footer_height = self.text_height(footer, footer_font, self.width) + self.mm(3)
        pages = paginate(blocks, self.height - footer_height)
        painter = QPainter(self.device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                self.device.newPage()
            for y, block in page:
                block.draw(painter, y)
            top = self.height - footer_height
            painter.setPen(QPen(QColor(MUTED_INK), self.mm(0.3)))
            painter.drawLine(0, round(top + self.mm(1)), round(self.width), round(top + self.mm(1)))
            box = QRectF(0, top + self.mm(2), self.width, footer_height - self.mm(2))
            paint_text(painter, box, footer, footer_font, MUTED_INK, LEFT)
            if len(pages) > 1:
                right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                label = page_label(number, len(pages))
                paint_text(painter, box, label, footer_font, MUTED_INK, right)
        painter.end()
        return len(pages)


def paginate(blocks: Sequence[Block], height: float) -> list[list[tuple[float, Block]]]:
    """Where each block goes: (top, block) per page. A block that does not fit on what is left
    of a page starts the next one, together with the headings kept with it."""
    pages: list[list[tuple[float, Block]]] = [[]]
    y = 0.0
    for index, block in enumerate(blocks):
        needed = block.height
        following = index
        while blocks[following].keep_with_next and following + 1 < len(blocks):
            needed += blocks[following].space_after + blocks[following + 1].height
            following += 1
        if pages[-1] and y + needed > height:
            pages.append([])
            y = 0.0
        pages[-1].append((y, block))
        y += block.height + block.space_after
    return pages


def paint_text(
    painter: QPainter, rect: QRectF, text: str, font: QFont, color: str, flags: int
) -> None:
    painter.setFont(font)
    painter.setPen(QColor(color))
    wrap = WRAP_ANYWHERE if flags & WRAP_ANYWHERE else WRAP
    painter.drawText(rect, flags | wrap, text)
