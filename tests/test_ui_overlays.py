"""Every overlay dims the whole window evenly: the print message over the finish screen's QR
codes and buttons, the idle warning over the home screen's lesson cards and over a lesson's
captions, the quit question and the PIN gate. The pixels are read from the window as shown
(its backing store), before and after the overlay opens, also after what lies under the
overlay paints itself again (a countdown, a caption being read)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from ui.widgets.overlay import Overlay

BRIGHT = 200  # an undimmed pixel this light (white cards, QR quiet zones, paper) is sampled
MOST = 0.45  # behind an overlay a pixel keeps at most this share of its luminance
SPREAD = 0.06  # and every sampled pixel keeps about the same share (an even veil)


def luminance(image: QImage, point: QPoint) -> float:
    colour = image.pixelColor(point)
    return 0.2126 * colour.red() + 0.7152 * colour.green() + 0.0722 * colour.blue()


def shown(window: QWidget) -> QImage:
    """The window as the screen has it: its backing store, not a fresh render."""
    for _ in range(3):
        QApplication.processEvents()
    image = window.screen().grabWindow(window.winId()).toImage()
    if image.isNull() or image.size() != window.size():  # a platform that cannot grab
        image = window.grab().toImage()
    return image


def rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def points(area: QRect, step: int = 7) -> Iterable[QPoint]:
    for x in range(area.left() + 2, area.right() - 1, step):
        for y in range(area.top() + 2, area.bottom() - 1, step):
            yield QPoint(x, y)


def assert_evenly_dimmed(
    window: QWidget, before: QImage, overlay: Overlay, areas: dict[str, QRect]
) -> None:
    assert overlay.isVisible()
    after = shown(window)
    panel = rect_in(window, overlay.card).adjusted(-12, -12, 12, 12)
    everywhere = QRect(0, 0, window.width(), window.height())
    shares: dict[str, list[float]] = {}
    for name, area in {**areas, "the whole window": everywhere}.items():
        for point in points(area, 7 if name != "the whole window" else 23):
            if panel.contains(point) or not everywhere.contains(point):
                continue
            lit = luminance(before, point)
            if lit >= BRIGHT:
                shares.setdefault(name, []).append(luminance(after, point) / lit)
    for name in areas:
        assert shares.get(name), f"nothing bright sampled over {name}"
    every = [share for values in shares.values() for share in values]
    for name, values in shares.items():
        assert max(values) <= MOST, f"{name} stays bright behind the overlay: {max(values):.2f}"
    assert max(every) - min(every) <= SPREAD, (
        f"uneven veil: shares from {min(every):.2f} to {max(every):.2f}"
    )


def visible(widgets: Iterable[QWidget]) -> list[QWidget]:
    return [w for w in widgets if w.isVisible() and w.width() > 20 and w.height() > 20]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_print_message_dims_the_qr_codes_and_buttons(make_window, bundled_library, size):
    window = make_window(size)
    lesson = next(x for x in bundled_library.in_language("vi") if x.id == "vneid-install")
    window.show_finish(lesson.id)
    before = shown(window)
    window.message.say(window.tr("Printing now. Please take the sheet from the printer."))
    codes = visible(code for code, _ in window.finish.codes)
    assert codes, "the finish screen shows no QR code"
    areas = {f"QR code {n}": rect_in(window, code) for n, code in enumerate(codes)}
    for button in visible(window.finish.findChildren(QPushButton)):
        areas[f"button {button.text()!r}"] = rect_in(window, button)
    areas = {name: area for name, area in areas.items() if _has_bright(before, area)}
    assert any(name.startswith("QR") for name in areas)
    assert_evenly_dimmed(window, before, window.message, areas)
    for code in codes:  # what is under the veil paints again: the veil stays on it
        code.repaint()
    assert_evenly_dimmed(window, before, window.message, areas)


def _has_bright(image: QImage, area: QRect) -> bool:
    return any(luminance(image, p) >= BRIGHT for p in points(area, 11))


def test_the_idle_warning_dims_the_lesson_cards(make_window):
    window = make_window((1366, 768))
    window.show_home()
    before = shown(window)
    window.idle.enabled = True
    window.show_idle_warning(30)
    tiles = visible(w for w in window.home.findChildren(QPushButton) if w.objectName() == "tile")
    assert tiles
    areas = {f"card {n}": rect_in(window, tile) for n, tile in enumerate(tiles)}
    assert_evenly_dimmed(window, before, window.idle_overlay, areas)
    window.show_idle_warning(12)  # the countdown changes: the overlay paints again
    for tile in tiles:
        tile.repaint()
    assert_evenly_dimmed(window, before, window.idle_overlay, areas)


def test_the_idle_warning_dims_a_lessons_captions(make_window, bundled_library):
    window = make_window((1366, 768))
    lesson = bundled_library.in_language("vi")[0]
    window.open_lesson(lesson.id, 0)
    before = shown(window)
    window.show_idle_warning(30)
    captions = visible(
        w for w in window.player.findChildren(QLabel) if w.objectName() == "sentence"
    )
    assert captions
    areas = {f"caption {n}": rect_in(window, label) for n, label in enumerate(captions)}
    assert_evenly_dimmed(window, before, window.idle_overlay, areas)


def test_the_quit_question_and_the_pin_gate_dim_everything(make_window):
    window = make_window((1366, 768))
    window.show_home()
    before = shown(window)
    window.quit_overlay.open()
    assert_evenly_dimmed(window, before, window.quit_overlay, {})
    window.quit_overlay.hide()
    window.facilitator.open("panel")
    gate = window.facilitator.pin_gate
    assert gate is not None and gate.isVisible()
    assert_evenly_dimmed(window, before, gate, {})
