"""Checks of the elder-friendly numbers on whatever a window shows right now.

Used by the tests on every screen at every supported size, and usable by hand on a live
window. Each finding names the widget and says what is wrong.

Sizes are pixels, scaled with the screen as the theme scales them, except where a screen's
pixels are physically larger and the same millimetres take fewer of them: step captions on
4:3 and 720-line screens (Theme.caption_least_px), and practice targets on a 4:3 screen (56 px
at 768 lines, a 15-inch panel's 16.6 mm; practice_target_least)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QRect
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

from kiosk.contrast import contrast_ratio
from ui.screens.lesson import LessonScreen
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
    """What the resident can see and touch: an open overlay hides everything under it (as
    does any widget that says it covers its parent whole: `covers_parent`, the webcam's page)."""
    shown = [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]
    layers = [w for w in shown if isinstance(w, Overlay) or getattr(w, "covers_parent", False)]
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
        # (A caption may shrink to make room for its step's words where pixels are large.)
        least = theme.caption_least_px if caption else theme.body_px
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


def check_fits(window: QWidget, theme: Theme) -> list[Finding]:
    """The window is never larger than its screen, nor asks to be (the least size its layout
    needs), and everything shown lies inside the window and inside the widget that holds it:
    what sticks out is cut off, on the glass or by its parent."""
    # Layout requests still queued first: a nested layout tells the one around it through
    # the event queue, and a window's least size read before that is an old one.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    findings = []
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    for what, need, room in (
        ("wide", least.width(), theme.screen_width),
        ("high", least.height(), theme.screen_height),
        ("wide", window.width(), theme.screen_width),
        ("high", window.height(), theme.screen_height),
    ):
        if need > room:
            findings.append(Finding("window", f"{need} px {what}, the screen has {room}"))
    top = _global_rect(window)
    for widget in _visible(window):
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        rect = _global_rect(widget)
        parent = widget.parentWidget()
        holder = _global_rect(parent) if parent is not None and parent is not window else top
        if not holder.contains(rect):
            where = "the window" if holder is top else _name(parent)  # type: ignore[arg-type]
            findings.append(
                Finding(
                    _name(widget),
                    f"{rect.width()}x{rect.height()} at ({rect.x() - top.x()}, "
                    f"{rect.y() - top.y()}) sticks out of {where}",
                )
            )
    return findings


def practice_target_least(theme: Theme) -> float:
    """The least on-screen side of a practice step's target (the place a resident is asked to
    touch in the picture). 66 px at 768 lines: 16.6 mm on a 15.6-inch 1366x768 (0.252 mm
    pixels); on 16:9, 16:10 and upright screens it grows with the screen's short side, as
    every size of the theme does (92.8 px at 1080). A 4:3 screen of 768 lines is a 15-inch
    panel or larger, whose pixels are 0.297 mm: there 56 px are the same 16.6 mm."""
    w, h = theme.screen_width, theme.screen_height
    if h <= w < 1.5 * h:  # 4:3 (5:4)
        return 56 * h / 768
    return 66 * min(w, h) / 768


def check_practice_targets(window: QWidget, theme: Theme) -> list[Finding]:
    """On a lesson screen, the current step's practice target, where the picture puts it
    (Illustration.to_widget), is at least practice_target_least() on its shorter side, to
    the nearest pixel."""
    shown = set(_visible(window))
    least = practice_target_least(theme)
    findings = []
    for screen in window.findChildren(LessonScreen):
        step = screen.step
        if screen.picture not in shown or step is None or step.practice is None:
            continue
        area = screen.picture.to_widget(step.practice.target)
        side = min(area.width(), area.height())
        if round(side) < round(least):
            findings.append(
                Finding(
                    f"practice target of step {screen.index + 1}",
                    f"{area.width():.0f}x{area.height():.0f} px on the screen < {least:.0f} px",
                )
            )
    return findings


def check_contrast() -> list[Finding]:
    return [
        Finding(f"theme {name}", f"contrast {contrast_ratio(fg, bg):.2f} < {MIN_CONTRAST}")
        for name, (fg, bg) in TEXT_PAIRS.items()
        if contrast_ratio(fg, bg) < MIN_CONTRAST
    ]


def check_hall_text(view: QWidget, share: int = 22) -> list[Finding]:
    """What a hall reads on a TV (ui/classroom/audience.py): every text at least 1/`share` of
    the screen's height (49 px at 1080 lines), none clipped."""
    least = view.height() // share
    findings = []
    for widget in _text_widgets(view):
        px = QFontInfo(widget.font()).pixelSize()
        if px < least:
            findings.append(Finding(_name(widget), f"text {px} px < {least} px (1/{share})"))
        findings.extend(_clipping(widget))
    return findings


def audit(window: QWidget, theme: Theme) -> list[Finding]:
    return (
        check_fits(window, theme)
        + check_targets(window, theme)
        + check_text(window, theme)
        + check_practice_targets(window, theme)
        + check_contrast()
    )
