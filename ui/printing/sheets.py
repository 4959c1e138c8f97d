"""The printed sheets: a lesson's take-home handout (A5 or A4) and the channels poster (A4).

Large print for older eyes (body 14 pt on A5, 16 pt on A4), numbered steps with their
illustrations, and QR codes drawn as vector modules, each with its label and its address in
letters. The fixed texts come from the kiosk's translations in the sheet's own language,
whatever language the screen is showing.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt, QTranslator
from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from kiosk.channels.model import Channel, ChannelRegistry
from kiosk.lessons.model import Lesson, Step
from ui.i18n import translations_dir
from ui.pictures import is_svg, read_raster, svg_renderer
from ui.printing.flow import CENTER, LEFT, Block, Sheet, paint_text
from ui.printing.qrdraw import qr_rows
from ui.theme import INK, MUTED_INK, PRIMARY, WHITE

PAPERS = {"A5": QPageSize.PageSizeId.A5, "A4": QPageSize.PageSizeId.A4}
RESOLUTION = 300  # dpi of the pages' coordinates, in the PDF and on the printer
MARGIN_MM = 10.0
CREATOR = "cultural-house-kiosk"
COMMUNE_KINDS = ("commune", "phone")
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class Words:
    """The fixed texts of a sheet in one language (the source strings are English)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = QTranslator()
        self._loaded = self._translator.load(str(translations_dir() / f"kiosk_{language}.qm"))

    def translate(self, context: str, source: str) -> str:
        text = self._translator.translate(context, source) if self._loaded else ""
        return text or source

    def date(self, day: datetime.date) -> str:
        if self.language == "vi":
            shown = f"{day.day:02d}/{day.month:02d}/{day.year}"
        else:
            shown = f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
        return self.translate("Handout", "Printed on %1").replace("%1", shown)

    def page(self, number: int, count: int) -> str:
        text = self.translate("Handout", "Page %1 of %2")
        return text.replace("%1", str(number)).replace("%2", str(count))


@lru_cache(maxsize=4)
def words(language: str) -> Words:
    return Words(language)


Picture = Callable[[QPainter, QRectF], None]


def load_picture(path: Path, width: float) -> tuple[Picture | None, float]:
    """How to paint a step's illustration, and its height for `width` (3:4 when unreadable, or
    when ui.pictures refuses it: the handout then shows the empty frame)."""
    if is_svg(path):
        renderer = svg_renderer(path)
        box = renderer.viewBoxF() if renderer is not None else QRectF()
        if renderer is not None and box.width() > 0:
            return renderer.render, width * box.height() / box.width()
        return None, width * 0.75
    image = read_raster(path)
    if image is None or image.width() <= 0:
        return None, width * 0.75
    # Scaled once to the printed size at 300 dpi: a small PDF, and no 4000-px photo in it.
    image = image.scaledToWidth(max(1, round(width)), Qt.TransformationMode.SmoothTransformation)

    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.drawImage(rect, image)

    return paint, width * image.height() / image.width()


def step_block(sheet: Sheet, number: int, step: Step, points: float) -> Block:
    """A numbered step: the number in a blue disc, the illustration, then the text."""
    badge = sheet.mm(11 if sheet.large else 10)
    gap = sheet.mm(3)
    picture_width = sheet.mm(40 if sheet.large else 30)
    picture, picture_height = load_picture(step.image, picture_width)
    picture_height = min(picture_height, picture_width)
    text_x = badge + gap + picture_width + gap * 1.5
    text_width = sheet.width - text_x
    font = sheet.font(points)
    number_font = sheet.font(points + 2, bold=True)
    text_height = sheet.text_height(step.text, font, text_width)
    height = max(badge, picture_height, text_height)

    def draw(painter: QPainter, y: float) -> None:
        disc = QRectF(0, y, badge, badge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PRIMARY))
        painter.drawEllipse(disc)
        centre = int(Qt.AlignmentFlag.AlignCenter)
        paint_text(painter, disc, str(number), number_font, WHITE, centre)
        frame = QRectF(badge + gap, y, picture_width, picture_height)
        if picture is not None:
            painter.save()
            painter.setClipRect(frame)
            picture(painter, frame)
            painter.restore()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(MUTED_INK), sheet.mm(0.3)))
        painter.drawRect(frame)
        text_rect = QRectF(text_x, y, text_width, text_height)
        paint_text(painter, text_rect, step.text, font, INK, LEFT)

    return Block(height, draw, space_after=sheet.mm(4))


def commune_channels(registry: ChannelRegistry, skip: Sequence[str] = ()) -> list[Channel]:
    shown = registry.shown()
    return [c for c in shown if c.kind in COMMUNE_KINDS and c.id not in skip]


