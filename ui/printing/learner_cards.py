"""Learner cards: credit-card size (85.6 x 54 mm, ISO/IEC 7810 ID-1), ten to an A4 sheet.

Each card shows the kiosk's heading small ("Learner card — Cultural house of <commune>"), the
person's name large, their residential group, and on the right the QR code of the card's text
(kiosk/cards/learner.py: the kiosk's id and the person's record id, no personal data), at
least 27.5 mm wide, drawn as vector modules like the handouts' codes. A long name wraps, then
its type shrinks; it is never cut. The cards touch, two across and five down, inside the
sheet's margins: a light outline round each card and darker cut marks in the margin, on the
lines to cut along (with scissors along the outlines, or a guillotine from mark to mark).

- `CardFace(name, group, payload)`: what one card shows; `faces_of(people, kiosk_id)`,
  `session_faces(store, session_id, kiosk_id)` and `people_faces(store, ids, kiosk_id)` make
  them from the records (anonymised people get no card: they have no name any more).
- `render_cards(device, faces, language, commune="")` paints the sheets on a QPdfWriter or a
  QPrinter; `write_cards_pdf(path, faces, language, commune="")` writes them as a PDF.
- `print_cards(faces, language, data_dir, commune="", printer="")` saves the PDF under
  `data_dir/cards/` (owner-only: it holds names), then prints it through
  ui/printing/spooler.py `print_pages`: a `PrintOutcome`, the PDF kept when nothing printed.

The PDF and the printed pages are the same drawing, at the same resolution and margins
(ui/printing/sheets.py `page_layout`). Printing blocks: call `print_cards` off the GUI thread.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from kiosk.cards import learner_payload
from kiosk.housekeeping import CARD_SHEETS
from kiosk.private import create_private, private_dir
from kiosk.records.model import Person
from ui.printing.flow import LEFT, WRAP, WRAP_ANYWHERE, Sheet, paint_text
from ui.printing.qrdraw import Matrix, draw_qr, qr_layout
from ui.printing.sheets import pdf_writer, words
from ui.printing.spooler import PrintOutcome, new_pdf_path, print_saved
from ui.theme import INK, MUTED_INK, PRIMARY

if TYPE_CHECKING:
    from kiosk.records.queries import RecordQueries  # sqlite-utils: on the records thread

CARD_MM = (85.6, 54.0)  # ISO/IEC 7810 ID-1, a bank card's size
COLUMNS, ROWS = 2, 5  # on A4 inside 10 mm margins (190 x 277 mm): 171.2 x 270 mm
PER_SHEET = COLUMNS * ROWS
PAD_MM = 3.5  # the card's text and the code's dark modules stay this far from its edge
# The code's width at least, its quiet zone not counted. Its modules are whole 300-dpi dots
# (qr_layout): a card's 33 modules come out at 10 dots, 0.85 mm, and the code 27.9 mm. At 25 mm
# they were 9 dots, and zbar missed 2 of 2,300 cards rasterised at 150 dpi; at 10 dots it
# read all of 4,000. The name's column keeps 48 mm.
SYMBOL_MM = 27.5
HEADING_PT, NAME_PT, GROUP_PT = 7.5, 17.0, 10.5
SMALLEST_NAME_PT, SMALLEST_PT = 8.0, 6.5
OUTLINE = "#b4b4b4"  # the card's outline: light, for scissors


@dataclass(frozen=True)
class CardFace:
    name: str  # the person's full name, as in the records
    group: str  # their residential group, "" when none
    payload: str  # the QR code's text: kiosk.cards.learner_payload(kiosk_id, person_id)


def faces_of(people: Iterable[Person], kiosk_id: str) -> list[CardFace]:
    """One card per person, in their order, each person once; anonymised people are left out."""
    from kiosk.records.privacy import ANONYMOUS_NAME  # on the records thread, with the store

    seen: set[str] = set()
    faces = []
    for person in people:
        if person.id in seen or person.full_name == ANONYMOUS_NAME:
            continue
        seen.add(person.id)
        payload = learner_payload(kiosk_id, person.id)
        faces.append(CardFace(person.full_name, person.residential_group, payload))
    return faces


def session_faces(store: RecordQueries, session_id: str, kiosk_id: str) -> list[CardFace]:
    """The cards of everyone present in a session, in the order they were marked present.
    RecordError("not_found") when there is no such session."""
    store.get_session(session_id)
    return faces_of((row.person for row in store.attendees(session_id)), kiosk_id)


def people_faces(store: RecordQueries, person_ids: Sequence[str], kiosk_id: str) -> list[CardFace]:
    """The cards of these people, in this order. RecordError("not_found") for an unknown id."""
    return faces_of([store.get_person(person_id) for person_id in person_ids], kiosk_id)


@dataclass(frozen=True)
class Fitted:
    text: str
    font: QFont
    flags: int
    height: float


def fit(
    sheet: Sheet,
    text: str,
    width: float,
    height: float,
    points: float,
    smallest: float,
    bold: bool = False,
) -> Fitted:
    """`text` in the largest type from `points` down to `smallest` whose lines, broken between
    words, fit `width` and `height`; at the smallest, broken anywhere when a word is wider than
    `width`. The height it takes may then be more than `height`: text is never cut."""
    size = points
    while True:
        font = sheet.font(size, bold)
        metrics = QFontMetricsF(font, sheet.device)
        words_fit = all(metrics.horizontalAdvance(word) <= width for word in text.split())
        taken = sheet.text_height(text, font, width, WRAP)
        if words_fit and taken <= height:
            return Fitted(text, font, WRAP, taken)
        if size <= smallest:
            break
        size = max(smallest, size - 0.5)
    flags = WRAP if words_fit else WRAP_ANYWHERE
    return Fitted(text, font, flags, sheet.text_height(text, font, width, flags))


def heading(language: str, commune: str) -> str:
    text = words(language)
    if commune.strip():
        title = text.translate("LearnerCard", "Learner card — Cultural house of %1")
        return title.replace("%1", commune.strip())
    return text.translate("LearnerCard", "Learner card")


class CardPainter:
    """Lays out and paints the cards of one sheet size on one device."""

    def __init__(self, sheet: Sheet, heading: str) -> None:
        self.sheet = sheet
        mm = sheet.mm
        self.width, self.height = mm(CARD_MM[0]), mm(CARD_MM[1])
        self.left = (sheet.width - COLUMNS * self.width) / 2
        self.top = (sheet.height - ROWS * self.height) / 2
        self.pad = mm(PAD_MM)
        inner = self.width - 2 * self.pad
        self.heading = fit(sheet, heading, inner, mm(7), HEADING_PT, SMALLEST_PT)
        self.rule_y = self.pad + self.heading.height + mm(1.2)

    def code(self, payload: str) -> tuple[Matrix, QRectF]:
        """The code's matrix and where it goes (quiet zone included): its dark
        modules `PAD_MM` from the card's right edge, centred in the height under the rule."""
        matrix, side = qr_layout(payload, self.sheet.mm(SYMBOL_MM))
        quiet = side * 4 / len(matrix)
        below = self.rule_y + self.sheet.mm(1.5)
        dark = side - 2 * quiet
        y = below + (self.height - self.pad - below - dark) / 2 - quiet
        x = self.width - self.pad - dark - quiet
        return matrix, QRectF(x, y, side, side)

    def paint_card(self, painter: QPainter, face: CardFace, x: float, y: float) -> None:
        sheet, mm = self.sheet, self.sheet.mm
        painter.save()
        painter.translate(x, y)
        inner = self.width - 2 * self.pad
        box = QRectF(self.pad, self.pad, inner, self.heading.height)
        flags = LEFT | self.heading.flags
        paint_text(painter, box, self.heading.text, self.heading.font, MUTED_INK, flags)
        painter.fillRect(QRectF(self.pad, self.rule_y, inner, mm(0.4)), QColor(PRIMARY))

        matrix, rect = self.code(face.payload)
        draw_qr(painter, matrix, rect)
        quiet = rect.width() * 4 / len(matrix)
        column = rect.x() + quiet - mm(3) - self.pad  # the text's width, left of the code
        top = self.rule_y + mm(3)
        room = self.height - self.pad - top
        gap, group_text = mm(1.8), face.group.strip()
        # The name first, leaving a line for the group; the group then has what is left.
        line = sheet.text_height("Ấ", sheet.font(GROUP_PT), column) + gap if group_text else 0.0
        name = fit(sheet, face.name, column, room - line, NAME_PT, SMALLEST_NAME_PT, bold=True)
        group = None
        if group_text:
            left = room - name.height - gap
            group = fit(sheet, group_text, column, left, GROUP_PT, SMALLEST_PT)
        box = QRectF(self.pad, top, column, name.height)
        paint_text(painter, box, name.text, name.font, INK, LEFT | name.flags)
        if group is not None:
            box = QRectF(self.pad, top + name.height + gap, column, group.height)
            paint_text(painter, box, group.text, group.font, MUTED_INK, LEFT | group.flags)
        painter.restore()

    def paint_lines(self, painter: QPainter, rows: int) -> None:
        """The outline of each card of a sheet with `rows` rows, and the cut marks: short lines
        in the margin round the cards, on each line to cut along."""
        mm = self.sheet.mm
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(OUTLINE), mm(0.15)))
        for row in range(rows):
            for column in range(COLUMNS):
                x, y = self.left + column * self.width, self.top + row * self.height
                painter.drawRect(QRectF(x, y, self.width, self.height))
        painter.setPen(QPen(QColor(MUTED_INK), mm(0.25)))
        bottom = self.top + rows * self.height
        right = self.left + COLUMNS * self.width
        gap = mm(1)
        for column in range(COLUMNS + 1):
            x = self.left + column * self.width
            painter.drawLine(QPointF(x, max(0.0, self.top - mm(5))), QPointF(x, self.top - gap))
            end = min(self.sheet.height, bottom + mm(5))
            painter.drawLine(QPointF(x, bottom + gap), QPointF(x, end))
        for row in range(rows + 1):
            y = self.top + row * self.height
            painter.drawLine(QPointF(max(0.0, self.left - mm(6)), y), QPointF(self.left - gap, y))
            end = min(self.sheet.width, right + mm(6))
            painter.drawLine(QPointF(right + gap, y), QPointF(end, y))
        painter.restore()


