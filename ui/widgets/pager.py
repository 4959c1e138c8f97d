"""Big "previous page / next page" buttons and "Page 1 / 3", instead of scrolling."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.resources import load_icon
from ui.theme import Theme
from ui.widgets.buttons import BigButton


class Pager(QWidget):
    page_requested = Signal(int)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page, self.count = 0, 1
        self.previous = BigButton("secondary")
        self.previous.setIcon(load_icon("back"))
        self.previous.clicked.connect(self._previous)
        self.next = BigButton("primary")
        self.next.setIcon(load_icon("next_white"))
        self.next.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # arrow after the words
        self.next.clicked.connect(self._next)
        for button in (self.previous, self.next):
            button.setFixedHeight(theme.button_height)
            button.setIconSize(QSize(theme.px(40), theme.px(40)))
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the other button never moves
            button.setSizePolicy(policy)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setProperty("role", "muted")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.spacing)
        row.addWidget(self.previous, 2)
        if self.stacked(theme):  # "Trang 2 / 8" above the buttons, which keep their words
            column = QVBoxLayout(self)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(theme.px(8))
            column.addWidget(self.label)
            column.addLayout(row)
        else:
            row.addWidget(self.label, 1)
            self.setLayout(row)
        row.addWidget(self.next, 2)
        # Its buttons' full height, whatever the page above it asks for.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate()

    @staticmethod
    def stacked(theme: Theme) -> bool:
        """On a screen under 900 px wide (an upright 768-wide kiosk) the page number goes
        above the two buttons: between them it would leave neither room for its words."""
        return theme.screen_width < 900 * theme.scale

    def show_position(self, page: int, count: int) -> None:
        self.page, self.count = page, count
        self.previous.setVisible(page > 0)
        self.next.setVisible(page < count - 1)
        self.retranslate()

    def _previous(self) -> None:
        self.page_requested.emit(self.page - 1)

    def _next(self) -> None:
        self.page_requested.emit(self.page + 1)

    def retranslate(self) -> None:
        self.previous.setText(self.tr("Previous page"))
        self.next.setText(self.tr("Next page"))
        self.label.setText(
            self.tr("Page {page} / {count}").format(page=self.page + 1, count=self.count)
            if self.count > 1
            else ""
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