def render_handout(
    device: QPagedPaintDevice,
    lesson: Lesson,
    registry: ChannelRegistry,
    language: str,
    today: datetime.date,
) -> int:
    """Paint the handout of `lesson` on `device` (A5 or A4 portrait); returns the page count."""
    sheet, text = Sheet(device), words(language)
    body = 16.0 if sheet.large else 14.0
    mm = sheet.mm
    commune = registry.commune
    blocks = [sheet.text(lesson.title, body + 8, bold=True, color=PRIMARY, space_after=mm(2))]
    if commune.name:
        blocks.append(sheet.text(commune.name, body, color=MUTED_INK, space_after=mm(2)))
    blocks.append(sheet.rule(space_after=mm(5)))
    blocks += [step_block(sheet, n, step, body) for n, step in enumerate(lesson.steps, start=1)]

    columns, symbol_mm = (4, 32.0) if sheet.large else (3, 27.0)

    def codes(channels: Sequence[Channel]) -> list[Block]:
        return qr_rows(sheet, channels, language, columns, symbol_mm, body, body - 2)

    def heading(title: str) -> Block:
        return sheet.text(title, body + 4, bold=True, color=PRIMARY, keep_with_next=True)

    lesson_channels = registry.shown(lesson.channels)
    if lesson_channels:
        blocks.append(sheet.rule(space_after=mm(4), keep_with_next=True))
        blocks.append(heading(text.translate("Handout", "Official channels")))
        hint = text.translate("Handout", "Scan a code with your phone's camera or with Zalo.")
        blocks.append(sheet.text(hint, body, keep_with_next=True, space_after=mm(3)))
        blocks += codes(lesson_channels)
    others = commune_channels(registry, skip=lesson.channels)
    if others or commune.hotline:
        blocks.append(sheet.rule(space_after=mm(4), keep_with_next=True))
        if commune.name:
            title = text.translate("Handout", "Contact %1").replace("%1", commune.name)
        else:
            title = text.translate("Handout", "Your commune")
        blocks.append(heading(title))
        if commune.hotline:
            hotline = text.translate("Handout", "Hotline: %1").replace("%1", commune.hotline)
            blocks.append(
                sheet.text(hotline, body + 4, bold=True, keep_with_next=True, space_after=mm(3))
            )
        blocks += codes(others)
    return sheet.render(blocks, text.date(today), text.page)


def render_poster(
    device: QPagedPaintDevice, registry: ChannelRegistry, language: str, today: datetime.date
) -> int:
    """Paint the wall poster (A4): the commune's channels as large QR codes (the national
    portals while the commune has none), and the hotline in big type."""
    sheet, text = Sheet(device), words(language)
    mm = sheet.mm
    commune = registry.commune
    if commune.name:
        title = text.translate("Handout", "Official information channels of %1")
        title = title.replace("%1", commune.name)
    else:
        title = text.translate("Handout", "Official information channels")
    channels = commune_channels(registry) or [c for c in registry.shown() if c.kind == "portal"]
    blocks = [sheet.text(title, 28, bold=True, color=PRIMARY, align=CENTER, space_after=mm(3))]
    hint = text.translate("Handout", "Scan a code with your phone's camera or with Zalo.")
    blocks.append(sheet.text(hint, 16, align=CENTER, space_after=mm(3)))
    blocks.append(sheet.rule(space_after=mm(6)))
    crowded = len(channels) > 4
    blocks += qr_rows(
        sheet, channels, language, 3 if crowded else 2, 50.5 if crowded else 60.0, 18, 14
    )
    if commune.hotline:
        hotline = text.translate("Handout", "Hotline: %1").replace("%1", commune.hotline)
        blocks.append(sheet.rule(space_after=mm(4), keep_with_next=True))
        blocks.append(sheet.text(hotline, 30, bold=True, align=CENTER))
    return sheet.render(blocks, text.date(today), text.page)


def page_layout(paper: str) -> QPageLayout:
    """A sheet's page: `paper` portrait with its margins, for the PDF and the printer alike."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(PAPERS[paper]),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def pdf_writer(path: Path, paper: str, title: str) -> QPdfWriter:
    layout = page_layout(paper)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(layout)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    return writer


def write_handout_pdf(
    path: Path,
    lesson: Lesson,
    registry: ChannelRegistry,
    language: str,
    paper: str = "A5",
    today: datetime.date | None = None,
) -> int:
    """Write the handout of `lesson` as a PDF; returns the page count."""
    writer = pdf_writer(Path(path), paper, lesson.title)
    return render_handout(writer, lesson, registry, language, today or datetime.date.today())


def write_poster_pdf(
    path: Path, registry: ChannelRegistry, language: str, today: datetime.date | None = None
) -> int:
    """Write the channels poster (A4) as a PDF; returns the page count."""
    commune = registry.commune.name
    title = words(language).translate("Handout", "Official information channels")
    writer = pdf_writer(Path(path), "A4", f"{title} – {commune}" if commune else title)
    return render_poster(writer, registry, language, today or datetime.date.today())