def render_cards(
    device: QPagedPaintDevice, faces: Sequence[CardFace], language: str, commune: str = ""
) -> int:
    """Paint `faces` on `device` (A4 portrait, ui/printing/sheets.py margins), ten to a sheet;
    returns the page count. ValueError when there is no card, or the page is not A4."""
    if not faces:
        raise ValueError("there is no learner card to print")
    sheet = Sheet(device)
    cards = CardPainter(sheet, heading(language, commune))
    if cards.left < 0 or cards.top < 0:
        raise ValueError("learner cards are printed on A4 paper")
    pages = [faces[i : i + PER_SHEET] for i in range(0, len(faces), PER_SHEET)]
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    for number, page in enumerate(pages):
        if number:
            device.newPage()
        for index, face in enumerate(page):
            row, column = divmod(index, COLUMNS)
            x = cards.left + column * cards.width
            cards.paint_card(painter, face, x, cards.top + row * cards.height)
        cards.paint_lines(painter, -(-len(page) // COLUMNS))
    painter.end()
    return len(pages)


def cards_title(language: str, count: int) -> str:
    return words(language).translate("LearnerCard", "Learner cards (%1)").replace("%1", str(count))


def write_cards_pdf(path: Path, faces: Sequence[CardFace], language: str, commune: str = "") -> int:
    """Write the cards as an A4 PDF (owner-only: it holds names); returns the page count."""
    if not faces:
        raise ValueError("there is no learner card to print")
    path = Path(path)
    create_private(path)  # 0600 before Qt writes a name into it
    writer = pdf_writer(path, "A4", cards_title(language, len(faces)))
    return render_cards(writer, faces, language, commune)


def cards_path(data_dir: Path, now: datetime.datetime | None = None) -> Path:
    """A new file `data_dir/cards/<YYYYmmdd-HHMMSS>-learner-cards.pdf`, its folder 0700."""
    return new_pdf_path(private_dir(data_dir / CARD_SHEETS), "learner-cards", now)


def print_cards(
    faces: Sequence[CardFace],
    language: str,
    data_dir: Path,
    commune: str = "",
    printer: str = "",
    now: datetime.datetime | None = None,
) -> PrintOutcome:
    """Save the cards under `data_dir/cards/`, then print them on `printer` (the system's
    default when ""). ValueError when there is no card; OSError when the PDF cannot be
    written (nothing is sent to the printer then)."""
    pdf = cards_path(data_dir, now)
    write_cards_pdf(pdf, faces, language, commune)

    def paint(device: QPagedPaintDevice) -> int:
        return render_cards(device, faces, language, commune)

    return print_saved(pdf, paint, printer, title=cards_title(language, len(faces)), paper="A4")
