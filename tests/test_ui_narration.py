"""Narration in the lesson player, with the real espeak-ng engine (and fakes only to force
faults): auto-play on entry, stop on leaving, the highlight follows the voice, tapping a
sentence replays it, pause, speed, recorded audio, and text alone when there is no voice."""

from __future__ import annotations

import shutil
import wave

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtMultimedia import QMediaPlayer

from kiosk.lessons import load_library
from kiosk.paths import bundled_lessons_dir
from kiosk.settings import Settings
from ui.app import make_narrator

WAIT = 30_000  # ms; synthesis of a first sentence starts a worker process


def multi_sentence_step(library):  # type: ignore[no-untyped-def]
    from kiosk.narration.sentences import split_sentences

    for lesson in library.in_language("vi"):
        for index, step in enumerate(lesson.steps):
            if len(split_sentences(step.text)) >= 2:
                return lesson, index
    raise AssertionError("no step with two sentences in the bundled lessons")


@pytest.fixture
def narrated(make_window, data_dir, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FAKE_ENGINE_STATE", str(tmp_path / "fake-engine"))

    def make(engine: str = "pyttsx3", settings: Settings | None = None, **kwargs):  # type: ignore[no-untyped-def]
        settings = settings or Settings()
        narrator = make_narrator(data_dir, settings, engine)
        return make_window(settings=settings, narrator=narrator, **kwargs)

    return make


def test_a_step_speaks_as_soon_as_it_shows_and_stops_when_left(narrated, qtbot, bundled_library):
    window = narrated()
    narrator = window.narrator
    lesson = bundled_library.in_language("vi")[0]
    with qtbot.waitSignal(narrator.playing, timeout=WAIT):
        window.open_lesson(lesson.id)
    assert narrator.state == "playing"
    assert window.player.caption.reading() == [0]
    assert narrator.media.source().toLocalFile().endswith(".wav")
    with qtbot.waitSignal(narrator.playing, timeout=WAIT):
        qtbot.mouseClick(window.player.next, Qt.MouseButton.LeftButton)
    assert narrator.step == 1
    window.show_home()
    assert narrator.state == "idle"
    # the player is told from the event loop (ui/narrator.py _command)
    qtbot.waitUntil(
        lambda: narrator.media.playbackState() == QMediaPlayer.PlaybackState.StoppedState,
        timeout=2000,
    )
    assert window.player.caption.reading() == []


def test_a_voice_given_after_the_first_frame_reads_what_is_already_open(
    make_window, data_dir, qtbot, bundled_library, monkeypatch, tmp_path
):
    """`kiosk run` gives the window its voice once the first frame is up: a lesson opened
    before (by a very quick finger) is read from its step, and its controls work."""
    monkeypatch.setenv("FAKE_ENGINE_STATE", str(tmp_path / "fake-engine"))
    settings = Settings()
    window = make_window(settings=settings)
    assert window.narrator is None and window.voice is None
    lesson = bundled_library.in_language("vi")[0]
    window.open_lesson(lesson.id)
    qtbot.mouseClick(window.player.next, Qt.MouseButton.LeftButton)
    narrator = make_narrator(data_dir, settings, "pyttsx3")
    with qtbot.waitSignal(narrator.playing, timeout=WAIT):
        window.attach_narrator(narrator)
    assert window.narrator is narrator and narrator.step == 1
    assert window.player.caption.reading() == [0]  # the step's first sentence, highlighted
    window.attach_narrator(make_narrator(data_dir, settings, "pyttsx3"))  # once only
    assert window.narrator is narrator
    with qtbot.waitSignal(narrator.playing, timeout=WAIT):
        qtbot.mouseClick(window.player.next, Qt.MouseButton.LeftButton)
    assert narrator.step == 2


def test_the_channels_listen_reaches_a_voice_given_after_the_screen_was_made(
    make_window, data_dir, monkeypatch, tmp_path
):
    monkeypatch.setenv("FAKE_ENGINE_STATE", str(tmp_path / "fake-engine"))
    settings = Settings()
    window = make_window(settings=settings)
    window.show_channels()
    window.channels.speak.emit("Kênh chính thức")  # no voice yet: nothing to read it
    narrator = make_narrator(data_dir, settings, "pyttsx3")
    said: list[tuple[str, str]] = []
    narrator.speak_text = lambda text, language: said.append((text, language))  # type: ignore[method-assign]
    window.attach_narrator(narrator)
    window.channels.speak.emit("Dịch vụ công")
    assert said == [("Dịch vụ công", window.language)]


def test_the_highlight_follows_the_voice_and_a_tap_replays(narrated, qtbot, bundled_library):
    window = narrated()
    narrator = window.narrator
    lesson, index = multi_sentence_step(bundled_library)
    started: list[int] = []
    narrator.sentence_started.connect(started.append)
    with qtbot.waitSignal(narrator.finished, timeout=60_000):
        window.open_lesson(lesson.id, index)
    sentences = len(window.player.caption.labels)
    assert started[0] == 0
    assert started == sorted(started)
    assert started[-1] == sentences - 1 or sentences > len(started)
    assert window.player.caption.reading() == []  # nothing read any more
    started.clear()
    with qtbot.waitSignal(narrator.playing, timeout=WAIT):
        qtbot.mouseClick(window.player.caption.labels[1], Qt.MouseButton.LeftButton)
    assert started[0] == 1
    assert window.player.caption.reading() == [1]


def test_listen_again_pause_and_resume(narrated, qtbot, bundled_library):
    window = narrated()
    narrator = window.narrator
    with qtbot.waitSignal(narrator.playing, timeout=WAIT):
        window.open_lesson(bundled_library.in_language("vi")[0].id)
    qtbot.mouseClick(window.player.pause, Qt.MouseButton.LeftButton)
    assert narrator.state == "paused"
    # the player is told from the event loop (ui/narrator.py _command)
    qtbot.waitUntil(
        lambda: narrator.media.playbackState() == QMediaPlayer.PlaybackState.PausedState,
        timeout=2000,
    )
    assert window.player.pause.text() == "Đọc tiếp"
    qtbot.mouseClick(window.player.pause, Qt.MouseButton.LeftButton)
    assert narrator.state == "playing"
    assert window.player.pause.text() == "Tạm dừng"
    with qtbot.waitSignal(narrator.sentence_started, timeout=WAIT) as blocker:
        qtbot.mouseClick(window.player.listen, Qt.MouseButton.LeftButton)
    assert blocker.args == [0]


def test_slower_speech_is_synthesised_at_a_lower_rate(narrated, qtbot, bundled_library):
    window = narrated()
    narrator = window.narrator
    lesson = bundled_library.in_language("vi")[0]
    with qtbot.waitSignal(narrator.playing, timeout=WAIT):
        window.open_lesson(lesson.id)
    normal = narrator.media.source().toLocalFile()
    assert window.player.speed_button.text() == "Đọc vừa"
    qtbot.mouseClick(window.player.speed_button, Qt.MouseButton.LeftButton)  # slow
    with qtbot.waitSignal(narrator.playing, timeout=WAIT):
        qtbot.mouseClick(window.player.speed_button, Qt.MouseButton.LeftButton)  # slower
    assert narrator.speed == "slower"
    assert window.player.speed_button.text() == "Rất chậm"
    slower = narrator.media.source().toLocalFile()
    assert slower != normal

    def seconds(path: str) -> float:
        with wave.open(path) as wav:
            return wav.getnframes() / wav.getframerate()

    assert seconds(slower) > seconds(normal) * 1.2


def test_autoplay_off_waits_for_listen(narrated, qtbot, bundled_library):
    window = narrated(settings=Settings(autoplay=False))
    narrator = window.narrator
    window.open_lesson(bundled_library.in_language("vi")[0].id)
    qtbot.wait(300)
    assert narrator.state == "idle"
    with qtbot.waitSignal(narrator.playing, timeout=WAIT):
        qtbot.mouseClick(window.player.listen, Qt.MouseButton.LeftButton)


def test_no_engine_means_text_alone_with_a_notice(narrated, qtbot, bundled_library):
    window = narrated(engine="tests.fake_engines:BrokenInitEngine")
    lesson = bundled_library.in_language("vi")[0]
    window.open_lesson(lesson.id)
    qtbot.waitUntil(window.player.notice.isVisible, timeout=WAIT)
    assert window.player.notice.text().startswith("Máy không đọc được")
    assert not window.player.listen.isEnabled()
    assert not window.player.pause.isVisible()
    qtbot.mouseClick(window.player.next, Qt.MouseButton.LeftButton)
    assert window.player.index == 1  # the lesson goes on
    assert window.player.notice.isVisible()
    assert window.narrator.state == "idle"


def test_no_voice_for_the_language_means_text_alone(narrated, qtbot, bundled_library):
    window = narrated(engine="tests.fake_engines:EnglishOnlyEngine")
    window.open_lesson(bundled_library.in_language("vi")[0].id)
    qtbot.waitUntil(window.player.notice.isVisible, timeout=WAIT)
    window.set_language("en")
    with qtbot.waitSignal(window.narrator.playing, timeout=WAIT):
        window.open_lesson(bundled_library.in_language("en")[0].id)
    assert not window.player.notice.isVisible()


def test_a_worker_that_keeps_dying_means_text_alone(narrated, qtbot, bundled_library):
    window = narrated(engine="tests.fake_engines:CrashingEngine")
    window.open_lesson(bundled_library.in_language("vi")[0].id)
    qtbot.waitUntil(window.player.notice.isVisible, timeout=60_000)
    assert window.narrator.state == "idle"


def test_a_recorded_voice_is_played_instead_of_synthesis(narrated, qtbot, tmp_path):
    pack = shutil.copytree(bundled_lessons_dir() / "vi", tmp_path / "vi")
    lesson_dir = next(pack.glob("01-*"))
    (lesson_dir / "audio").mkdir()
    recording = lesson_dir / "audio" / "01.wav"
    with wave.open(str(recording), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\x10\x00" * 4410)
    text = (lesson_dir / "lesson.yaml").read_text(encoding="utf-8")
    first_image = next(
        line for line in text.splitlines() if "image:" in line and "images/0" in line
    )
    text = text.replace(first_image, first_image + "\n    audio: audio/01.wav", 1)
    (lesson_dir / "lesson.yaml").write_text(text, encoding="utf-8")
    library = load_library(pack)
    assert library.problems == ()
    window = narrated(engine="tests.fake_engines:BrokenInitEngine", library=library)
    started: list[int] = []
    window.narrator.sentence_started.connect(started.append)
    with qtbot.waitSignal(window.narrator.playing, timeout=WAIT):
        window.open_lesson(library.lessons[0].id)
    assert window.narrator.media.source().toLocalFile() == str(recording)
    assert started == [-1]
    assert len(window.player.caption.reading()) == len(window.player.caption.labels)


def test_warm_up_starts_the_worker_before_the_first_lesson(narrated, qtbot, caplog):
    caplog.set_level("INFO", logger="ui.speech")
    window = narrated()
    window.show_home()  # the narrator was told to stop: an empty plan
    window.narrator.service.warm_up(["vi", "en"])
    qtbot.waitUntil(lambda: "voice for en:" in caplog.text, timeout=WAIT)
    assert "voice for vi: Vietnamese (Northern)" in caplog.text


def test_the_voice_goes_on_after_practice_feedback(narrated, qtbot, bundled_library):
    """Praise and hints are said without touching the lesson: every later step is still read,
    highlighted, paused and slowed as before (they once stopped after the first hint)."""
    window = narrated()
    narrator = window.narrator
    lesson = bundled_library.find("vneid-install", "vi")
    assert lesson is not None
    first = next(i for i, step in enumerate(lesson.steps) if step.practice is not None)
    started: list[int] = []
    narrator.sentence_started.connect(started.append)
    with qtbot.waitSignal(narrator.playing, timeout=WAIT):
        window.open_lesson(lesson.id, first)
    # Next before trying: a hint, said aloud, with nothing of the caption highlighted.
    started.clear()
    with qtbot.waitSignal(narrator.playing, timeout=WAIT):
        qtbot.mouseClick(window.player.next, Qt.MouseButton.LeftButton)
    assert window.player.feedback == "untried"
    assert started == [-3]
    assert window.player.caption.reading() == []
    assert len(narrator.scripts) == len(lesson.steps)  # the lesson's steps are all still there
    # The right touch: praise, then the lesson moves on by itself and the next step is read.
    target = lesson.steps[first].practice.target
    centre = window.player.picture.to_widget(target).center()
    qtbot.mouseClick(
        window.player.picture,
        Qt.MouseButton.LeftButton,
        pos=QPoint(round(centre.x()), round(centre.y())),
    )
    assert window.player.feedback == "praise"
    qtbot.waitUntil(lambda: window.player.index == first + 1, timeout=10_000)
    later = first + 1
    while later + 1 < len(lesson.steps) and lesson.steps[later].practice is not None:
        later += 1
    started.clear()
    with qtbot.waitSignal(narrator.sentence_started, timeout=WAIT) as blocker:
        window.player.show_step(later)
    assert narrator.step == later
    assert blocker.args == [0]
    qtbot.waitUntil(lambda: narrator.state == "playing", timeout=WAIT)
    assert window.player.caption.reading() == [0]
    qtbot.mouseClick(window.player.pause, Qt.MouseButton.LeftButton)
    assert narrator.state == "paused"
    with qtbot.waitSignal(narrator.playing, timeout=WAIT):
        qtbot.mouseClick(window.player.speed_button, Qt.MouseButton.LeftButton)
    assert narrator.speed == "slow"
    assert narrator.step == later


def test_play_step_outside_the_lesson_is_refused_not_raised(narrated, bundled_library):
    window = narrated()
    narrator = window.narrator
    window.open_lesson(bundled_library.in_language("vi")[0].id)
    narrator.play_step(len(narrator.scripts) + 3)
    assert narrator.state == "idle"
    narrator.listen_again()  # still the lesson's own step
