"""Kênh chính thức: the commune's and the nation's official channels as QR codes that a
phone scans from the screen. Touching one shows it large, with how to scan it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.channels.model import Channel, ChannelRegistry, short_address
from ui.resources import load_icon
from ui.screens.base import Screen
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.pager import Pager
from ui.widgets.qr_view import QrView
from ui.widgets.top_bar import TopBar

COLUMNS = 3
CODE_PX = 160  # the least side of a code on the list (at 1080 lines), its quiet zone aside


def channel_columns(theme: Theme) -> int:
    """Three codes a row, or two where three would cut them (an upright 768-wide screen): a
    code with its quiet zone and the tile's frame needs about 270 px."""
    need = round(theme.px(CODE_PX) * 1.4) + theme.px(40)  # a quiet zone of 4 modules a side
    room = theme.screen_width - 2 * theme.margin
    return COLUMNS if COLUMNS * need + (COLUMNS - 1) * theme.px(28) <= room else COLUMNS - 1


class ChannelTile(QPushButton):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.theme = theme
        self.channel_id = ""
        self.code = QrView(theme.px(CODE_PX))
        self.title = QLabel()
        self.title.setObjectName("tileTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QVBoxLayout(self)
        m = theme.px(12)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(theme.px(6))
        layout.addWidget(self.code, 1)
        layout.addWidget(self.title)

    def show_channel(self, channel: Channel, language: str) -> None:
        self.channel_id = channel.id
        self.code.set_text(channel.url)
        self.title.setText(channel.label(language))
        self.setAccessibleName(channel.label(language))


class ChannelsScreen(Screen):
    home_requested = Signal()
    speak = Signal(str)  # an instruction to read aloud

    def __init__(self, theme: Theme, registry: ChannelRegistry, parent: QWidget | None = None):
        super().__init__(theme, parent)
        self.registry = registry
        self.language = "vi"
        self.page = 0
        self.current: Channel | None = None

        self.bar = TopBar(theme)
        self.bar.home_clicked.connect(self.home_requested)
        self.views = QStackedWidget()

        # The list: tiles, and paging buttons.
        listing = QWidget()
        grid = QGridLayout()
        grid.setSpacing(theme.spacing + theme.px(8))
        self.tiles: list[ChannelTile] = []
        # Two rows of codes fit where the screen has 1000 lines or more; one row below that.
        rows = 2 if theme.screen_height >= 1000 else 1
        columns = channel_columns(theme)
        for index in range(columns * rows):
            tile = ChannelTile(theme)
            policy = tile.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            tile.setSizePolicy(policy)
            tile.clicked.connect(lambda _=False, t=tile: self.open_channel(t.channel_id))
            grid.addWidget(tile, index // columns, index % columns)
            self.tiles.append(tile)
        self.pager = Pager(theme)
        self.pager.page_requested.connect(self.show_page)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        list_layout = QVBoxLayout(listing)
        m = theme.margin
        list_layout.setContentsMargins(m, m, m, m)
        list_layout.setSpacing(theme.spacing + theme.px(8))
        list_layout.addLayout(grid, 1)
        list_layout.addWidget(self.empty)
        list_layout.addWidget(self.pager)

        # One channel, large.
        detail = QWidget()
        self.big_code = QrView(theme.px(320))
        self.big_title = QLabel()
        self.big_title.setProperty("role", "title")
        self.big_title.setWordWrap(True)
        self.address = QLabel()
        self.address.setObjectName("address")
        self.address.setWordWrap(True)
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.how.setProperty("role", "caption")
        self.how.setObjectName("caption")
        self.back = BigButton("secondary")
        self.back.setIcon(load_icon("back"))
        self.back.setIconSize(QSize(theme.px(40), theme.px(40)))
        self.back.setFixedHeight(theme.button_height)
        self.back.clicked.connect(self.show_list)
        words = QVBoxLayout()
        words.setSpacing(theme.px(24))
        words.addWidget(self.big_title)
        words.addWidget(self.address)
        words.addWidget(self.how, 1)
        detail_layout: QBoxLayout
        if theme.portrait:  # the code across the top, the words under it, the button last
            self.back.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            detail_layout = QVBoxLayout(detail)
            detail_layout.setSpacing(theme.px(32))
            detail_layout.addWidget(self.big_code, 1)
            detail_layout.addLayout(words)
            detail_layout.addWidget(self.back)
        else:
            words.addWidget(self.back)
            detail_layout = QHBoxLayout(detail)
            detail_layout.setSpacing(theme.px(48))
            detail_layout.addWidget(self.big_code, 1)
            detail_layout.addLayout(words, 1)
        detail_layout.setContentsMargins(m, m, m, m)

        self.views.addWidget(listing)
        self.views.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.views, 1)
        self.retranslate()

    @property
    def channels(self) -> tuple[Channel, ...]:
        return self.registry.shown()

    @property
    def page_count(self) -> int:
        return max(1, -(-len(self.channels) // len(self.tiles)))

    def set_language(self, language: str) -> None:
        """Labels follow the language; the codes are drawn when the screen is next shown."""
        self.language = language
        if self.isVisible():
            self.show_page(self.page)

    def show_page(self, page: int) -> None:
        self.page = min(max(0, page), self.page_count - 1)
        start = self.page * len(self.tiles)
        shown = self.channels[start : start + len(self.tiles)]
        for index, tile in enumerate(self.tiles):
            if index < len(shown):
                tile.show_channel(shown[index], self.language)
                tile.show()
            else:
                tile.hide()
        self.pager.show_position(self.page, self.page_count)
        self.empty.setVisible(not self.channels)
        self.retranslate()

    def show_list(self) -> None:
        self.current = None
        self.views.setCurrentIndex(0)
        self.retranslate()

    def open_channel(self, channel_id: str) -> None:
        channel = self.registry.get(channel_id)
        if channel is None or not channel.configured:
            return
        self.current = channel
        self.big_code.set_text(channel.url)
        self.big_title.setText(channel.label(self.language))
        self.address.setText(short_address(channel.url))
        self.views.setCurrentIndex(1)
        self.retranslate()
        self.speak.emit(self.how.text())

    def instruction(self, channel: Channel) -> str:
        if channel.kind == "phone":
            return self.tr(
                "Open your phone's camera and point it at this code. "
                "Then touch the number that appears to call."
            )
        if channel.kind == "app":
            return self.tr(
                "Point the phone's camera at this code, and touch the words that appear "
                "to get the app."
            )
        if channel.id.startswith("commune-zalo"):
            return self.tr(
                "Open Zalo and touch the QR button at the top. "
                "Point the camera at this code, then touch Follow."
            )
        return self.tr(
            "Open Zalo or your phone's camera and point it at this code. "
            "Then touch the link that appears."
        )

    def retranslate(self) -> None:
        self.bar.title.setText(self.tr("Official channels"))
        self.back.setText(self.tr("All channels"))
        self.empty.setText(self.tr("No channels yet. Please ask the facilitator."))
        if self.current is not None:
            self.how.setText(self.instruction(self.current))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.current is not None:
                self.show_list()
            else:
                self.home_requested.emit()
        else:
            super().keyPressEvent(event)
