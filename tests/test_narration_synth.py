"""Real speech: pyttsx3 over espeak-ng in the worker process, into the audio cache.

Also the pure parts: cache keys and WAV checks, voice mapping (espeak-ng and Windows SAPI5
reports) and voice choice. Where espeak-ng is not installed the real-engine tests are skipped,
except under CI, where a missing engine is a failure."""

from __future__ import annotations

import array
import ctypes.util
import math
import os
import re
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.narration.cache import AudioCache, wav_problem
from kiosk.narration.engine import voice_from_pyttsx3
from kiosk.narration.model import SpeechJob, Voice, rate_for
from kiosk.narration.synth import Synthesizer
from kiosk.narration.voices import choose_voice

VI_TEXT = "Bác bấm vào nút màu xanh ở giữa màn hình nhé."
VI_LONGER = (
    "Bác bấm vào nút màu xanh ở giữa màn hình nhé, rồi chờ một chút để ứng dụng VNeID mở ra, "
    "sau đó nhập số định danh cá nhân của mình."
)
EN_TEXT = "Press the green button in the middle of the screen."

HAS_ESPEAK = sys.platform == "win32" or ctypes.util.find_library("espeak-ng") is not None
real = pytest.mark.skipif(
    not HAS_ESPEAK and not os.environ.get("CI"), reason="espeak-ng is not installed"
)


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synthesizer]:
    synthesizer = Synthesizer(tmp_path_factory.mktemp("speech"), timeout_s=20.0)
    yield synthesizer
    synthesizer.close()


def wav_facts(path: Path) -> tuple[int, int, int, float, float]:
    """Rate, channels, sample width, seconds, and RMS of the samples (0..32767)."""
    with wave.open(str(path), "rb") as wav:
        rate, channels, width, count = (
            wav.getframerate(),
            wav.getnchannels(),
            wav.getsampwidth(),
            wav.getnframes(),
        )
        data = wav.readframes(count)
    samples = array.array("h")
    samples.frombytes(data)
    if sys.byteorder == "big":  # pragma: no cover
        samples.byteswap()
    rms = math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))
    return rate, channels, width, count / rate, rms


# --- the real engine -----------------------------------------------------------------------


@real
def test_espeak_ng_voices_are_found(synth):
    voices = {v.id: v for v in synth.voices()}
    assert voices["aav/vi"] == Voice("aav/vi", "Vietnamese (Northern)", "vi", "north", "vi")
    assert voices["aav/vi-vn-x-central"].region == "central"
    assert voices["aav/vi-vn-x-south"].region == "south"
    assert {v.language for v in voices.values()} == {"vi", "en"}  # others are left out
    assert re.fullmatch(r"pyttsx3-espeak-\d+\.\d+(\.\d+)?", synth.engine_id)

    assert synth.voice_for("vi").id == "aav/vi"  # northern by default
    assert synth.voice_for("vi", "aav/vi-vn-x-south").id == "aav/vi-vn-x-south"
    assert synth.voice_for("vi", "gmw/en-us").id == "aav/vi"  # not a Vietnamese voice
    english = synth.voice_for("en")
    assert english.language == "en" and english.locale in {"en", "en-gb", "en-us"}
    assert synth.voice_for("en", "gmw/en-us").id == "gmw/en-us"


@real
@pytest.mark.parametrize(("language", "text"), [("vi", VI_TEXT), ("en", EN_TEXT)])
def test_a_sentence_becomes_a_spoken_wav(synth, language, text):
    voice = synth.voice_for(language)
    path = synth.speak_to_cache(text, voice, rate_for(language, "normal"))
    rate, channels, width, seconds, rms = wav_facts(path)
    assert (rate, channels, width) == (22050, 1, 2)
    assert 1.0 < seconds < 15.0
    assert rms > 300, "silent"
    assert path.parent.parent == synth.cache.folder
    key = synth.cache.key(SpeechJob(text, voice.id, rate_for(language, "normal")), synth.engine_id)
    assert path.name == f"{key}.wav"


@real
def test_longer_text_and_slower_speech_take_longer(synth):
    voice = synth.voice_for("vi")
    normal = rate_for("vi", "normal")
    short = wav_facts(synth.speak_to_cache(VI_TEXT, voice, normal))[3]
    longer = wav_facts(synth.speak_to_cache(VI_LONGER, voice, normal))[3]
    slower = wav_facts(synth.speak_to_cache(VI_TEXT, voice, rate_for("vi", "slower")))[3]
    assert longer > short * 1.5
    assert slower > short * 1.2  # the rate reaches the engine


