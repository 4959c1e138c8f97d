"""The window's overlays, each made when first opened (the start makes none): "Are you still
there?" (the idle warning), "Close the kiosk program?" (the facilitator's quit question) and a
message over the screen (a printer's answer, a facilitator's notice)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ui.theme import Theme

if TYPE_CHECKING:
    from ui.widgets.idle_overlay import IdleOverlay
    from ui.widgets.message_overlay import MessageOverlay
    from ui.widgets.quit_overlay import QuitOverlay


class Overlays:
    """The overlays over `parent` (the window). `still_here`: the resident's "I am still
    here" on the idle warning; `quit_confirmed`: the facilitator's "Close" on the quit
    question."""

    def __init__(
        self,
        theme: Theme,
        parent: QWidget,
        still_here: Callable[[], None],
        quit_confirmed: Callable[[], None],
    ) -> None:
        self._theme = theme
        self._parent = parent
        self._still_here = still_here
        self._quit_confirmed = quit_confirmed
        self._idle: IdleOverlay | None = None
        self._quit: QuitOverlay | None = None
        self._message: MessageOverlay | None = None

    @property
    def idle(self) -> IdleOverlay:
        """ "Are you still there?": made at the first idle warning."""
        if self._idle is None:
            from ui.widgets.idle_overlay import IdleOverlay

            overlay = IdleOverlay(self._theme, self._parent)
            overlay.still_here.connect(self._still_here)
            self._idle = overlay
        return self._idle

    @property
    def quit(self) -> QuitOverlay:
        """ "Close the kiosk program?": made when the facilitator first asks."""
        if self._quit is None:
            from ui.widgets.quit_overlay import QuitOverlay

            overlay = QuitOverlay(self._theme, self._parent)
            overlay.cancelled.connect(overlay.hide)
            overlay.confirmed.connect(self._quit_confirmed)
            self._quit = overlay
        return self._quit

    @property
    def message(self) -> MessageOverlay:
        """A message over the screen, made when the first is said."""
        if self._message is None:
            from ui.widgets.message_overlay import MessageOverlay

            self._message = MessageOverlay(self._theme, self._parent)
        return self._message

    def show_idle_warning(self, seconds_left: int) -> None:
        overlay = self.idle
        overlay.set_seconds_left(seconds_left)
        if not overlay.isVisible():
            overlay.open()

    def hide(
        self, *, idle: bool = False, message: bool = False, quit_question: bool = False
    ) -> None:
        """Hide those of the overlays named that were made (the rest have nothing to hide)."""
        for wanted, overlay in (
            (idle, self._idle),
            (message, self._message),
            (quit_question, self._quit),
        ):
            if wanted and overlay is not None:
                overlay.hide()
