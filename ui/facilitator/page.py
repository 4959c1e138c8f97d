"""What every facilitator page shares: the bar, the margins, the language of its data."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.facilitator.layout import ActionArea, page_margin, two_columns
from ui.facilitator.widgets import PanelBar
from ui.screens.base import Screen
from ui.theme import Theme


class Page(Screen):
    """A full-panel page. `back_requested` and `lock_requested` come from its bar; `body` is
    the layout under the bar. `language` picks the labels of stored codes (support kinds,
    session kinds) and of record errors; interface texts follow Qt's translator."""

    name = ""
    back_requested = Signal()
    lock_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None, bar: bool = True) -> None:
        super().__init__(theme, parent)
        self.language = "vi"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.bar = PanelBar(theme)
        self.bar.back_clicked.connect(self.go_back)
        self.bar.lock_clicked.connect(self.lock_requested)
        self.bar.setVisible(bar)
        outer.addWidget(self.bar)
        self.body = QVBoxLayout()
        m = page_margin(theme)
        # (At least one spacing under the bar's buttons, whose padding is thinner when short.)
        top = max(theme.px(12), theme.spacing - theme.bar_padding)
        self.body.setContentsMargins(m, top, m, theme.px(12))
        self.body.setSpacing(theme.spacing)
        outer.addLayout(self.body, 1)

    def split(self) -> tuple[QVBoxLayout, ActionArea]:
        """Content on the left, the page's actions on the right (under it when upright)."""
        host = QWidget()
        self.body.addWidget(host, 1)
        return two_columns(self.theme, host)

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def go_back(self) -> None:
        """The bar's Back: one step back; pages with steps go back a step first."""
        self.back_requested.emit()

    def on_show(self) -> None:
        """Called each time the panel brings this page up."""
