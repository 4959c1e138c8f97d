"""Overlays that cover the whole window: a dark veil and one white card in the middle."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.theme import SCRIM, Theme

log = logging.getLogger(__name__)


class Overlay(QWidget):
    """Covers its parent completely and follows its size; swallows touches outside the card."""

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent)
        self.theme = theme
        self.card = QWidget(self)
        self.card.setObjectName("card")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card_layout = QVBoxLayout(self.card)
        p = theme.px(48)
        self.card_layout.setContentsMargins(p, p, p, p)
        self.card_layout.setSpacing(theme.px(32))
        # Centred by stretches, not by alignment: the layout then gives the card the height
        # its wrapped words need at the card's own width (an aligned card is asked its height
        # for the whole window's width, and its words are cut).
        across = QHBoxLayout()
        across.addStretch(1)
        across.addWidget(self.card)
        across.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(across)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.card.installEventFilter(self)
        self.hide()

    def card_width(self, at_1080: int) -> int:
        """Give the card a fixed width: `at_1080` scaled, or the screen less its margins where
        that is less (an upright 768-wide screen). Returns the room inside the card."""
        width = min(self.theme.px(at_1080), self.theme.screen_width - 2 * self.theme.margin)
        self.card.setFixedWidth(width)
        margins = self.card_layout.contentsMargins()
        return width - margins.left() - margins.right()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._cover_parent()
        elif watched is self.card and event.type() == QEvent.Type.LayoutRequest:
            # New words in the card: the height it needs at its width is asked for again
            # (the layout around it keeps the old answer until told).
            self.card.updateGeometry()
        return False

    def _cover_parent(self) -> None:
        parent = self.parentWidget()
        assert parent is not None  # made with one, never taken from it
        self.setGeometry(parent.rect())

    def open(self) -> None:
        self._cover_parent()
        if not self.isVisible():
            log.info("overlay %s", self.objectName() or type(self).__name__)
        self.show()
        self.raise_()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set texts in the current language."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        veil = QColor(SCRIM)
        veil.setAlpha(170)
        painter.fillRect(self.rect(), veil)
        painter.end()
