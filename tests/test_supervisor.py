"""`kiosk supervise` (kiosk/appliance/supervisor.py) with the real kiosk as its child, and the
kiosk coming back after a kill: the run marker's restart line, the attract screen first, and
an open group session still open in the records."""

from __future__ import annotations

import itertools
import logging
import os
import re
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.appliance import runmarker
from kiosk.appliance.runmarker import marker_path
from kiosk.appliance.supervisor import RestartPolicy, default_command, describe_exit
from kiosk.identity import kiosk_id
from kiosk.records.backup import open_checked
from kiosk.records.operations import LoadDesk, StartSession
from tests.test_watchdog import (
    FIRST_FRAME,
    installed,
    kiosk_env,
    started,
    wait_for_text,
)
from tests.xsession import kiosk_command

STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) ", re.MULTILINE)


def supervise(data_dir: Path, *options: str) -> list[str]:
    return [*kiosk_command(), "supervise", "--data-dir", str(data_dir), *options]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead too: its parent has not reaped it yet.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except (OSError, IndexError):
        return False


def child_pids(log: str) -> list[int]:
    return [int(pid) for pid in re.findall(r"started the kiosk \(pid (\d+)\)", log)]


def stamps(log: str, pattern: str) -> list[float]:
    """When each line that matches `pattern` was logged, in seconds."""
    found = []
    for line in log.splitlines():
        if re.search(pattern, line):
            match = STAMP.match(line)
            assert match is not None
            found.append(datetime.strptime(match[1], "%Y-%m-%d %H:%M:%S,%f").timestamp())
    return found


def stop_supervisor(
    supervisor: subprocess.Popen[bytes], log_file: Path, child_running: bool = True
) -> str:
    supervisor.send_signal(signal.SIGTERM)
    assert supervisor.wait(20) == 0
    log = log_file.read_text(encoding="utf-8")
    if child_running:
        assert "supervisor: SIGTERM received: stopping the kiosk" in log
    assert "supervisor: stopped (SIGTERM)" in log
    return log


# --- the policy ------------------------------------------------------------------------------
def test_ten_quick_ends_then_the_waits_double_up_to_the_most() -> None:
    policy = RestartPolicy(crash_limit=10, crash_window=60, backoff_first=1, backoff_max=60)
    delays = [policy.delay_after(ended_at=0.1 * n, uptime=0.1) for n in range(17)]
    assert delays == [0.0] * 9 + [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0]
    # A run that lasted the window starts the count again.
    assert policy.delay_after(ended_at=500, uptime=60) == 0.0
    # Waiting restarts stay waiting while they keep failing, even spread over the window.
    spread = RestartPolicy(crash_limit=3, crash_window=10, backoff_first=1, backoff_max=60)
    delays = [spread.delay_after(ended_at=float(at), uptime=1) for at in (0, 1, 2, 30, 90)]
    assert delays == [0.0, 0.0, 1.0, 2.0, 4.0]


def test_exits_in_words() -> None:
    assert describe_exit(3) == "ended with exit code 3"
    assert describe_exit(-9) == "was killed by signal SIGKILL (9)"


def test_the_default_child_is_this_programs_run_with_the_same_data(tmp_path: Path) -> None:
    assert default_command(tmp_path, False, "/usr/bin/python3") == (
        "/usr/bin/python3",
        "-m",
        "kiosk",
        "run",
        "--data-dir",
        str(tmp_path),
    )
    assert default_command(tmp_path, True, r"C:\Kiosk\kiosk.exe") == (
        r"C:\Kiosk\kiosk.exe",
        "run",
        "--data-dir",
        str(tmp_path),
    )


