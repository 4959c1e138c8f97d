"""The short beep of a card read: resources/sounds/scan_beep.wav (150 ms of 1,200 Hz, 16-bit
mono at 22,050 Hz, faded in and out over 10 ms), played by a QSoundEffect.

With no sound card the effect's status is an error and nothing is heard: the page goes on the
same. Loaded when the page opens (QtMultimedia is loaded then, not at start-up), so that the
beep is ready at the read; played through the event loop, never by a direct call (the same
reason as the narrator's `_command`: QtMultimedia's threads may wait for Python's lock)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, Qt, QTimer, QUrl

from kiosk.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

OUTLIVE_MS = 1000  # a beep handed on lives this long (the sound lasts 150 ms)


def beep_path() -> Path:
    return resources_dir() / "sounds" / "scan_beep.wav"


class Beep(QObject):
    def __init__(self, volume: int = 80, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.volume = max(0, min(100, volume))
        self.played = 0
        self._effect: QSoundEffect | None = None

    def load(self) -> QSoundEffect:
        if self._effect is None:
            from PySide6.QtMultimedia import QSoundEffect  # loads QtMultimedia

            self._effect = QSoundEffect(self)
            self._effect.setVolume(self.volume / 100)
            self._effect.setSource(QUrl.fromLocalFile(str(beep_path())))
        return self._effect

    def play(self) -> None:
        effect = self.load()
        self.played += 1
        QMetaObject.invokeMethod(effect, "play", Qt.ConnectionType.QueuedConnection)

    def play_outliving(self, owner: QObject | None) -> None:
        """Play, handed to `owner` (the page under the one closing) for as long as the beep
        lasts, then gone: a page taken away at once would otherwise cut its own beep off."""
        if owner is not None:
            self.setParent(owner)
            QTimer.singleShot(OUTLIVE_MS, self, self.deleteLater)
        self.play()
