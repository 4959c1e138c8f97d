"""Every uncaught error reaches the log with its traceback, and the kiosk goes on: an
exception in a slot, one in an event handler, one in another thread, and Qt's own warnings.
Run in a process of its own, as the kiosk installs the hooks for its whole life."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import logging, sys, threading
    from PySide6.QtCore import QTimer, qWarning
    from PySide6.QtWidgets import QApplication, QWidget
    from ui import errors

    logging.basicConfig(filename=sys.argv[1], level=logging.INFO, force=True)
    app = QApplication([])
    errors.install()
    went_on = []

    class Broken(QWidget):
        def resizeEvent(self, event):
            raise ValueError("in an event handler")

    def slot():
        raise RuntimeError("in a slot")

    def in_thread():
        raise KeyError("in a thread")

    def broken_widget():
        widget = Broken()
        went_on.append(widget)
        widget.show()  # its resize event comes from the event loop

    def thread():
        worker = threading.Thread(target=in_thread, name="worker")
        worker.start()
        worker.join()

    def end():
        print("STILL-RUNNING", len(went_on), flush=True)
        app.quit()

    QTimer.singleShot(0, slot)
    QTimer.singleShot(50, broken_widget)
    QTimer.singleShot(100, thread)
    QTimer.singleShot(150, lambda: qWarning("a warning from Qt"))
    QTimer.singleShot(160, lambda: [qWarning("said again and again") for _ in range(2500)])
    # a flood far beyond the pipe's size, from the GUI thread: never a frozen kiosk
    QTimer.singleShot(200, lambda: [qWarning("flood of warnings") for _ in range(60000)])
    QTimer.singleShot(400, end)
    sys.exit(app.exec())
    """
)


def run_script(script: str, log: Path) -> subprocess.CompletedProcess[str]:
    """`script` in a Python process of its own, logging to `log`, offscreen."""
    return subprocess.run(
        [sys.executable, "-c", script, str(log)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        cwd=Path(__file__).resolve().parent.parent,
    )


def test_uncaught_errors_reach_the_log_and_the_program_goes_on(tmp_path: Path) -> None:
    log = tmp_path / "kiosk.log"
    done = run_script(SCRIPT, log)
    assert done.returncode == 0, done.stderr
    assert "STILL-RUNNING 1" in done.stdout
    text = log.read_text(encoding="utf-8")
    for message in ("in a slot", "in an event handler", "in a thread"):
        assert message in text
    assert text.count("Traceback (most recent call last)") >= 3
    assert "uncaught RuntimeError" in text
    assert "uncaught KeyError in thread worker" in text
    assert "a warning from Qt" in text
    assert "flood of warnings" in text
    # a message Qt repeats at every sentence is logged its first times, then once in 1000
    assert text.count("said again and again") == 3 + 2
    assert "said again and again (seen 2000 times)" in text


CHILD_HOLDS_THE_PIPE = textwrap.dedent(
    """
    import logging, os, subprocess, sys
    from PySide6.QtWidgets import QApplication
    from ui import errors

    logging.basicConfig(filename=sys.argv[1], level=logging.INFO, force=True)
    app = QApplication([])
    previous = errors.install()
    # A child that keeps descriptor 2 (the pipe) open, as multiprocessing's resource tracker
    # does for the kiosk's whole life.
    child = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"], stdout=subprocess.DEVNULL
    )
    os.write(2, b"a last line from C, just before the exit\\n")
    errors.uninstall(previous)
    print(child.pid, previous.stderr.thread.is_alive(), child.poll() is None, flush=True)
    child.kill()
    """
)


def test_the_exit_does_not_wait_for_children_that_hold_stderr(tmp_path: Path) -> None:
    """The stderr pipe's reader is stopped by a line of ours, not by the pipe closing: with a
    child holding the pipe, it read until the join gave up (2 s at every exit), and went on."""
    log = tmp_path / "kiosk.log"
    done = run_script(CHILD_HOLDS_THE_PIPE, log)
    assert done.returncode == 0, done.stderr
    _pid, reader_alive, child_alive = done.stdout.split()
    assert child_alive == "True"  # the pipe was still held open as the reader was stopped
    assert reader_alive == "False"  # stopped by the last line, not left reading
    text = log.read_text(encoding="utf-8")
    assert "a last line from C, just before the exit" in text  # drained before the end
    assert "stderr goes back" not in text  # the last line of ours is not a message


STDERR_READER_GONE = textwrap.dedent(
    """
    import logging, os, sys
    from PySide6.QtWidgets import QApplication
    from ui import errors

    # Whoever read the kiosk's stderr is gone (a supervisor or terminal closed): descriptor 2
    # is a pipe with no reader. The log's console handler writes there, as the kiosk's does.
    read, write = os.pipe()
    os.dup2(write, 2)
    os.close(write)
    os.close(read)
    logging.basicConfig(filename=sys.argv[1], level=logging.INFO, force=True)
    console = logging.StreamHandler(sys.stderr)
    logging.getLogger().addHandler(console)
    app = QApplication([])
    previous = errors.install()
    logging.getLogger("kiosk").info("a line for the log and the console")
    try:
        errors.uninstall(previous)
    except OSError as error:
        print("RAISED", type(error).__name__, flush=True)
    else:
        print("CLOSED", console.stream is previous.stderr.previous, flush=True)
    logging.getLogger("kiosk").info("after: still logged")
    """
)


def test_a_stderr_nobody_reads_any_more_does_not_break_the_exit(tmp_path: Path) -> None:
    """Seen in the real kiosk when its parent had gone: at the exit, giving the console
    handler its stream back flushed into the closed pipe, and the log ended on an error."""
    log = tmp_path / "kiosk.log"
    done = run_script(STDERR_READER_GONE, log)
    assert done.stdout.split() == ["CLOSED", "True"], done.stdout + done.stderr
    text = log.read_text(encoding="utf-8")
    assert "a line for the log and the console" in text and "after: still logged" in text
    assert "BrokenPipe" not in text and "Traceback" not in text
