"""The bar at the top of every screen but the attract loop: Home always in the left corner."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from ui.resources import load_icon
from ui.theme import Theme
from ui.widgets.buttons import BigButton


class BarTitle(QLabel):
    """The bar's title, on one or two lines; a title that needs more (a long lesson title on an
    upright screen) is cut after its last whole word that fits, and ends with "…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self._fitting = False

    def setText(self, text: str) -> None:
        self.full_text = text
        self.setAccessibleName(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fits(self, text: str) -> bool:
        QLabel.setText(self, text)
        return self.heightForWidth(self.width()) <= self.height()

    def _fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            words = self.full_text.split()
            if self.width() > 0 and self.height() > 0 and not self._fits(self.full_text):
                for count in range(len(words) - 1, 0, -1):
                    if self._fits(" ".join(words[:count]).rstrip(",.:;") + "…"):
                        break
            else:
                QLabel.setText(self, self.full_text)
        finally:
            self._fitting = False


class TopBar(QWidget):
    home_clicked = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topbar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedHeight(theme.bar_height)
        layout = QHBoxLayout(self)
        # No margin above and below: a long title may take two lines of the bar's height;
        # the buttons keep theirs, centred.
        layout.setContentsMargins(theme.px(12), 0, theme.margin, 0)
        layout.setSpacing(theme.spacing)

        self.home = BigButton("home")
        self.home.setObjectName("home")
        self.home.setFixedHeight(theme.target)
        self.home.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.home.setMinimumWidth(theme.px(250))
        self.home.setIcon(load_icon("home"))
        self.home.setIconSize(QSize(theme.px(40), theme.px(40)))
        # Hidden on the home screen itself, but its place is kept so nothing else moves.
        policy = self.home.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.home.setSizePolicy(policy)
        self.home.clicked.connect(self.home_clicked)

        self.title = BarTitle()
        self.title.setObjectName("barTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.right = QLabel()
        self.right.setObjectName("barRight")
        self.right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # As wide as Home, so that the title stays in the middle; narrower on an upright screen.
        narrow = theme.screen_width < 1000 * theme.scale
        self.right.setMinimumWidth(theme.px(190) if narrow else theme.px(250))

        layout.addWidget(self.home)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.right)
        self.retranslate()

    def retranslate(self) -> None:
        self.home.setText(self.tr("Home"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
