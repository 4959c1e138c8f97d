"""Where the lesson player puts things, for every screen shape.

The step's picture is the largest thing on the screen (the words a step asks a resident to
read, and the places a practice step asks them to touch, are in it). Its box is worked out
from the screen alone, so the pack check (kiosk/lessons/checks.py) can rely on it:

- landscape: the top bar; the picture on the left, as tall as the room between the bar and
  the big buttons allows, the words (caption, task) on its right with the voice controls
  under them; Back, Listen again and Next along the bottom. On a short wide screen (fewer
  than 900 lines: 1366x768, 1280x800, 1280x720) the words need every line of their column,
  so the voice controls join the bottom row: [Back][Pause][Speed][Listen again][Next], Back
  bottom-left and Next bottom-right as on every screen. On a 4:3 screen five buttons do not
  fit the width, and the picture's width (not its height) is what limits it, so the voice
  controls go under the picture instead;
- portrait (an upright kiosk): the top bar; the picture across the width; the words under it;
  the voice controls, then Back, Listen again and Next at the bottom.

Where a step's words need more lines than that leaves them, the caption shrinks a pixel at a
time, only on the screens whose pixels are physically large and never below 34 px
(`fit_caption`, Theme.caption_least_px).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.theme import Theme
from ui.widgets.sentences import SentenceView

PICTURE_RATIO = 3 / 4  # height over width of the bundled pictures (1200 x 900)
WIDE = 1.5  # less wide than this for its height (4:3): the voice controls go under the picture


@dataclass(frozen=True)
class LessonGeometry:
    picture: QSize  # the picture's box
    margin: int  # around the screen's content
    gap: int  # between the picture and the words
    row_gap: int  # between rows (picture, voice controls, big buttons)
    text_width: int  # the words' column (landscape) or the width under the picture
    button_height: int  # the big buttons along the bottom
    bottom: int  # under them
    voice_under_picture: bool
    voice_in_buttons: bool  # Pause and Speed between Back and Listen again
    words_gap: int  # between the caption and the task box
    hand: int  # the task box's hand symbol
    task_margins: tuple[int, int]  # inside the task box's frame: left and right, top and bottom


def lesson_geometry(theme: Theme) -> LessonGeometry:
    w, h = theme.screen_width, theme.screen_height
    short = theme.short
    narrow = w < 1000 * theme.scale
    margin = theme.px(16) if short or narrow or theme.portrait else theme.margin
    gap = theme.px(24) if short else theme.px(40)
    tight = h < 760  # 720 lines: every line goes to the picture
    row_gap = theme.px(6) if tight else theme.px(10) if short else theme.spacing
    # An upright screen of 768 pixels gives the picture its whole width, and the words every
    # line left: its big buttons are those of a short screen. At 720 lines they are one touch
    # target high: the 8 px go to the words.
    bottom = theme.px(8) if tight else theme.px(12) if short or narrow else theme.margin
    button = theme.button_height
    if tight or narrow:
        button = theme.target if tight else theme.target + theme.px(8)
    voice = theme.target + theme.spacing  # the voice controls' row and its gap
    # Where the words are short of room (short or narrow screens), the task box is drawn
    # tighter: a smaller hand leaves its words more width, and less frame around them.
    compact = short or narrow
    words_gap = theme.px(12) if compact else theme.px(24)
    hand = theme.px(48) if compact else theme.px(64)
    task_margins = (theme.px(12), theme.px(6)) if compact else (theme.px(16), theme.px(12))
    task = (words_gap, hand, task_margins)
    if theme.portrait:
        width = w - 2 * margin
        # Under the picture: at least the caption's worth of words, the task, the controls.
        rest = theme.bar_height + voice + button + bottom + 4 * row_gap
        words = theme.px(400)
        height = min(round(width * PICTURE_RATIO), h - rest - words)
        width = min(width, round(height / PICTURE_RATIO))
        picture = QSize(width, height)
        text = w - 2 * margin
        return LessonGeometry(
            picture, margin, gap, row_gap, text, button, bottom, False, False, *task
        )
    room = h - theme.bar_height - button - 2 * row_gap - bottom
    under = w / h < WIDE
    # The words' least width: on a 4:3 screen 430 px (its 34-px captions); else 510 px, and
    # 530 px at 720 lines, where the column is shorter (at 1280x800 the picture takes the 20
    # px: its least practice target grows from 62 to 64 px).
    words = theme.px(430) if under else theme.px(530) if tight else theme.px(510)
    height = room - voice if under else room
    width = min(round(height / PICTURE_RATIO), w - 2 * margin - gap - words)
    height = min(height, round(width * PICTURE_RATIO))
    text = w - 2 * margin - gap - width
    in_buttons = short and not under
    picture = QSize(width, height)
    return LessonGeometry(
        picture, margin, gap, row_gap, text, button, bottom, under, in_buttons, *task
    )


def arrange(
    screen: QWidget,
    theme: Theme,
    *,
    bar: QWidget,
    picture: QWidget,
    words: QLayout,
    voice: QBoxLayout,
    buttons: QBoxLayout,
) -> LessonGeometry:
    """Lay the player's parts out on `screen` for its theme's screen; returns the geometry."""
    geo = lesson_geometry(theme)
    picture.setFixedSize(geo.picture)
    m, short = geo.margin, theme.short
    buttons.setContentsMargins(m, geo.row_gap, m, geo.bottom)
    narrow = theme.screen_width < 1000 * theme.scale
    crowded = geo.voice_in_buttons and theme.screen_width < 1366 * theme.scale
    spacing = theme.spacing if narrow or crowded else theme.px(24) if short else theme.px(40)
    buttons.setSpacing(spacing)
    if geo.voice_in_buttons:  # [Back][Pause][Speed][Listen again][Next]
        for place, widget in enumerate(_widgets(voice), start=1):
            voice.removeWidget(widget)
            buttons.insertWidget(place, widget)
    # Each button its words' width, and an equal share of what is left: equal shares of the
    # whole row would cut "Listen again" while "Back" has room to spare.
    for index, item in enumerate(_widgets(buttons)):
        if isinstance(item, QLabel):  # the no-voice notice, in Pause and Speed's place
            # It takes what the three buttons leave (its words wrap), never their room.
            item.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        buttons.setStretch(index, 1 if isinstance(item, QLabel) else 0)
    for button in _buttons(buttons):
        button.setFixedHeight(geo.button_height)
    if narrow or crowded:  # three (or five) big buttons side by side: smaller icons
        for button in _buttons(buttons):
            button.setIconSize(QSize(theme.px(32), theme.px(32)))

    layout = QVBoxLayout(screen)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(bar)
    middle: QBoxLayout
    if theme.portrait:
        middle = QVBoxLayout()
        # (On a 768-pixel upright screen the picture comes nearer the bar and the words.)
        middle.setContentsMargins(m, theme.px(10) if narrow else geo.row_gap, m, 0)
        middle.setSpacing(geo.row_gap + (0 if narrow else theme.px(6)))
        middle.addWidget(picture, 0)
        middle.addLayout(words, 1)
        middle.addLayout(voice)
    else:
        middle = QHBoxLayout()
        middle.setContentsMargins(m, geo.row_gap, m, 0)
        middle.setSpacing(geo.gap)
        visual = QVBoxLayout()
        visual.setSpacing(theme.spacing)
        visual.addWidget(picture, 0)
        column = QVBoxLayout()
        column.setSpacing(theme.spacing)
        if not (geo.voice_in_buttons or geo.voice_under_picture):
            # The voice controls end higher than the picture: a target's gap above Next.
            # (Words alone may come nearer: the task box is no target, and a caption long
            # enough to reach the buttons is too long for the screen anyway.)
            column.setContentsMargins(0, 0, 0, max(0, theme.spacing - geo.row_gap))
        column.addLayout(words, 1)
        if not geo.voice_in_buttons:
            (visual if geo.voice_under_picture else column).addLayout(voice)
        visual.addStretch(1)
        middle.addLayout(visual, 0)
        middle.addLayout(column, 1)
    layout.addLayout(middle, 1)
    layout.addLayout(buttons)
    return geo


def _widgets(row: QLayout) -> list[QWidget]:
    """The widgets of a row of widgets, in order."""
    items = [row.itemAt(index) for index in range(row.count())]
    return [w for item in items if item is not None and (w := item.widget()) is not None]


def _buttons(row: QLayout) -> list[QAbstractButton]:
    return [widget for widget in _widgets(row) if isinstance(widget, QAbstractButton)]


def settle(screen: QWidget) -> None:
    """Lay `screen` out now, after its words changed. Left to the event loop, a box inside a
    box (a sentence in the caption, the task's words in its frame) takes one pass per level,
    and the first frame drawn shows the words squeezed into the old boxes."""
    inner = [box for w in screen.findChildren(QWidget) if (box := w.layout()) is not None]
    own = screen.layout()
    for _ in range(2):  # the boxes inside first; then again in the sizes the screen gave them
        for box in reversed(inner):
            box.activate()
        if own is not None:
            own.activate()


def fit_caption(screen: QWidget, caption: SentenceView, theme: Theme) -> int:
    """Where a step's words (its caption, and the practice task under it) need more lines than
    the screen has, shrink the caption's font a pixel at a time, down to the theme's least
    caption size (34 px on the screens with large pixels, else no shrinking at all:
    Theme.caption_least_px). Never grows it: the player puts it back at the theme's size at
    each new step. Measured from the screen's own layout at the screen's width (the height
    every line of it needs there), not from the widgets' sizes: a screen not shown yet may
    still have those of another screen. Returns the pixels of height still missing (0: all
    fits)."""
    box = screen.layout()
    if box is None:
        return 0
    screen.ensurePolished()  # the stylesheet's sizes, on words never shown yet
    width, height = theme.screen_width, theme.screen_height
    short = box.totalHeightForWidth(width) - height
    while short > 0 and caption.text_px > theme.caption_least_px:
        caption.set_text_px(caption.text_px - 1)
        settle(screen)
        short = box.totalHeightForWidth(width) - height
    return max(0, short)