# --- with the real kiosk ---------------------------------------------------------------------
def test_a_killed_kiosk_is_restarted_and_says_why(tmp_path: Path) -> None:
    data_dir = installed(tmp_path / "data")
    log_file = data_dir / "logs" / "supervisor.log"
    kiosk_log = data_dir / "logs" / "kiosk.log"
    command = supervise(data_dir, "--heartbeat-timeout", "5", "--start-grace", "30")
    with started(command, kiosk_env(data_dir), tmp_path / "supervisor.out") as supervisor:
        wait_for_text(kiosk_log, re.escape(FIRST_FRAME), timeout=30)
        first = child_pids(log_file.read_text(encoding="utf-8"))[0]
        os.kill(first, signal.SIGKILL)
        log = wait_for_text(log_file, r"started the kiosk \(pid \d+\)", count=2)
        assert (
            f"supervisor: the kiosk (pid {first}) was killed by signal SIGKILL (9); "
            "restart 1 now" in log
        )
        second = child_pids(log)[1]
        assert second != first
        kiosk = wait_for_text(kiosk_log, re.escape(FIRST_FRAME), count=2, timeout=30)
        assert f"restarted: the previous run (pid {first}, started " in kiosk
        assert (
            f"restarted by the supervisor: the last run (pid {first}) was killed by signal "
            "SIGKILL (9)" in kiosk
        )
        log = stop_supervisor(supervisor, log_file)
    assert f"supervisor: the kiosk (pid {second}) ended with exit code 143" in log
    assert not alive(second)
    assert "kiosk ended cleanly (exit code 143)" in kiosk_log.read_text(encoding="utf-8")


def test_a_frozen_kiosk_is_stopped_and_restarted(tmp_path: Path) -> None:
    data_dir = installed(tmp_path / "data")
    log_file = data_dir / "logs" / "supervisor.log"
    kiosk_log = data_dir / "logs" / "kiosk.log"
    options = ("--heartbeat-timeout", "2", "--start-grace", "30", "--stop-wait", "1")
    with started(supervise(data_dir, *options), kiosk_env(data_dir), tmp_path / "out") as sup:
        wait_for_text(kiosk_log, re.escape(FIRST_FRAME), timeout=30)
        first = child_pids(log_file.read_text(encoding="utf-8"))[0]
        os.kill(first, signal.SIGSTOP)  # frozen: not a beat more, SIGTERM not handled
        log = wait_for_text(log_file, r"started the kiosk \(pid \d+\)", count=2, timeout=15)
        assert re.search(
            rf"supervisor: stale heartbeat: the kiosk \(pid {first}\) gave none for "
            r"2\.\d s \(limit 2 s\): stopping it",
            log,
        )
        assert f"the kiosk (pid {first}) did not stop within 1 s: killing it" in log
        assert re.search(
            rf"supervisor: the kiosk \(pid {first}\) gave no heartbeat for 2\.\d s "
            r"\(stale heartbeat\) and was killed by signal SIGKILL \(9\); restart 1 now",
            log,
        )
        assert not alive(first)
        kiosk = wait_for_text(kiosk_log, re.escape(FIRST_FRAME), count=2, timeout=30)
        assert "(stale heartbeat) and was killed by signal SIGKILL (9)" in kiosk
        stop_supervisor(sup, log_file)