@real
def test_each_voice_is_really_used(synth):
    """pyttsx3 queues setProperty until runAndWait: make sure the voice asked for speaks.

    espeak-ng is not bit-for-bit repeatable (the same sentence comes out a few samples longer
    or shorter from one run to the next), so voices are told apart by length."""
    north_voice, south_voice = synth.voice_for("vi"), synth.voice_for("vi", "aav/vi-vn-x-south")
    north = wav_facts(synth.speak_to_cache(VI_TEXT, north_voice, 150))[3]
    south = wav_facts(synth.speak_to_cache(VI_TEXT, south_voice, 150))[3]
    north_again = wav_facts(synth.speak_to_cache(VI_TEXT + " ", north_voice, 150))[3]
    assert abs(north_again - north) < 0.005 * north
    assert abs(south - north) > 0.02 * north


@real
def test_alternating_rates_and_voices_are_all_applied(synth):
    """pyttsx3 2.99's espeak driver cancels a rate still queued in espeak-ng (4 jobs in 10
    came out at the previous rate, now and then with no audio): the engine disarms that."""
    north, south = synth.voice_for("vi"), synth.voice_for("vi", "aav/vi-vn-x-south")
    seconds: dict[tuple[str, int], list[float]] = {}
    for n in range(24):
        voice = south if n % 3 == 0 else north
        rate = 100 if n % 2 else 150
        text = f"Câu thử tốc độ số {n % 2}.{' ' * n}"  # a new cache key each time
        seconds.setdefault((voice.id, rate), []).append(
            wav_facts(synth.speak_to_cache(text, voice, rate))[3]
        )
    for (voice_id, rate), found in seconds.items():
        assert max(found) - min(found) < 0.01 * max(found), (voice_id, rate, found)
    for voice in (north, south):
        slow, fast = seconds[(voice.id, 100)][0], seconds[(voice.id, 150)][0]
        assert slow > fast * 1.3


@real
def test_a_cache_hit_does_not_touch_the_worker(tmp_path):
    synth = Synthesizer(tmp_path)
    try:
        voice = synth.voice_for("vi")
        path = synth.speak_to_cache(VI_TEXT, voice, 150)
        jobs, starts = synth.worker.jobs, synth.worker.starts
        synth.close()
        assert synth.worker.pid is None

        assert synth.speak_to_cache(VI_TEXT, voice, 150) == path
        assert synth.cached(VI_TEXT, voice, 150) == path
        assert synth.cached(EN_TEXT, voice, 150) is None  # asks nothing either
        assert (synth.worker.jobs, synth.worker.starts) == (jobs, starts)
        assert synth.worker.pid is None  # no child was started for any of it
    finally:
        synth.close()


