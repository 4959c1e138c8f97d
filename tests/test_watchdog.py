"""The watchdog (kiosk/appliance/notify.py, ui/watchdog.py): a real AF_UNIX datagram socket
plays systemd's part. The real kiosk sends READY=1 once its first frame is painted, then a
heartbeat at half of WATCHDOG_USEC from its GUI thread, so a blocked GUI thread sends none;
SIGTERM closes it cleanly (STOPPING=1, exit code 143, its run marker gone)."""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.appliance.notify import Notifier, NotifyConfig, socket_address
from kiosk.appliance.runmarker import marker_path
from tests.xsession import installed_data_dir, kiosk_command
from ui.watchdog import StopSignals, Watchdog

ROOT = Path(__file__).resolve().parent.parent
FIRST_FRAME = "watchdog: first frame painted (screen attract)"


# --- helpers shared with tests/test_supervisor.py ------------------------------------------
class Listener:
    """systemd's side: a datagram socket bound at `name` (a path, or '@name' in the abstract
    namespace); a thread timestamps every datagram."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        address = socket_address(name)
        assert address is not None
        self.sock.bind(address)
        self.sock.settimeout(0.2)
        self.received: list[tuple[float, str]] = []
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._receive, daemon=True)
        self._thread.start()

    def _receive(self) -> None:
        while not self._done.is_set():
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            self.received.append((time.monotonic(), data.decode()))

    def times_of(self, assignment: str) -> list[float]:
        return [at for at, text in list(self.received) if assignment in text.split("\n")]

    def wait_for(self, assignment: str, count: int = 1, timeout: float = 20.0) -> list[float]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            times = self.times_of(assignment)
            if len(times) >= count:
                return times
            time.sleep(0.02)
        raise AssertionError(f"{assignment} x{count} not received: {self.received[-5:]}")

    def close(self) -> None:
        self._done.set()
        self._thread.join(2)
        self.sock.close()


def wait_for_text(path: Path, pattern: str, timeout: float = 20.0, count: int = 1) -> str:
    """The file's text once `pattern` (a regex) occurs `count` times in it."""
    end = time.monotonic() + timeout
    text = ""
    while time.monotonic() < end:
        if path.exists():
            text = path.read_text(encoding="utf-8", errors="replace")
            if len(re.findall(pattern, text)) >= count:
                return text
        time.sleep(0.05)
    raise AssertionError(f"{pattern!r} x{count} not in {path}:\n{text[-3000:]}")


