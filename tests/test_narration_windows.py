"""The narration on Windows: the voices SAPI5 lists, read by pyttsx3's own SAPI5 driver over
made-up COM objects (tests/fake_engines.py WindowsPyttsx3), in the real worker process.
The Vietnamese voice "An" (copied from OneCore, README: A Vietnamese voice on Windows) is
found and named in the log and on the settings page; with only David and Zira the lessons
go on as text, with the notice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.narration.synth import Synthesizer
from kiosk.settings import Settings
from tests.conftest import TEST_PIN
from tests.fake_engines import SAPI_AN, SAPI_DAVID, SAPI_ZIRA
from tests.test_ui_navigation import type_pin
from ui.app import make_narrator

WAIT = 30_000  # ms: the first sentence starts a worker process
AN_ID, AN_NAME = SAPI_AN[0], SAPI_AN[1]
WINDOWS = "tests.fake_engines:WindowsPyttsx3"
ENGLISH_ONLY = "tests.fake_engines:WindowsEnglishOnly"


@pytest.fixture
def narrated(make_window, data_dir, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FAKE_ENGINE_STATE", str(tmp_path / "fake-engine"))

    def make(engine: str):  # type: ignore[no-untyped-def]
        settings = Settings()
        return make_window(settings=settings, narrator=make_narrator(data_dir, settings, engine))

    return make


def settings_page(qtbot, window):  # type: ignore[no-untyped-def]
    """The facilitator's settings page, reached as the facilitator does: PIN, then Settings."""
    window.facilitator.open("panel")
    type_pin(qtbot, window.facilitator.pin_gate, TEST_PIN)
    panel = window.facilitator.panel
    assert panel is not None
    qtbot.mouseClick(panel.menu.grid.card_for("settings"), Qt.MouseButton.LeftButton)
    assert panel.current_page() == "settings"
    return panel.settings_page


def test_the_sapi5_voices_are_read_as_windows_lists_them(tmp_path):
    with Synthesizer(tmp_path / "data", WINDOWS, timeout_s=10) as synth:
        assert synth.engine_id.startswith("pyttsx3-sapi5-windows-")
        an = synth.voice_for("vi")
        assert (an.id, an.name, an.language, an.locale) == (AN_ID, AN_NAME, "vi", "vi-vn")
        david = synth.voice_for("en")  # the first en-US voice
        assert (david.id, david.language, david.locale) == (SAPI_DAVID[0], "en", "en-us")
        assert synth.voice_for("en", SAPI_ZIRA[0]).name == SAPI_ZIRA[1]  # the setting wins
        assert synth.voice_for("vi", "MSTTS_V110_viVN_An") == an  # given short, as a key name
        wav = synth.speak_to_cache("xin chào", an, 150)
        assert wav.is_file()


def test_the_vietnamese_voice_an_is_found_named_in_the_log_and_read_with(
    narrated, qtbot, caplog, bundled_library
):
    caplog.set_level("INFO", logger="ui.speech")
    window = narrated(WINDOWS)
    found: list[tuple[str, str]] = []
    window.narrator.service.voice_found.connect(lambda *args: found.append(args))
    window.narrator.service.warm_up(["vi", "en"])
    qtbot.waitUntil(lambda: len(found) == 2, timeout=WAIT)
    assert f"voice for vi: {AN_NAME} ({AN_ID})" in caplog.text
    assert f"voice for en: {SAPI_DAVID[1]} ({SAPI_DAVID[0]})" in caplog.text
    assert sorted(found) == [("en", SAPI_DAVID[1]), ("vi", AN_NAME)]
    with qtbot.waitSignal(window.narrator.playing, timeout=WAIT):
        window.open_lesson(bundled_library.in_language("vi")[0].id)
    assert not window.player.notice.isVisible()
    page = settings_page(qtbot, window)
    assert page.voice_line.isVisible()
    assert page.voice_line.text().splitlines() == [
        f"Giọng đọc tiếng Việt: {AN_NAME}",
        f"Giọng đọc tiếng Anh: {SAPI_DAVID[1]}",
    ]


def test_with_only_david_and_zira_the_lesson_goes_on_as_text_with_the_notice(
    narrated, qtbot, caplog, bundled_library
):
    caplog.set_level("INFO", logger="ui.speech")
    window = narrated(ENGLISH_ONLY)
    window.narrator.service.warm_up(["vi", "en"])
    lesson = bundled_library.in_language("vi")[0]
    window.open_lesson(lesson.id)
    qtbot.waitUntil(window.player.notice.isVisible, timeout=WAIT)
    assert "no Vietnamese voice installed: lessons are read as text" in caplog.text
    assert window.player.notice.text().startswith("Máy không đọc được")
    reason = window.player.notice.toolTip()  # the reason, for whoever looks closer
    assert "no 'vi' voice in pyttsx3-sapi5" in reason
    assert "TTS_MS_EN-US_DAVID_11.0 (en)" in reason and "TTS_MS_EN-US_ZIRA_11.0 (en)" in reason
    assert not window.player.listen.isEnabled() and not window.player.pause.isVisible()
    qtbot.mouseClick(window.player.next, Qt.MouseButton.LeftButton)
    assert window.player.index == 1  # the lesson goes on, as text
    assert window.player.notice.isVisible() and window.narrator.state == "idle"
    qtbot.waitUntil(lambda: "voice for en: Microsoft David" in caplog.text, timeout=WAIT)
    page = settings_page(qtbot, window)
    lines = page.voice_line.text().splitlines()
    assert lines[0] == "Không có giọng đọc tiếng Việt: bài học chỉ hiện chữ."
    assert lines[1].endswith(SAPI_DAVID[1])
