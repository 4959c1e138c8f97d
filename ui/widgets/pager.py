"""Big "previous page / next page" buttons and "Page 1 / 3", instead of scrolling."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

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
        self.previous.clicked.connect(lambda: self.page_requested.emit(self.page - 1))
        self.next = BigButton("primary")
        self.next.setIcon(load_icon("next_white"))
        self.next.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # arrow after the words
        self.next.clicked.connect(lambda: self.page_requested.emit(self.page + 1))
        for button in (self.previous, self.next):
            button.setFixedHeight(theme.button_height)
            button.setIconSize(QSize(theme.px(40), theme.px(40)))
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the other button never moves
            button.setSizePolicy(policy)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setProperty("role", "muted")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.spacing)
        row.addWidget(self.previous, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.next, 2)
        self.retranslate()

    def show_position(self, page: int, count: int) -> None:
        self.page, self.count = page, count
        self.previous.setVisible(page > 0)
        self.next.setVisible(page < count - 1)
        self.retranslate()

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