@real
@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_a_corrupt_cache_file_is_found_and_made_again(synth, damage):
    voice = synth.voice_for("vi")
    text = f"Câu thử số {['truncate', 'garbage', 'empty'].index(damage) + 1}."
    path = synth.speak_to_cache(text, voice, 150)
    good = path.read_bytes()
    seconds = wav_facts(path)[3]
    if damage == "truncate":
        path.write_bytes(good[: len(good) // 2])
    elif damage == "garbage":
        path.write_bytes(b"\x00garbage" * 100)
    else:
        path.write_bytes(b"")
    jobs = synth.worker.jobs

    assert synth.cached(text, voice, 150) is None
    assert not path.exists()  # deleted when found
    again = synth.speak_to_cache(text, voice, 150)
    assert again == path and wav_problem(again) is None
    assert abs(wav_facts(again)[3] - seconds) < 0.005 * seconds
    assert synth.worker.jobs == jobs + 1


# --- the cache -----------------------------------------------------------------------------


def test_the_cache_key_covers_text_voice_rate_and_engine():
    job = SpeechJob("Xin chào", "aav/vi", 150)
    key = AudioCache.key(job, "pyttsx3-espeak-1.51")
    assert re.fullmatch(r"[0-9a-f]{64}", key)
    assert key == AudioCache.key(SpeechJob("Xin chào", "aav/vi", 150), "pyttsx3-espeak-1.51")
    others = {
        AudioCache.key(SpeechJob("Xin chào!", "aav/vi", 150), "pyttsx3-espeak-1.51"),
        AudioCache.key(SpeechJob("Xin chào", "aav/vi-vn-x-south", 150), "pyttsx3-espeak-1.51"),
        AudioCache.key(SpeechJob("Xin chào", "aav/vi", 120), "pyttsx3-espeak-1.51"),
        AudioCache.key(job, "pyttsx3-espeak-1.52"),
    }
    assert key not in others and len(others) == 4
    cache = AudioCache(Path("/cache"))
    assert cache.path(key) == Path("/cache") / key[:2] / f"{key}.wav"


def test_wav_checks(tmp_path):
    good = tmp_path / "good.wav"
    with wave.open(str(good), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\x10\x00" * 2205)
    assert wav_problem(good) is None

    empty_audio = tmp_path / "silence.wav"
    with wave.open(str(empty_audio), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
    truncated = tmp_path / "truncated.wav"
    truncated.write_bytes(good.read_bytes()[:2000])
    (tmp_path / "empty.wav").write_bytes(b"")
    (tmp_path / "text.wav").write_text("not audio")

    assert wav_problem(empty_audio) == "no audio in it"
    assert "truncated" in (wav_problem(truncated) or "")
    assert wav_problem(tmp_path / "empty.wav") == "the file is empty"
    assert "not a readable WAV" in (wav_problem(tmp_path / "text.wav") or "")
    assert "cannot read" in (wav_problem(tmp_path / "missing.wav") or "")


def test_store_is_atomic_and_refuses_bad_audio(tmp_path):
    cache = AudioCache(tmp_path / "cache")
    key = "ab" + "0" * 62
    good = tmp_path / "good.wav"
    with wave.open(str(good), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\x10\x00" * 2205)
    temp = cache.temp_path(key)
    temp.write_bytes(good.read_bytes())
    stored = cache.store(key, temp)
    assert stored == cache.path(key) and not temp.exists()
    assert cache.lookup(key) == stored
    assert cache.size_bytes() == stored.stat().st_size

    bad = cache.temp_path(key)
    bad.write_bytes(b"nonsense")
    with pytest.raises(ValueError, match="not a readable WAV"):
        cache.store(key, bad)
    assert not bad.exists() and cache.lookup(key) == stored  # the good file is untouched

    assert cache.store_bytes("cd" + "1" * 62, good.read_bytes()).exists()
    old = cache.temp_path(key)
    old.write_bytes(b"left by a killed worker")
    os.utime(old, (1, 1))
    assert cache.remove_leftovers() == 1 and not old.exists()


# --- voices: what engines report, and which one is chosen ----------------------------------


@pytest.mark.parametrize(
    ("voice_id", "name", "languages", "expected"),
    [
        # espeak-ng 1.51 through pyttsx3 2.99
        ("aav/vi", "Vietnamese (Northern)", ["vi"], ("vi", "north", "vi")),
        (
            "aav/vi-vn-x-central",
            "Vietnamese (Central)",
            ["vi-vn-x-central"],
            ("vi", "central", "vi-vn-x-central"),
        ),
        (
            "aav/vi-vn-x-south",
            "Vietnamese (Southern)",
            ["vi-vn-x-south"],
            ("vi", "south", "vi-vn-x-south"),
        ),
        ("gmw/en", "English (Great Britain)", ["en-gb"], ("en", "", "en-gb")),
        ("gmw/en-us", "English (America)", ["en-us"], ("en", "", "en-us")),
        ("roa/fr", "French (France)", ["fr-fr"], None),
        ("mb/mb-en1", "English (mbrola)", ["en"], None),
        # older pyttsx3 gave espeak's raw bytes: a priority byte, then the tag
        ("vi", "vietnam", [b"\x05vi"], ("vi", "north", "vi")),
        # Windows SAPI5 through pyttsx3 2.99 (LCID 0x042A made into a tag)
        (
            r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech\Voices\Tokens\MSTTS_V110_viVN_An",
            "Microsoft An - Vietnamese (Vietnam)",
            ["vi-VN"],
            ("vi", "", "vi-vn"),
        ),
        (
            r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech\Voices\Tokens\TTS_MS_EN-US_ZIRA_11.0",
            "Microsoft Zira Desktop - English (United States)",
            ["en-US"],
            ("en", "", "en-us"),
        ),
        # SAPI5 through older pyttsx3 (no languages): known by its id or name
        (
            r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech\Voices\Tokens\MSTTS_V110_viVN_An",
            "Microsoft An",
            [],
            ("vi", "", "vi-vn"),
        ),
        ("some-voice", "Some voice", ["Unknown Locale: 1066"], ("vi", "", "1066")),
        ("some-voice", "LCID voice", ["1066"], ("vi", "", "1066")),
        (
            r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech\Voices\Tokens\TTS_MS_EN-US_DAVID_11.0",
            "Microsoft David Desktop",
            [],
            ("en", "", "en-us"),
        ),
        ("some-voice", "Microsoft Hortense", ["fr-FR"], None),
    ],
)
def test_pyttsx3_voices_are_mapped(voice_id, name, languages, expected):
    voice = voice_from_pyttsx3(voice_id, name, languages)
    if expected is None:
        assert voice is None
    else:
        assert voice is not None
        assert (voice.language, voice.region, voice.locale) == expected
        assert (voice.id, voice.name) == (voice_id, name)


VOICES = [
    Voice("gmw/en-029", "English (Caribbean)", "en", "", "en-029"),
    Voice("gmw/en-us", "English (America)", "en", "", "en-us"),
    Voice("gmw/en", "English (Great Britain)", "en", "", "en-gb"),
    Voice("aav/vi-vn-x-south", "Vietnamese (Southern)", "vi", "south", "vi-vn-x-south"),
    Voice("aav/vi", "Vietnamese (Northern)", "vi", "north", "vi"),
]


def test_voice_choice():
    assert choose_voice(VOICES, "vi").id == "aav/vi"
    assert choose_voice(VOICES, "vi", "aav/vi-vn-x-south").id == "aav/vi-vn-x-south"
    assert choose_voice(VOICES, "vi", "vi-vn-x-south").id == "aav/vi-vn-x-south"  # short
    assert choose_voice(VOICES, "en", "en-us").id == "gmw/en-us"
    assert choose_voice(VOICES, "vi", "not-installed").id == "aav/vi"
    assert choose_voice(VOICES, "vi", "gmw/en").id == "aav/vi"  # the wrong language
    assert choose_voice(VOICES[:4], "vi").id == "aav/vi-vn-x-south"  # no northern voice
    assert choose_voice(VOICES, "en").id == "gmw/en"
    assert choose_voice(VOICES[:2], "en").id == "gmw/en-us"
    assert choose_voice(VOICES[:1], "en").id == "gmw/en-029"
    assert choose_voice(VOICES, "en", "gmw/en-029").id == "gmw/en-029"
    assert choose_voice(VOICES[:3], "vi") is None
    assert choose_voice([], "en") is None
    assert choose_voice(VOICES, "fr") is None


FRESH_ENGINE = """
import logging, sys, wave
from pathlib import Path
logging.basicConfig(level=logging.WARNING)
from kiosk.narration.engine import Pyttsx3Engine
engine = Pyttsx3Engine()
voice = next(v for v in engine.list_voices() if v.language.startswith("vi"))
for n in range(3):
    out = Path(sys.argv[1]) / f"{n}.wav"
    engine.synthesize(sys.argv[2], voice.id, 175, out)
    with wave.open(str(out)) as wav:
        print(wav.getnframes())
"""


@real
@pytest.mark.parametrize("run", range(3))
def test_the_first_sentence_of_a_fresh_engine_is_whole(tmp_path, run):
    """pyttsx3 2.99's espeak driver returns from runAndWait() before espeak-ng has spoken;
    the engine waits for the end of the utterance. Before it did, the first sentence of a
    new worker was retried, and a retry could write a cut WAV (1.7 s of 6.2 s)."""
    import subprocess

    result = subprocess.run(
        [sys.executable, "-c", FRESH_ENGINE, str(tmp_path), VI_LONGER],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "synthesising again" not in result.stderr
    frames = [int(line) for line in result.stdout.split() if line.isdigit()]
    assert len(frames) == 3
    # espeak-ng's first utterance differs by a few milliseconds of silence at most
    assert max(frames) - min(frames) < 0.01 * max(frames), frames
    assert frames[0] / 22050 > 5.0