def test_a_crash_loop_backs_off_instead_of_spinning(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log_file = data_dir / "logs" / "supervisor.log"
    options = ("--crash-limit", "10", "--crash-window", "60", "--backoff-max", "2")
    crashing = ["--", sys.executable, "-c", "import sys; sys.exit(3)"]
    with started(
        supervise(data_dir, *options, *crashing), kiosk_env(data_dir), tmp_path / "o"
    ) as sup:
        log = wait_for_text(log_file, r"restart 13 in", timeout=20)
        time.sleep(1.0)  # the 14th start waits 2 s: no start in this second
        log = log_file.read_text(encoding="utf-8")
        assert len(child_pids(log)) == 13
        log = stop_supervisor(sup, log_file, child_running=False)
    restarts = re.findall(r"ended with exit code 3; .*restart (\d+) (now|in \d+ s)", log)
    assert [when for _, when in restarts] == ["now"] * 9 + ["in 1 s", "in 2 s", "in 2 s", "in 2 s"]
    assert "crash loop (10 ends within 60 s): restart 10 in 1 s" in log
    starts = stamps(log, r"started the kiosk")
    waits = [later - earlier for earlier, later in itertools.pairwise(starts[9:])]
    assert waits[0] >= 0.9 and all(wait >= 1.9 for wait in waits[1:])
    assert starts[-1] - starts[0] >= 4.9  # 1 + 2 + 2 s of waiting: no spinning


# The kiosk, closed a second after it is shown by what the panel's "Close the program" (and
# Ctrl+Alt+Q's confirmation) calls: KioskWindow.quit_kiosk.
CLOSED_BY_THE_FACILITATOR = """
import sys
from PySide6.QtCore import QTimer
import ui.app
shown = ui.app.present
def present(window, app, *, windowed):
    shown(window, app, windowed=windowed)
    QTimer.singleShot(1000, window.quit_kiosk)
ui.app.present = present
from kiosk.cli import main
sys.exit(main(["run", "--data-dir", sys.argv[1]]))
"""


def test_the_facilitators_close_ends_the_kiosk_with_0_and_the_supervisor_too(
    tmp_path: Path,
) -> None:
    data_dir = installed(tmp_path / "data")
    closing = ["--", sys.executable, "-c", CLOSED_BY_THE_FACILITATOR, str(data_dir)]
    with started(supervise(data_dir, *closing), kiosk_env(data_dir), tmp_path / "o") as sup:
        assert sup.wait(30) == 0
    log = (data_dir / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert "was closed (exit code 0): the supervisor ends too" in log
    assert len(child_pids(log)) == 1
    kiosk = (data_dir / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert FIRST_FRAME in kiosk and "kiosk ended cleanly (exit code 0)" in kiosk
    assert not marker_path(data_dir).exists()


# --- coming back after kill -9 -----------------------------------------------------------------
def test_after_kill_9_the_kiosk_comes_back_on_the_attract_loop_with_its_session_open(
    tmp_path: Path,
) -> None:
    data_dir = installed(tmp_path / "data")
    store, _ = open_checked(data_dir, kiosk_id(data_dir))
    session = StartSession("group", "Nhà văn hoá tổ 3", "Chị Lan").run(store)
    store.close()
    kiosk_log = data_dir / "logs" / "kiosk.log"
    command = [*kiosk_command(), "run", "--data-dir", str(data_dir)]
    env = kiosk_env(data_dir)
    with started(command, env, tmp_path / "first.out") as first:
        # The records opened (and checked) by the kiosk, then killed with them open.
        wait_for_text(kiosk_log, r"retention: \d+ people anonymised", timeout=30)
        os.kill(first.pid, signal.SIGKILL)
        assert first.wait(10) == -signal.SIGKILL
    with started(command, env, tmp_path / "second.out") as second:
        log = wait_for_text(kiosk_log, re.escape(FIRST_FRAME), count=2, timeout=30)
        second.send_signal(signal.SIGTERM)
        assert second.wait(15) == 128 + signal.SIGTERM
    restart = (
        rf"restarted: the previous run \(pid {first.pid}, started "
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\) did not end cleanly "
        r"\(crash, freeze, power cut or kill\)"
    )
    assert len(re.findall(restart, log)) == 1
    after = log[re.search(restart, log).start() :]  # type: ignore[union-attr]
    assert FIRST_FRAME in after  # the attract loop first
    assert re.findall(r"screen (\w+)", after)[0] == "attract"
    store, report = open_checked(data_dir, kiosk_id(data_dir))
    try:
        desk = LoadDesk().run(store)
    finally:
        store.close()
    assert report is None  # nothing to recover
    assert desk.session is not None and desk.session.id == session.id
    assert desk.session.is_open and desk.session.kind == "group"


def test_the_marker_tells_a_run_that_did_not_end_cleanly(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert runmarker.mark_start(tmp_path, "0.1.0") is None  # a first start
    runmarker.mark_clean_exit(tmp_path)
    assert runmarker.mark_start(tmp_path, "0.1.0") is None  # the last run ended cleanly
    previous = runmarker.mark_start(tmp_path, "0.1.1")  # this one did not
    assert previous is not None and previous.pid == os.getpid() and previous.version == "0.1.0"
    with caplog.at_level(logging.WARNING, logger="kiosk.appliance.runmarker"):
        runmarker.log_restart(previous, native_crash=True, env={})
        runmarker.log_restart(None, env={"KIOSK_RESTART_REASON": "the last run (pid 5) ..."})
    assert [record.getMessage() for record in caplog.records] == [
        f"restarted: the previous run (pid {os.getpid()}, started {previous.started}) did not "
        "end cleanly (a native crash: its stack is logged above)",
        "restarted by the supervisor: the last run (pid 5) ...",
    ]
    runmarker.marker_path(tmp_path).write_text("{half a", encoding="utf-8")  # a power cut
    damaged = runmarker.mark_start(tmp_path, "0.1.1")
    assert damaged is not None and damaged.pid == 0
