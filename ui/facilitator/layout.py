"""How a facilitator page's parts are placed on each screen the kiosk supports (1024x768 to
1920x1080, and the upright 1080x1920 and 768x1366), without scrolling: the side margins, the
cards' columns and rows, and the page's actions beside the content (landscape) or under it
(upright), with the page buttons in a row across the page under the content. On a screen of
fewer than 900 lines the bar is lower (PanelBar); where something does not fit, a page shows
less at a time rather than smaller."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from ui.theme import Theme
from ui.widgets.keyboard import side_margin


def page_margin(theme: Theme) -> int:
    """A page's margin at its sides, the same on every page: the theme's, or on a screen
    narrower than 1080 px a thin one, that leaves the keys of a keyboard (1024 wide) and the
    words of the page buttons (768 wide) their room."""
    if theme.screen_width < theme.px(1080):
        return min(theme.px(12), side_margin(theme))
    return min(theme.margin, side_margin(theme))


def card_grid(
    theme: Theme, upright_rows: int = 6, beside_actions: bool = True, least: int = 380
) -> tuple[int, int]:
    """Columns and rows of a page's cards: two columns of three, or on an upright screen one
    column (a name or a lesson title keeps the whole width) of `upright_rows`. Where two
    columns would make a card narrower than `least` px at 1080 lines (beside the column of
    actions on a 1024-wide screen), one column of three: a name or a title must be read."""
    if theme.portrait:
        return 1, upright_rows
    content = theme.screen_width - 2 * page_margin(theme)
    if beside_actions:
        content -= theme.px(340 + 12) + theme.spacing
    if (content - theme.spacing) // 2 < theme.px(least):
        return 1, 3
    return 2, 3


class ActionArea(QWidget):
    """A page's actions. On a landscape screen, a column of a fixed width on the right of the
    content (so a long message in it never squeezes the content); on an upright one, rows
    under the content, buttons two to a row and anything else (a message) across the width.
    Filled like a QVBoxLayout, with its method names: `addWidget`, `insertWidget`,
    `addStretch` (a stretch only counts in the column)."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.upright = theme.portrait
        self.items: list[QWidget | None] = []  # None: a stretch
        self.under = QVBoxLayout()  # placed by two_columns
        self.under.setContentsMargins(0, 0, 0, 0)
        self.box: QBoxLayout | None = None
        self.grid: QGridLayout | None = None
        if self.upright:
            self.grid = QGridLayout(self)
            self.grid.setContentsMargins(0, 0, 0, 0)
            self.grid.setHorizontalSpacing(theme.spacing + theme.px(4))
            self.grid.setVerticalSpacing(theme.spacing)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 1)
        else:
            self.setFixedWidth(theme.px(340))
            self.box = QVBoxLayout(self)
            self.box.setContentsMargins(0, 0, 0, 0)
            self.box.setSpacing(theme.spacing)

    def addWidget(self, widget: QWidget) -> None:
        self.insertWidget(len(self.items), widget)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.items.insert(index, widget)
        if self.box is not None:
            self.box.insertWidget(index, widget)
        else:
            self._place()

    def addStretch(self, stretch: int = 1) -> None:
        self.items.append(None)
        if self.box is not None:
            self.box.addStretch(stretch)

    def _place(self) -> None:
        grid = self.grid
        assert grid is not None
        while grid.count():
            grid.takeAt(0)
        row, column = 0, 0
        for widget in self.items:
            if widget is None:
                continue
            if isinstance(widget, QAbstractButton):
                grid.addWidget(widget, row, column)
                row, column = (row, 1) if column == 0 else (row + 1, 0)
            else:
                row += column  # a message starts a row of its own
                grid.addWidget(widget, row, 0, 1, 2)
                row, column = row + 1, 0


def two_columns(theme: Theme, host: QWidget) -> tuple[QVBoxLayout, ActionArea]:
    """The content, and the page's actions beside it on the right (under it on an upright
    screen). The actions' `under` is a row across the page's whole width, under the content,
    for its page buttons: in the content's column their words would not fit a narrow screen."""
    grid = QGridLayout(host)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(theme.spacing + theme.px(12))
    grid.setVerticalSpacing(theme.spacing)
    left = QVBoxLayout()
    left.setSpacing(theme.spacing)
    side = ActionArea(theme)
    grid.addLayout(left, 0, 0)
    if theme.portrait:
        grid.addLayout(side.under, 1, 0)
        grid.addWidget(side, 2, 0)
    else:
        grid.addWidget(side, 0, 1)
        grid.addLayout(side.under, 1, 0, 1, 2)
    grid.setRowStretch(0, 1)
    grid.setColumnStretch(0, 1)
    return left, side
