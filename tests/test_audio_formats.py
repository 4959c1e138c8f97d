"""The recorded-voice formats a pack may use are the ones QtMultimedia's FFmpeg plays here;
others are refused by the checker with a clear message."""

from __future__ import annotations

import math

import numpy as np
import pytest
import soundfile
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

from kiosk.lessons.media import AUDIO_FORMATS
from tests.packbuilder import PackBuilder, broken, lesson_text


def tone(path, seconds: float = 0.4) -> None:  # type: ignore[no-untyped-def]
    rate = 22050
    samples = np.array(
        [0.3 * math.sin(2 * math.pi * 440 * i / rate) for i in range(int(rate * seconds))]
    )
    soundfile.write(str(path), samples, rate)


@pytest.mark.parametrize("suffix", sorted(AUDIO_FORMATS))
def test_every_accepted_format_plays_to_its_end(qapp, qtbot, tmp_path, suffix):
    path = tmp_path / f"voice{suffix}"
    tone(path)
    player = QMediaPlayer()
    output = QAudioOutput()
    player.setAudioOutput(output)
    errors: list[str] = []
    player.errorOccurred.connect(lambda _, message: errors.append(message))
    player.setSource(QUrl.fromLocalFile(str(path)))
    with qtbot.waitSignal(
        player.mediaStatusChanged,
        timeout=10_000,
        check_params_cb=lambda status: status == QMediaPlayer.MediaStatus.EndOfMedia,
    ):
        player.play()
    assert errors == []
    assert 300 <= player.duration() <= 500  # ms


@pytest.mark.parametrize("suffix", [".ogg", ".mp3"])
def test_other_formats_are_refused_with_a_clear_message(tmp_path, suffix):
    pack = PackBuilder(tmp_path / "vi-basic")
    pack.lesson("01-install")
    if suffix == ".ogg":
        tone(pack.folder / "01-install" / "audio" / "01.ogg")
    else:
        pack.write("01-install/audio/01.mp3", b"ID3 an mp3 file")
    problem = broken(pack, lesson_text().replace("audio/01.wav", f"audio/01{suffix}"))
    assert problem.line == 11
    assert "WAV or FLAC" in problem.message or ".wav or .flac" in problem.message
