"""Checks of the elder-friendly numbers on whatever a window shows right now.

Used by the tests on every screen at every supported size, and usable by hand on a live
window. Each finding names the widget and says what is wrong."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

from kiosk.contrast import contrast_ratio
from ui.theme import TEXT_PAIRS, Theme
from ui.widgets.overlay import Overlay

# Widget state is read from Python attributes, never with QObject.property(): in PySide6
# 6.12 reading a property that was never set returns None without a reference, and enough
# such calls crash the interpreter at exit ("none_dealloc").

MIN_CONTRAST = 7.0


@dataclass(frozen=True)
class Finding:
    widget: str
    problem: str

    def __str__(self) -> str:
        return f"{self.widget}: {self.problem}"


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    label = f" {text[:40]!r}" if text else ""
    return f"{type(widget).__name__}#{widget.objectName() or '?'}{label}"


def _visible(window: QWidget) -> list[QWidget]:
    """What the resident can see and touch: an open overlay hides everything under it."""
    shown = [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]
    layers = [w for w in shown if isinstance(w, Overlay)]
    if layers:
        top = layers[-1]
        return [w for w in shown if top.isAncestorOf(w)]
    return shown


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _gap(a: QRect, b: QRect) -> int:
    dx = max(b.left() - a.right() - 1, a.left() - b.right() - 1, 0)
    dy = max(b.top() - a.bottom() - 1, a.top() - b.bottom() - 1, 0)
    return max(dx, dy)


def check_targets(window: QWidget, theme: Theme) -> list[Finding]:
    buttons = [
        w
        for w in _visible(window)
        if (isinstance(w, QAbstractButton) and w.isEnabled()) or getattr(w, "tappable", False)
    ]
    findings = [
        Finding(_name(b), f"touch target {b.width()}x{b.height()} px < {theme.target} px")
        for b in buttons
        if min(b.width(), b.height()) < theme.target
    ]
    rects = [(b, _global_rect(b)) for b in buttons]
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if _gap(ra, rb) < theme.spacing:
                findings.append(
                    Finding(
                        _name(a), f"only {_gap(ra, rb)} px from {_name(b)} (< {theme.spacing} px)"
                    )
                )
    return findings


def _text_widgets(window: QWidget) -> list[QLabel | QPushButton]:
    return [
        w for w in _visible(window) if isinstance(w, (QLabel, QPushButton)) and w.text().strip()
    ]


def check_text(window: QWidget, theme: Theme) -> list[Finding]:
    findings = []
    for widget in _text_widgets(window):
        px = QFontInfo(widget.font()).pixelSize()
        caption = widget.objectName() in ("caption", "sentence")
        least = theme.caption_px if caption else theme.body_px
        if px < least:
            findings.append(Finding(_name(widget), f"text {px} px < {least} px"))
        findings.extend(_clipping(widget))
    return findings


def _clipping(widget: QLabel | QPushButton) -> list[Finding]:
    """Text that does not fit its widget is cut off (or, for diacritics, loses its marks)."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        need_w = widget.minimumSizeHint().width()
        need_h = widget.heightForWidth(widget.width())
    else:
        hint = widget.sizeHint()
        need_w, need_h = hint.width(), hint.height()
    findings = []
    if need_w > widget.width() + 1:
        findings.append(
            Finding(_name(widget), f"text needs {need_w} px wide, has {widget.width()}")
        )
    if need_h > widget.height() + 1:
        findings.append(
            Finding(_name(widget), f"text needs {need_h} px high, has {widget.height()}")
        )
    metrics = widget.fontMetrics()
    marks = metrics.tightBoundingRect("Ặ ỹ Ộ")
    if -marks.top() > metrics.ascent() or marks.bottom() > metrics.descent():
        findings.append(Finding(_name(widget), "Vietnamese diacritics overflow the font's line"))
    return findings


def check_contrast() -> list[Finding]:
    return [
        Finding(f"theme {name}", f"contrast {contrast_ratio(fg, bg):.2f} < {MIN_CONTRAST}")
        for name, (fg, bg) in TEXT_PAIRS.items()
        if contrast_ratio(fg, bg) < MIN_CONTRAST
    ]


def audit(window: QWidget, theme: Theme) -> list[Finding]:
    return check_targets(window, theme) + check_text(window, theme) + check_contrast()
