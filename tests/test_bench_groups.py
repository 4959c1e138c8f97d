"""`kiosk bench --help` lists every group ui/tools/bench.py runs, and says so without Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk.tools import bench_groups
from ui.tools import bench

ROOT = Path(__file__).resolve().parent.parent


def test_the_names_are_the_groups_the_bench_runs():
    assert tuple(bench.GROUPS) == bench_groups.NAMES
    assert set(bench_groups.ON_REQUEST) <= set(bench_groups.NAMES)


def test_the_help_lists_every_group_without_loading_qt():
    script = (
        "import sys\n"
        "from kiosk.cli import _parser\n"
        "try:\n"
        "    _parser().parse_args(['bench', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('Qt loaded' if 'PySide6' in sys.modules else 'no Qt')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"COLUMNS": "400", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("no Qt")
    assert (
        "run one group (start, step, memory, narration, print, records, reports, class, "
        "package, scan; soak, 10,000 inputs to the real kiosk under Xvfb, runs only when asked for)"
    ) in " ".join(result.stdout.split())