def kiosk_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "KIOSK_HEARTBEAT_FILE"):
        env.pop(name, None)
    env.update(QT_QPA_PLATFORM="offscreen", KIOSK_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


@contextlib.contextmanager
def started(
    command: list[str], env: dict[str, str], out: Path
) -> Iterator[subprocess.Popen[bytes]]:
    """A process in its own session; whatever is left of the session is killed at the end."""
    with open(out, "wb") as output:
        process = subprocess.Popen(
            command,
            env=env,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)


def installed(data_dir: Path) -> Path:
    installed_data_dir(data_dir, {})
    return data_dir


# --- the notify protocol --------------------------------------------------------------------
def test_the_environment_says_where_and_how_often() -> None:
    config = NotifyConfig.from_environment(
        {"NOTIFY_SOCKET": "@kiosk-test", "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "7"},
        pid=7,
        ancestors=(1,),
    )
    assert config.socket_address == b"\0kiosk-test"
    assert config.heartbeat_interval == 15.0  # half of WatchdogSec=30
    under_cage = NotifyConfig.from_environment(
        {"NOTIFY_SOCKET": "/run/n", "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "5"},
        pid=9,
        ancestors=(6, 5, 1),  # cage is the service's main process; a script started the kiosk
    )
    assert under_cage.heartbeat_interval == 15.0
    someone_elses = NotifyConfig.from_environment(
        {"NOTIFY_SOCKET": "/run/n", "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "5"},
        pid=9,
        ancestors=(8, 1),
    )
    assert someone_elses.watchdog_seconds is None
    assert someone_elses.heartbeat_interval is None
    assert NotifyConfig.from_environment({}, pid=1, ancestors=()).heartbeat_interval is None
    supervised = NotifyConfig.from_environment(
        {"KIOSK_HEARTBEAT_FILE": "/tmp/beat", "KIOSK_HEARTBEAT_SECONDS": "0.5"}, 1, ()
    )
    assert supervised.heartbeat_file == Path("/tmp/beat")
    assert supervised.heartbeat_interval == 0.5


def test_the_processes_that_started_this_one_are_found() -> None:
    # This test starts a shell that starts Python (not by exec: the shell goes on after it).
    script = (
        "import os; from kiosk.appliance.notify import ancestors_of as a; print(*a(os.getpid()))"
    )
    shell = subprocess.run(
        ["sh", "-c", f"'{sys.executable}' -c '{script}'; echo $$"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    found, shell_pid = shell.stdout.splitlines()
    assert [int(pid) for pid in found.split()][:2] == [int(shell_pid), os.getpid()]


def test_without_a_socket_nothing_is_sent_and_nothing_fails() -> None:
    notifier = Notifier(NotifyConfig())
    assert notifier.notify("READY=1") is False
    notifier.ready()
    notifier.heartbeat()
    notifier.stopping()


@pytest.mark.parametrize("abstract", [False, True], ids=["path", "abstract"])
def test_datagrams_reach_a_real_socket(tmp_path: Path, abstract: bool) -> None:
    name = f"@kiosk-test-{uuid.uuid4().hex}" if abstract else str(tmp_path / "notify")
    listener = Listener(name)
    try:
        notifier = Notifier(NotifyConfig(socket_address=socket_address(name), watchdog_seconds=0.4))
        notifier.ready("showing attract")
        notifier.heartbeat()
        notifier.stopping()
        listener.wait_for("STOPPING=1")
        assert [text for _, text in listener.received] == [
            "READY=1\nSTATUS=showing attract",
            "WATCHDOG=1",
            "STOPPING=1",
        ]
    finally:
        listener.close()


def test_a_failing_socket_is_logged_once_and_never_raises(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    gone = str(tmp_path / "nobody-listens")
    notifier = Notifier(NotifyConfig(socket_address=gone, watchdog_seconds=1.0))
    with caplog.at_level(logging.INFO, logger="kiosk.appliance.notify"):
        for _ in range(5):
            notifier.heartbeat()
        assert len(caplog.records) == 1
        assert "cannot notify" in caplog.text and "logged once" in caplog.text
        listener = Listener(gone)  # systemd back
        try:
            notifier.heartbeat()
            listener.wait_for("WATCHDOG=1")
        finally:
            listener.close()
    assert "works again" in caplog.records[-1].getMessage()


def test_the_heartbeat_file_is_made_then_renewed(tmp_path: Path) -> None:
    beat = tmp_path / "heartbeat"
    notifier = Notifier(NotifyConfig(heartbeat_file=beat, heartbeat_file_seconds=0.1))
    notifier.ready()
    assert beat.exists()
    os.utime(beat, (1_000_000, 1_000_000))  # long ago
    notifier.heartbeat()
    assert time.time() - beat.stat().st_mtime < 60


# --- the real kiosk ---------------------------------------------------------------------------
@pytest.mark.parametrize("abstract", [False, True], ids=["path", "abstract"])
def test_the_real_kiosk_says_ready_after_its_first_frame_then_beats(
    tmp_path: Path, abstract: bool
) -> None:
    data_dir = installed(tmp_path / "data")
    name = f"@kiosk-test-{uuid.uuid4().hex}" if abstract else str(tmp_path / "notify")
    listener = Listener(name)
    log_file = data_dir / "logs" / "kiosk.log"
    env = kiosk_env(data_dir, NOTIFY_SOCKET=name, WATCHDOG_USEC="400000")
    command = [*kiosk_command(), "run", "--data-dir", str(data_dir)]
    try:
        with started(command, env, tmp_path / "kiosk.out") as kiosk:
            ready = listener.wait_for("READY=1", timeout=30)
            # The log said the first frame was painted, on the attract screen, before READY.
            assert FIRST_FRAME in log_file.read_text(encoding="utf-8")
            assert marker_path(data_dir).exists()
            beats = listener.wait_for("WATCHDOG=1", count=12, timeout=15)
            assert beats[0] > ready[0]
            gaps = [later - earlier for earlier, later in itertools.pairwise(beats)]
            gaps.sort()
            assert 0.12 < gaps[len(gaps) // 2] < 0.35  # about 0.2 s: half of 0.4 s
            kiosk.send_signal(signal.SIGTERM)
            assert kiosk.wait(15) == 128 + signal.SIGTERM
            listener.wait_for("STOPPING=1")
    finally:
        listener.close()
    assert len(listener.times_of("READY=1")) == 1
    log = log_file.read_text(encoding="utf-8")
    assert "SIGTERM received: closing the kiosk" in log
    assert "kiosk ended cleanly (exit code 143)" in log
    assert not marker_path(data_dir).exists()  # a clean end: no restart line next time


# --- in-process: the GUI thread blocked ------------------------------------------------------
class PaintTimes(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.times: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.monotonic())
        return False


def test_a_blocked_gui_thread_sends_no_heartbeat(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    listener = Listener(str(tmp_path / "notify"))
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Xin chào", window)
    QVBoxLayout(window).addWidget(label)
    painted = PaintTimes()
    label.installEventFilter(painted)
    config = NotifyConfig(socket_address=str(tmp_path / "notify"), watchdog_seconds=0.2)
    watchdog = Watchdog(Notifier(config), window, lambda: "test")
    try:
        window.show()
        qtbot.waitUntil(lambda: watchdog.is_ready, timeout=5000)
        qtbot.waitUntil(lambda: bool(listener.times_of("READY=1")), timeout=5000)
        ready = listener.times_of("READY=1")[0]
        assert painted.times and painted.times[0] < ready  # the content was painted first
        qtbot.waitUntil(lambda: len(listener.times_of("WATCHDOG=1")) >= 5, timeout=5000)

        blocked_at = time.monotonic()
        time.sleep(1.0)  # the GUI thread is stuck: ten intervals of 0.1 s
        unblocked_at = time.monotonic()
        before = len(listener.times_of("WATCHDOG=1"))
        qtbot.waitUntil(lambda: len(listener.times_of("WATCHDOG=1")) >= before + 5, timeout=5000)
    finally:
        watchdog.timer.stop()
        listener.close()
    beats = listener.times_of("WATCHDOG=1")
    # Beats queued in the socket before the block may be read during it; none is sent in it.
    during = [at for at in beats if blocked_at + 0.05 < at < unblocked_at]
    assert during == []
    after = [at for at in beats if at >= unblocked_at]
    assert len(after) >= 5
    assert after[-1] - after[0] < 1.5  # they resume at the interval
    assert len(listener.times_of("READY=1")) == 1


def test_sigterm_closes_through_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked: list[int] = []
    before = signal.getsignal(signal.SIGTERM)
    stops = StopSignals(lambda: asked.append(1))
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: asked == [1], timeout=3000)
        assert stops.exit_code(0) == 128 + signal.SIGTERM
    finally:
        stops.uninstall()
    assert signal.getsignal(signal.SIGTERM) == before


class _Window(QWidget):
    """What `ui.watchdog.install` asks of the kiosk's window."""

    screen_name = "attract"

    def __init__(self) -> None:
        super().__init__()
        self.closed = 0

    def quit_kiosk(self) -> None:
        self.closed += 1


def test_the_stop_signals_are_in_place_before_ready_is_said(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    """From READY=1 and the log's first-frame line on, a SIGTERM closes the kiosk cleanly.
    They were put in place after the voice and the channels were made: a stop that came
    right after the line killed the kiosk (seen once in a full test run)."""
    from PySide6.QtWidgets import QApplication

    from ui.watchdog import install

    window = _Window()
    qtbot.addWidget(window)
    appliance = install(QApplication.instance(), window)
    seen: list[bool] = []
    appliance.watchdog.notifier.ready = lambda _status: seen.append(appliance.stops is not None)
    logged: list[bool] = []

    class AtTheLine(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "first frame painted" in record.getMessage():
                logged.append(appliance.stops is not None)

    handler = AtTheLine()
    logging.getLogger("ui.watchdog").addHandler(handler)
    caplog.set_level(logging.INFO, logger="ui.watchdog")
    try:
        window.show()
        qtbot.waitUntil(lambda: appliance.watchdog.is_ready, timeout=5000)
        assert seen == [True] and logged == [True]
        os.kill(os.getpid(), signal.SIGTERM)  # at once: handled, not the default death
        qtbot.waitUntil(lambda: window.closed == 1, timeout=3000)
        assert appliance.exit_code(0) == 128 + signal.SIGTERM
    finally:
        logging.getLogger("ui.watchdog").removeHandler(handler)
        if appliance.stops is not None:
            appliance.stops.uninstall()
        appliance.watchdog.timer.stop()


def test_a_kiosk_that_ran_without_stop_signals_keeps_its_own_exit_code(qtbot) -> None:  # type: ignore[no-untyped-def]
    stops = StopSignals(lambda: None)
    try:
        assert stops.exit_code(0) == 0
        assert stops.exit_code(3) == 3
    finally:
        stops.uninstall()


NEVER_PAINTED = """
import gc, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.app, ui.watchdog

ui.watchdog.Watchdog.eventFilter = lambda self, watched, event: False  # never sees a frame
ui.app.FIRST_FRAME_WAIT_MS = 300
shown = ui.app.present

def present(window, app, *, windowed):
    shown(window, app, windowed=windowed)
    def report():
        print("gc", gc.isenabled(), "voice", window.narrator is not None, flush=True)
        QApplication.exit(0)
    QTimer.singleShot(2500, report)

ui.app.present = present
import kiosk.cli
sys.exit(kiosk.cli.main(["run", "--windowed", "--data-dir", sys.argv[1]]))
"""


def test_a_window_never_painted_gets_what_waits_for_the_first_frame_all_the_same(tmp_path):
    """`kiosk run` keeps the collector off, and the voice, the channels and the input
    watchers back, until the first frame; with none (no screen to paint on), after 10 s."""
    done = subprocess.run(
        [sys.executable, "-c", NEVER_PAINTED, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "gc True" in done.stdout and "voice True" in done.stdout, done.stdout
    log = (tmp_path / "data" / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "first frame painted" not in log  # READY is never claimed without a frame
