"""Plays a step's narration: its sentences in order, as soon as each is ready.

The player runs through QMediaPlayer's states even with no sound card (it plays silently),
so a lesson goes on the same way everywhere. When speech is unavailable the narrator says so
once through `notice`, and the lesson goes on as text alone."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Q_ARG, QGenericArgumentHolder, QMetaObject, QObject, Qt, QUrl, Signal

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

from kiosk.narration.model import SPEEDS
from kiosk.narration.script import StepScript
from kiosk.narration.sentences import split_sentences
from ui.speech import Sentence, SpeechService

log = logging.getLogger(__name__)

WHOLE_STEP = -1  # sentence index used while a recorded voice plays the whole step
ASIDE = -3  # sentence index of what is said outside the step (praise, a hint): no highlight
MAX_FAILURES = 2  # sentences in a row that fail before the narrator gives up on a step


class Narrator(QObject):
    sentence_started = Signal(int)  # index of the caption sentence being read; -1: all
    playing = Signal()  # audio started (for the benchmark and tests)
    finished = Signal()  # the whole step has been read
    state_changed = Signal(str)  # "idle", "waiting", "playing", "paused"
    notice = Signal(str)  # why there is no voice; "" when there is one again

    def __init__(
        self,
        service: SpeechService,
        *,
        speed: str = "normal",
        volume: int = 80,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.speed = speed
        self.language = "vi"
        self.scripts: tuple[StepScript, ...] = ()
        self.step = 0
        self.queue: list[tuple[int, str]] = []  # (caption sentence, key) still to play
        self.current = -2
        self.state = "idle"
        self.ready: dict[str, str] = {}  # sentence key -> WAV path
        self.unavailable: dict[str, str] = {}  # language ("" for all) -> reason
        self.failures = 0
        self.volume = volume
        self._media: QMediaPlayer | None = None
        self._audio: QAudioOutput | None = None
        self._source = QUrl()  # what the player was last asked to play
        service.ready.connect(self._ready)
        service.failed.connect(self._failed)
        service.unavailable.connect(self._unavailable)

    @property
    def media(self) -> QMediaPlayer:
        """The player, made at the first sentence: loading FFmpeg is kept out of start-up."""
        if self._media is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer  # loads FFmpeg

            self._audio = QAudioOutput(self)
            self._audio.setVolume(self.volume / 100)
            self._media = QMediaPlayer(self)
            self._media.setAudioOutput(self._audio)
            self._media.mediaStatusChanged.connect(self._media_status)
            self._media.playbackStateChanged.connect(self._playback_state)
            self._media.errorOccurred.connect(self._media_error)
        return self._media

    # --- what the lesson screen asks ------------------------------------------------------
    def open_lesson(self, scripts: Sequence[StepScript], language: str) -> None:
        self.stop()
        self.scripts = tuple(scripts)
        self.step = 0
        self.language = language
        self.notice.emit(self.reason_unavailable())

    def speak_text(self, text: str, language: str) -> None:
        """Say one text aloud (praise, a hint, an instruction outside a lesson), sentence by
        sentence, without touching the lesson's steps: the next step, Listen again, Pause
        and the speed go on as before. Nothing of the caption is highlighted meanwhile."""
        from kiosk.narration.normalize import normalize

        self._halt()
        sentences = [
            Sentence(language, self.speed, normalize(sentence, language, {}))
            for sentence in split_sentences(text) or [text]
        ]
        sentences = [s for s in sentences if s.text.strip()]
        if not sentences:
            return
        self.queue = [(ASIDE, s.key) for s in sentences]
        # What is said now is prepared first, then the lesson as it was planned.
        self.service.plan([s for s in sentences if s.key not in self.ready] + self._wanted())
        self._advance()

    def reason_unavailable(self, language: str = "") -> str:
        return self.unavailable.get("", "") or self.unavailable.get(language or self.language, "")

    def _sentence(self, text: str) -> Sentence:
        return Sentence(self.language, self.speed, text)

    def _wanted(self) -> list[Sentence]:
        """The lesson's sentences still to prepare: the current step first, then the ones
        after it, then the ones before."""
        if not self.scripts:
            return []
        step = min(self.step, len(self.scripts) - 1)
        order = list(range(step, len(self.scripts))) + list(range(step))
        wanted = [
            self._sentence(spoken.text)
            for index in order
            if self.scripts[index].recording is None
            for spoken in self.scripts[index].spoken
        ]
        return [s for s in wanted if s.key not in self.ready]

    def _plan_from(self, step: int) -> None:
        self.step = step
        self.service.plan(self._wanted())

    def play_step(self, step: int, *, autoplay: bool = True) -> None:
        """Stop what plays, plan from `step`, and read it from the start if `autoplay`."""
        self._halt()
        self.failures = 0
        if not self.scripts:
            return
        if not 0 <= step < len(self.scripts):
            log.warning("narration: no step %d in a lesson of %d", step + 1, len(self.scripts))
            return
        self._plan_from(step)
        if autoplay:
            self.listen_again()

    def listen_again(self) -> None:
        self._halt()
        if not self.scripts:
            return
        script = self.scripts[self.step]
        if script.recording is not None:
            self._play_file(WHOLE_STEP, script.recording)
            return
        self.queue = [(s.shown, self._sentence(s.text).key) for s in script.spoken]
        self._advance()

    def replay_sentence(self, shown: int) -> None:
        """Read again the spoken sentences that belong to caption sentence `shown`."""
        self._halt()
        if not self.scripts or self.scripts[self.step].recording is not None:
            self.listen_again()
            return
        script = self.scripts[self.step]
        self.queue = [
            (s.shown, self._sentence(s.text).key) for s in script.spoken if s.shown == shown
        ]
        self._advance()

    def toggle_pause(self) -> None:
        if self.state == "playing":
            self._command("pause")
            self._set_state("paused")
        elif self.state == "paused":
            self._command("play")
            self._set_state("playing")
        else:
            self.listen_again()

    def set_speed(self, speed: str) -> None:
        if speed not in SPEEDS:
            raise ValueError(f"unknown speed {speed!r}")
        self.speed = speed
        if self.scripts:
            self.play_step(self.step)

    def set_volume(self, volume: int) -> None:
        self.volume = max(0, min(100, volume))
        if self._audio is not None:
            self._audio.setVolume(self.volume / 100)

    def stop(self) -> None:
        self._halt()
        self.scripts = ()
        self.service.plan(())

    # --- playing --------------------------------------------------------------------------
    def _halt(self) -> None:
        self.queue = []
        self.current = -2
        if self._media is not None:
            self._command("stop")
        self._set_state("idle")

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _advance(self) -> None:
        if not self.queue:
            if self.current != -2:
                self.current = -2
                self._set_state("idle")
                self.finished.emit()
            return
        shown, key = self.queue[0]
        path = self.ready.get(key)
        if path is None:
            if self.reason_unavailable(key.split("|", 1)[0]):
                self.queue = []
                self._set_state("idle")
                return
            self._set_state("waiting")  # `_ready` goes on when it comes
            return
        self.queue.pop(0)
        self._play_file(shown, Path(path))

    def _command(self, name: str, *args: QGenericArgumentHolder) -> None:
        """Ask the player to `stop`, `pause`, `play` or `setSource`, from the event loop.

        Never called directly from Python: these calls wait for QtMultimedia's FFmpeg threads,
        and those threads, while they disconnect from or tell this player's Python wrapper,
        wait for Python's lock, which a direct call holds: both would wait for ever (seen as
        a frozen kiosk in the soak). A queued call runs in the event loop, in C++, without
        Python's lock; the calls keep their order."""
        media = self.media
        QMetaObject.invokeMethod(media, name, Qt.ConnectionType.QueuedConnection, *args)

    def _play_file(self, shown: int, path: Path) -> None:
        self.current = shown
        self._source = QUrl.fromLocalFile(str(path))
        self._command("setSource", Q_ARG(QUrl, self._source))
        self._command("play")
        self._set_state("playing")
        self.sentence_started.emit(shown)

    def _media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        # The end of what plays now, not of a sentence stopped before the new one was set.
        if (
            status == QMediaPlayer.MediaStatus.EndOfMedia
            and self.state == "playing"
            and self.media.source() == self._source
        ):
            self._advance()

    def _playback_state(self, state: QMediaPlayer.PlaybackState) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if state == QMediaPlayer.PlaybackState.PlayingState:
            self.playing.emit()

    def _media_error(self, error: QMediaPlayer.Error, message: str) -> None:
        log.warning("cannot play %s: %s", self.media.source().toLocalFile(), message)
        if self.state == "playing" and self.media.source() == self._source:
            self._advance()

    # --- from the speech service ----------------------------------------------------------
    def _ready(self, key: str, path: str) -> None:
        self.ready[key] = path
        self.failures = 0
        if self.state == "waiting" and self.queue and self.queue[0][1] == key:
            self._advance()

    def _failed(self, key: str, reason: str) -> None:
        if self.state == "waiting" and self.queue and self.queue[0][1] == key:
            self.failures += 1
            self.queue.pop(0)
            if self.failures >= MAX_FAILURES:
                self.unavailable[""] = reason
                self.notice.emit(reason)
                self.queue = []
                self._set_state("idle")
                return
            self._advance()

    def _unavailable(self, language: str, reason: str) -> None:
        if self.unavailable.get(language) == reason:
            return
        self.unavailable[language] = reason
        if language in ("", self.language):
            self.notice.emit(reason)
            if self.state == "waiting":
                self.queue = []
                self._set_state("idle")
