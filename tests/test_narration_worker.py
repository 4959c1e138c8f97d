"""The speech worker under faults: hangs, crashes, broken engines. Fake engines, real processes."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.narration.cache import AudioCache
from kiosk.narration.model import (
    EngineUnavailable,
    NarrationUnavailable,
    NoVoice,
    SpeechJob,
    SynthesisError,
)
from kiosk.narration.synth import Synthesizer
from kiosk.narration.worker import SpeechWorker
from tests import fake_engines
from tests.fake_engines import STATE_ENV, events

JOB = SpeechJob("Xin chào bà con", "fake/vi", 150)
FAST = {"timeout_s": 1.0, "start_timeout_s": 15.0}


def fake(name: str) -> str:
    return f"tests.fake_engines:{name}"


def gone(pid: int | None) -> bool:
    """True when no process (not even a zombie) has this id any more."""
    assert pid is not None
    if sys.platform == "win32":  # pragma: no cover
        result = subprocess.run(
            ["tasklist", "/FI", f"PID eq {pid}"], capture_output=True, text=True, check=False
        )
        return str(pid) not in result.stdout
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False  # alive, or a zombie nobody reaped


def wait_gone(pid: int, within_s: float) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if gone(pid):
            return True
        time.sleep(0.05)
    return gone(pid)


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "fake-state"
    folder.mkdir()
    monkeypatch.setenv(STATE_ENV, str(folder))
    return folder


@pytest.fixture
def workers() -> Iterator[list[SpeechWorker]]:
    """Workers made by a test; closed (and checked gone) afterwards."""
    made: list[SpeechWorker] = []
    yield made
    for worker in made:
        pid = worker.pid
        worker.close()
        assert worker.pid is None
        if pid is not None:
            assert gone(pid)


def make(workers: list[SpeechWorker], engine: str, **options: float) -> SpeechWorker:
    worker = SpeechWorker(fake(engine), **{**FAST, **options})
    workers.append(worker)
    return worker


def frames(path: Path) -> int:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes()


def test_the_worker_starts_on_first_use_and_serves_jobs(state, workers, tmp_path):
    worker = make(workers, "SineEngine")
    assert worker.pid is None and worker.starts == 0  # building it started nothing

    assert [v.id for v in worker.voices()] == ["fake/vi", "fake/vi-south", "fake/en"]
    assert worker.engine_id == "fake-sine-1"
    pid = worker.pid
    assert pid is not None and pid != os.getpid()
    for n in range(3):
        worker.synthesize(JOB, tmp_path / f"{n}.wav")
        assert frames(tmp_path / f"{n}.wav") > 0
    assert worker.starts == 1 and worker.pid == pid  # one child for every job
    assert events(state) == [f"synthesize {pid}"] * 3

    worker.close()
    assert worker.pid is None and gone(pid)
    worker.synthesize(JOB, tmp_path / "again.wav")  # a later call starts a new child
    assert worker.starts == 2


def test_a_hanging_engine_is_killed_restarted_retried_once_then_fails(state, workers, tmp_path):
    worker = make(workers, "HangingEngine")
    worker.voices()
    first = worker.pid
    started = time.monotonic()
    with pytest.raises(SynthesisError, match=r"failed twice.*no answer within 1 s") as caught:
        worker.synthesize(JOB, tmp_path / "out.wav")
    took = time.monotonic() - started

    assert isinstance(caught.value, NarrationUnavailable)
    assert took < 2 * (1.0 + 1.0) + 2 * 15.0 and took < 10
    hangs = events(state)
    assert len(hangs) == 2 and hangs[0] != hangs[1]  # two children, one try each
    assert worker.starts == 2 and worker.pid is None  # the second child was killed too
    assert first is not None and gone(first)
    for line in hangs:
        assert gone(int(line.split()[1]))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM cannot be ignored on Windows")
def test_a_child_that_ignores_terminate_is_killed(state, workers, tmp_path):
    worker = make(workers, "StubbornHangingEngine")
    started = time.monotonic()
    with pytest.raises(SynthesisError):
        worker.synthesize(JOB, tmp_path / "out.wav")
    assert time.monotonic() - started < 12
    for line in events(state):
        assert gone(int(line.split()[1]))


def test_a_job_that_hangs_once_succeeds_on_the_retry(state, workers, tmp_path):
    worker = make(workers, "HangOnceEngine")
    out = tmp_path / "out.wav"
    worker.synthesize(JOB, out)

    assert frames(out) > 0
    assert worker.starts == 2
    (hang_line, synth_line) = events(state)
    assert hang_line.startswith("hang") and synth_line.startswith("synthesize")
    assert gone(int(hang_line.split()[1]))
    assert synth_line.split()[1] == str(worker.pid)


def test_a_child_that_crashes_once_is_restarted_and_the_job_retried(state, workers, tmp_path):
    worker = make(workers, "CrashOnceEngine")
    worker.synthesize(JOB, tmp_path / "out.wav")
    assert frames(tmp_path / "out.wav") > 0
    assert worker.starts == 2
    assert gone(int(events(state)[0].split()[1]))


def test_a_child_that_always_crashes_gives_a_synthesis_error(state, workers, tmp_path):
    worker = make(workers, "CrashingEngine")
    started = time.monotonic()
    with pytest.raises(SynthesisError, match=r"died \(exit code 3\)"):
        worker.synthesize(JOB, tmp_path / "out.wav")
    assert time.monotonic() - started < 10
    assert worker.starts == 2 and worker.pid is None
    crashes = events(state)
    assert len(crashes) == 2
    for line in crashes:
        assert gone(int(line.split()[1]))

    # Not fatal: the worker tries again (retried once) for the next sentence...
    with pytest.raises(SynthesisError):
        worker.synthesize(JOB, tmp_path / "out.wav")
    assert worker.starts == 4
    # ...until a third sentence in a row is lost: then the engine is given up, for good.
    with pytest.raises(EngineUnavailable, match="keeps hanging or dying"):
        worker.synthesize(JOB, tmp_path / "out.wav")
    assert worker.starts == 6
    with pytest.raises(EngineUnavailable):
        worker.voices()
    assert worker.starts == 6 and len(events(state)) == 6


def test_engine_errors_do_not_count_as_lost_workers(state, workers, tmp_path):
    worker = make(workers, "FailingEngine", max_lost_in_a_row=2)
    worker.synthesize(JOB, tmp_path / "ok.wav")
    with pytest.raises(SynthesisError):  # an engine error is not a lost worker
        worker.synthesize(SpeechJob("boom", "fake/vi", 150), tmp_path / "boom.wav")
    with pytest.raises(SynthesisError):
        worker.synthesize(SpeechJob("boom", "fake/vi", 150), tmp_path / "boom.wav")
    worker.synthesize(JOB, tmp_path / "ok.wav")
    assert worker.starts == 1


def test_an_engine_error_fails_that_job_only_without_a_restart(state, workers, tmp_path):
    worker = make(workers, "FailingEngine")
    with pytest.raises(SynthesisError, match="cannot say boom"):
        worker.synthesize(SpeechJob("boom", "fake/vi", 150), tmp_path / "boom.wav")
    worker.synthesize(JOB, tmp_path / "ok.wav")
    assert worker.starts == 1
    assert [line.split()[0] for line in events(state)] == ["fail", "synthesize"]


def test_an_engine_that_cannot_start_is_unavailable_at_once_and_after(state, workers, tmp_path):
    worker = make(workers, "BrokenInitEngine")
    with pytest.raises(EngineUnavailable, match="do not have eSpeak") as caught:
        worker.voices()
    assert caught.value.kind == "engine"
    assert "eSpeak" in caught.value.reason
    with pytest.raises(EngineUnavailable):
        worker.synthesize(JOB, tmp_path / "out.wav")
    with pytest.raises(EngineUnavailable):
        _ = worker.engine_id
    assert worker.starts == 1  # known unavailable: no new child for every sentence
    assert worker.pid is None
    assert gone(int(events(state)[0].split()[1]))


@pytest.mark.skipif(sys.platform == "win32", reason="Windows speaks through SAPI5")
def test_pyttsx3_without_the_espeak_library_is_unavailable(workers):
    worker = SpeechWorker(fake("NoEspeakPyttsx3"), **FAST)
    workers.append(worker)
    with pytest.raises(EngineUnavailable, match="do not have eSpeak") as caught:
        worker.voices()
    assert caught.value.reason.startswith("pyttsx3 could not start its speech driver")


def test_no_pyttsx3_is_unavailable(workers):
    worker = SpeechWorker(fake("NoPyttsx3"), **FAST)
    workers.append(worker)
    with pytest.raises(EngineUnavailable, match="pyttsx3 cannot be imported"):
        worker.voices()


def test_an_engine_spec_that_names_nothing_is_unavailable(workers):
    worker = SpeechWorker("tests.fake_engines:NoSuchEngine", **FAST)
    workers.append(worker)
    with pytest.raises(EngineUnavailable, match="NoSuchEngine"):
        worker.voices()


@pytest.mark.parametrize("engine", ["HangingInitEngine", "CrashingInitEngine"])
def test_a_child_that_hangs_or_dies_while_starting_gives_engine_unavailable(state, workers, engine):
    worker = make(workers, engine, start_timeout_s=1.0)
    started = time.monotonic()
    with pytest.raises(EngineUnavailable, match="failed twice to start"):
        worker.voices()
    assert time.monotonic() - started < 10
    assert worker.starts == 2
    inits = events(state)
    assert len(inits) == 2
    for line in inits:
        assert gone(int(line.split()[1]))


def test_no_voice_for_the_language(state, tmp_path):
    with Synthesizer(tmp_path / "data", fake("EnglishOnlyEngine"), timeout_s=5) as synth:
        with pytest.raises(NoVoice, match="no 'vi' voice") as caught:
            synth.voice_for("vi")
        assert caught.value.kind == "voice"
        assert synth.voice_for("en").id == "fake/en"


def test_unusable_audio_from_the_engine_is_a_synthesis_error(state, tmp_path):
    with Synthesizer(tmp_path / "data", fake("GarbageEngine"), timeout_s=5) as synth:
        voice = synth.voice_for("vi")
        with pytest.raises(SynthesisError, match="unusable audio"):
            synth.speak_to_cache("Xin chào", voice, 150)
        assert synth.cache.size_bytes() == 0
        assert not list((tmp_path / "data").rglob("*.wav"))  # no temporary file left


def test_a_cache_hit_never_asks_the_worker(state, tmp_path):
    with Synthesizer(tmp_path / "data", fake("SineEngine"), timeout_s=5) as synth:
        voice = synth.voice_for("vi")
        first = synth.speak_to_cache("Bấm vào nút xanh", voice, 150)
        second = synth.speak_to_cache("Bấm vào nút xanh", voice, 150)
        assert first == second
        assert synth.cached("Bấm vào nút xanh", voice, 150) == first
        assert synth.cached("Bấm vào nút đỏ", voice, 150) is None
        assert len(events(state)) == 1

        # A corrupt file is found, deleted and made again.
        first.write_bytes(b"RIFF garbage")
        assert synth.cached("Bấm vào nút xanh", voice, 150) is None
        again = synth.speak_to_cache("Bấm vào nút xanh", voice, 150)
        assert again == first and frames(again) > 0
        assert len(events(state)) == 2


def test_calls_from_several_threads_take_turns(state, workers, tmp_path):
    worker = make(workers, "SineEngine", timeout_s=5.0)
    errors: list[BaseException] = []

    def run(thread: int) -> None:
        try:
            for n in range(5):
                job = SpeechJob(f"câu {thread} {n}", "fake/vi", 150)
                worker.synthesize(job, tmp_path / f"{thread}-{n}.wav")
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(t,)) for t in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    assert len(list(tmp_path.glob("*.wav"))) == 15
    assert worker.starts == 1


def test_close_does_not_wait_for_a_hanging_job(state, workers, tmp_path):
    worker = make(workers, "HangingEngine", timeout_s=60.0)
    worker.voices()
    pid = worker.pid
    errors: list[BaseException] = []

    def run() -> None:
        try:
            worker.synthesize(JOB, tmp_path / "out.wav")
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 10
    while not events(state) and time.monotonic() < deadline:
        time.sleep(0.02)
    started = time.monotonic()
    worker.close()
    thread.join(10)
    assert time.monotonic() - started < 3
    assert not thread.is_alive()
    assert len(errors) == 1 and isinstance(errors[0], SynthesisError)
    assert "closed" in str(errors[0])
    assert worker.starts == 1 and worker.pid is None and pid is not None and gone(pid)


def test_the_child_exits_when_the_kiosk_dies(state, tmp_path):
    """A kiosk killed while the engine hangs leaves no orphan behind."""
    script = (
        "import os, sys, pathlib\n"
        "from kiosk.narration.model import SpeechJob\n"
        "from kiosk.narration.worker import SpeechWorker\n"
        "if __name__ == '__main__':\n"
        "    w = SpeechWorker('tests.fake_engines:HangingEngine', timeout_s=60)\n"
        "    w.voices()\n"
        "    print(w.pid, flush=True)\n"
        "    w.synthesize(SpeechJob('x', 'fake/vi', 150), pathlib.Path(sys.argv[1]))\n"
    )
    root = Path(__file__).resolve().parent.parent
    kiosk = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path / "x.wav")],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert kiosk.stdout is not None
        child_pid = int(kiosk.stdout.readline())
        deadline = time.monotonic() + 10
        while not events(state) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert events(state), "the child never started the job"
        kiosk.kill()
        kiosk.wait(10)
        assert wait_gone(child_pid, 10)
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
            kiosk.wait(10)


def test_the_cache_temp_files_of_a_killed_job_are_removed(state, tmp_path):
    with Synthesizer(tmp_path / "data", fake("HangingEngine"), timeout_s=1.0) as synth:
        voice = synth.voice_for("vi")
        with pytest.raises(SynthesisError):
            synth.speak_to_cache("Xin chào", voice, 150)
    assert not [p for p in (tmp_path / "data").rglob("*") if p.is_file()]
    assert AudioCache(tmp_path / "data" / "speech-cache").size_bytes() == 0


def test_fake_engines_module_is_importable_by_spec() -> None:
    assert fake_engines.SineEngine.engine_id == "fake-sine-1"
