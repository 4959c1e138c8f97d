"""Play one sound file to its end through QtMultimedia (for `kiosk say`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer


def play_file(path: Path, timeout_s: float = 120.0) -> str:
    """Play `path`; returns "" when it played, or why it could not be heard."""
    app = QCoreApplication.instance() or QCoreApplication([])
    player = QMediaPlayer()
    output = QAudioOutput()
    player.setAudioOutput(output)
    problems: list[str] = []
    if not QMediaDevices.audioOutputs():
        problems.append("no sound card found: the file played silently")

    def status(state: QMediaPlayer.MediaStatus) -> None:
        if state in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            app.quit()

    def error(_: QMediaPlayer.Error, message: str) -> None:
        problems.append(message)
        app.quit()

    player.mediaStatusChanged.connect(status)
    player.errorOccurred.connect(error)
    player.setSource(QUrl.fromLocalFile(str(path)))
    player.play()
    QTimer.singleShot(int(timeout_s * 1000), app.quit)
    app.exec()
    return "; ".join(problems)
