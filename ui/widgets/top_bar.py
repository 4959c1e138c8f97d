"""The bar at the top of every screen but the attract loop: Home always in the left corner."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from ui.resources import load_icon
from ui.theme import Theme
from ui.widgets.buttons import BigButton


class TopBar(QWidget):
    home_clicked = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topbar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedHeight(theme.target + 2 * theme.px(12))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.px(12), theme.px(12), theme.margin, theme.px(12))
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

        self.title = QLabel()
        self.title.setObjectName("barTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.right = QLabel()
        self.right.setObjectName("barRight")
        self.right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.right.setMinimumWidth(theme.px(250))

        layout.addWidget(self.home)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.right)
        self.retranslate()

    def retranslate(self) -> None:
        self.home.setText(self.tr("Home"))

    def changeEvent(self, event):  # type: ignore[no-untyped-def]
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
