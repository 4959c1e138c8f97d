"""The kiosk as a program without a console (kioskw.exe, PyInstaller's console=False build on
Windows, or pythonw.exe): it starts with no stdout and no stderr (descriptors 1 and 2 not
open, sys.stdout and sys.stderr None). Simulated here by starting Python with both closed,
which is what Python does then on every system: the log, the supervisor and Qt's messages
must go to the log files, and nothing may fail for want of a console."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def windowless(*argv: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    """Run `argv` with descriptors 1 and 2 closed, as a windowed program starts."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        ["sh", "-c", 'exec "$0" "$@" >&- 2>&-', *argv], cwd=cwd, env=env, timeout=60
    )


def test_the_kiosks_log_and_qts_messages_reach_the_file_without_a_console(tmp_path: Path):
    data = tmp_path / "data"
    script = textwrap.dedent(
        """
        import logging, os, sys
        from pathlib import Path
        assert sys.stdout is None and sys.stderr is None, (sys.stdout, sys.stderr)
        from kiosk.commands.run import setup_logging
        setup_logging(Path(sys.argv[1]))
        logging.getLogger("kiosk").info("a windowed kiosk logs to its file")
        from ui import errors
        errors.install()
        os.write(2, b"qt-warning qt.test: a message of Qt's\\n")  # as Qt writes to stderr
        print("to nowhere")
        print("to nowhere either", file=sys.stderr)
        logging.getLogger("kiosk").info("still logging")
        """
    )
    result = windowless(sys.executable, "-c", script, str(data))
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert result.returncode == 0, log
    assert "INFO kiosk: a windowed kiosk logs to its file" in log
    assert "WARNING kiosk.errors: qt.test: a message of Qt's" in log  # read back from the pipe
    assert "INFO kiosk: still logging" in log
    assert "Traceback" not in log and "to nowhere" not in log


def test_a_windowed_supervisor_starts_its_own_executable_and_logs_to_its_file(tmp_path: Path):
    """`kioskw.exe supervise` starts `kioskw.exe run`: frozen, the supervisor's child is its
    own executable (sys.executable), so a windowless supervisor has a windowless kiosk."""
    data = tmp_path / "data"
    seen = tmp_path / "child.json"
    kioskw = tmp_path / "kioskw"  # stands for the frozen kioskw.exe: records how it was run
    kioskw.write_text(
        f"#!{sys.executable}\n"
        "import json, sys\n"
        f"open({str(seen)!r}, 'w').write(json.dumps([sys.argv, sys.stderr is None]))\n",
        encoding="utf-8",
    )
    kioskw.chmod(0o755)
    script = (
        "import sys; sys.frozen = True; sys.executable = sys.argv[1]\n"
        "from kiosk.cli import main\n"
        "sys.exit(main(['supervise', '--data-dir', sys.argv[2]]))\n"
    )
    result = windowless(sys.executable, "-c", script, str(kioskw), str(data))
    log = (data / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert result.returncode == 0, log  # the child ended with 0: closed, the supervisor too
    argv, child_without_stderr = json.loads(seen.read_text(encoding="utf-8"))
    assert argv == [str(kioskw), "run", "--data-dir", str(data)]
    assert child_without_stderr  # it inherits no console either
    assert "supervisor: started the kiosk (pid " in log and f": {kioskw} run --data-dir" in log
    assert "was closed (exit code 0): the supervisor ends too" in log
    assert "Traceback" not in log
