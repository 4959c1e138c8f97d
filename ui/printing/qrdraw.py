"""QR codes on paper: vector modules (one path of merged runs), never a scaled SVG or image;
and rows of cards, each a code with its label and its address in letters."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath

from kiosk.channels.model import Channel, short_address
from kiosk.channels.qr import QUIET_ZONE, qr_matrix
from ui.printing.flow import CENTER, WRAP, WRAP_ANYWHERE, Block, Sheet, paint_text
from ui.theme import INK, MUTED_INK

Matrix = tuple[tuple[bool, ...], ...]


def draw_qr(painter: QPainter, matrix: Matrix, rect: QRectF) -> None:
    """Draw `matrix` (quiet zone included) filling the square `rect`: white background, then the
    dark modules as one path of horizontal runs, so that no seam shows between modules."""
    count = len(matrix)
    if not count:
        return
    side = min(rect.width(), rect.height())
    module = side / count
    left, top = rect.x(), rect.y()
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for row, line in enumerate(matrix):
        column = 0
        while column < count:
            if not line[column]:
                column += 1
                continue
            start = column
            while column < count and line[column]:
                column += 1
            path.addRect(
                QRectF(left + start * module, top + row * module, (column - start) * module, module)
            )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(left, top, side, side), QColor("#ffffff"))
    painter.fillPath(path, QColor("#000000"))
    painter.restore()


def qr_layout(text: str, symbol: float) -> tuple[Matrix, float]:
    """The matrix of `text` and the side (quiet zone included) to draw it at so that the code
    itself is at least `symbol` device units wide, its modules whole device units."""
    matrix = qr_matrix(text)
    modules = max(1, len(matrix) - 2 * QUIET_ZONE)
    module = math.ceil(symbol / modules)
    return matrix, float(module * len(matrix))


def breakable(address: str) -> str:
    """The address with invisible break points after each "/" and before "?" and "&"."""
    return address.replace("/", "/\u200b").replace("?", "\u200b?").replace("&", "\u200b&")


@dataclass(frozen=True)
class Card:
    matrix: Matrix
    side: float  # of the code, quiet zone included
    width: float  # of the card
    label: str
    address: str
    address_flags: int
    label_height: float
    address_height: float


@dataclass(frozen=True)
class CardRow:
    sheet: Sheet
    cards: tuple[Card, ...]
    fonts: tuple[QFont, QFont]  # label, address

    @property
    def top(self) -> float:
        """Where the labels start: under the largest code of the row."""
        return max(card.side for card in self.cards)

    @property
    def height(self) -> float:
        gap = self.sheet.mm(1)
        return self.top + max(c.label_height + gap + c.address_height for c in self.cards)

    def draw(self, painter: QPainter, y: float) -> None:
        pad, gap, top = self.sheet.mm(1.5), self.sheet.mm(1), self.top
        x = (self.sheet.width - sum(card.width for card in self.cards)) / 2
        for card in self.cards:
            side = card.side
            draw_qr(
                painter,
                card.matrix,
                QRectF(x + (card.width - side) / 2, y + (top - side) / 2, side, side),
            )
            box = QRectF(x + pad, y + top, card.width - 2 * pad, card.label_height)
            paint_text(painter, box, card.label, self.fonts[0], INK, CENTER)
            box = QRectF(box.x(), box.bottom() + gap, box.width(), card.address_height)
            flags = CENTER | card.address_flags
            paint_text(painter, box, card.address, self.fonts[1], MUTED_INK, flags)
            x += card.width


def qr_rows(
    sheet: Sheet,
    channels: Sequence[Channel],
    language: str,
    columns: int,
    symbol_mm: float,
    label_pt: float,
    address_pt: float,
) -> list[Block]:
    """The channels as QR codes, at most `columns` to a row, each code at least `symbol_mm`
    wide (quiet zone not counted), its label and its address below it. A card is as wide as a
    column, or as its code with the quiet zones where that is wider; the outer quiet zones may
    then reach into the page margin, which is blank paper too."""
    fonts = (sheet.font(label_pt, bold=True), sheet.font(address_pt))
    metrics = QFontMetricsF(fonts[1], sheet.device)
    blocks = []
    for start in range(0, len(channels), columns):
        cards = []
        for channel in channels[start : start + columns]:
            matrix, side = qr_layout(channel.url, sheet.mm(symbol_mm))
            label, address = channel.label(language), breakable(short_address(channel.url))
            width = max(side, sheet.width / columns)
            text_width = width - sheet.mm(3)
            pieces = address.split("\u200b")  # wrap there when every piece fits, else anywhere
            fits = all(metrics.horizontalAdvance(piece) <= text_width for piece in pieces)
            flags = WRAP if fits else WRAP_ANYWHERE
            label_height = sheet.text_height(label, fonts[0], text_width)
            address_height = sheet.text_height(address, fonts[1], text_width, flags)
            cards.append(
                Card(matrix, side, width, label, address, flags, label_height, address_height)
            )
        row = CardRow(sheet, tuple(cards), fonts)
        blocks.append(Block(row.height, row.draw, space_after=sheet.mm(4)))
    return blocks
