"""Group `package` of `kiosk bench`: the PyInstaller one-folder build (`make dist`,
packaging/pyinstaller/).

dist_start_ratio: the built kiosk's start to the home screen's first frame, over a bare PySide6
window frozen the same way (packaging/pyinstaller/bare.spec, built into build/bare/ when
missing); medians of DIST_RUNS starts each after one warm-up. dist_mb: the unpacked size of
dist/cultural-house-kiosk/. Without a build the group says how to make one and gives no
figures."""

from __future__ import annotations

import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ui.app import FIRST_FRAME_MARKER
from ui.tools.bench_common import environment

DIST_RUNS = 7
APP_NAME = "cultural-house-kiosk"  # packaging/pyinstaller/contents.py
BARE_NAME = "bare-window"
TARGETS = {"dist_start_ratio": (2.0, ""), "dist_mb": (300.0, " MB")}
_START_TIMEOUT_S = 60.0


class PackageMissing(Exception):
    """No build to measure, with what to do about it."""


def project_root() -> Path:
    """The source checkout this module runs from (its dist/ and build/ folders)."""
    return Path(__file__).resolve().parents[2]


def _executable(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def kiosk_executable(root: Path) -> Path:
    return _executable(root / "dist" / APP_NAME, "kiosk")


def bare_executable(root: Path) -> Path:
    return _executable(root / "build" / "bare" / "dist" / BARE_NAME, BARE_NAME)


def folder_mb(folder: Path) -> float:
    """The size of the files under `folder` in MB (1,048,576 bytes), links not followed."""
    total = sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())
    return round(total / 1_048_576, 1)


def build_bare(root: Path) -> Path:
    """Freeze the bare window (a minute or less) and give its executable."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise PackageMissing(
            "PyInstaller is not installed here: run `make dist` (it installs the `package` "
            "extra and builds the kiosk and the bare window)"
        )
    spec = root / "packaging" / "pyinstaller" / "bare.spec"
    print(f"… building the bare window ({spec.relative_to(root)})", file=sys.stderr, flush=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(root / "build" / "bare" / "dist")]
    command += ["--workpath", str(root / "build" / "bare" / "work"), str(spec)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    executable = bare_executable(root)
    if done.returncode != 0 or not executable.exists():
        raise PackageMissing(f"building {spec} failed:\n{done.stderr[-2000:]}")
    return executable


def time_to_marker(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning `command` to it printing the first-frame marker."""
    start = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == FIRST_FRAME_MARKER:
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"{command[0]} exited without painting a frame")
        process.wait(timeout=_START_TIMEOUT_S)
    return elapsed


def measure(
    kiosk: Path, bare: Path, lessons: Path | None, runs: int = DIST_RUNS
) -> dict[str, float]:
    env = environment()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-package-") as data:
        command = [str(kiosk), "run", "--windowed", "--data-dir", data, "--bench-first-frame"]
        if lessons:
            command += ["--lessons", str(lessons)]
        time_to_marker(command, env)  # warm the disk cache; every run then sees the same
        time_to_marker([str(bare)], env)
        kiosk_times, bare_times = [], []
        for _ in range(runs):
            kiosk_times.append(time_to_marker(command, env))
            bare_times.append(time_to_marker([str(bare)], env))
    start_s, bare_s = statistics.median(kiosk_times), statistics.median(bare_times)
    return {
        "dist_start_s": round(start_s, 3),
        "dist_bare_start_s": round(bare_s, 3),
        "dist_start_ratio": round(start_s / bare_s, 3),
    }


def bench_package(lessons: Path | None, root: Path | None = None) -> dict[str, float]:
    """The group's figures for the build under `root` (this source checkout when None)."""
    root = root or project_root()
    kiosk = kiosk_executable(root)
    try:
        if not kiosk.exists():
            raise PackageMissing(
                f"no build to measure ({kiosk} is missing): run `make dist` first (about a "
                "minute), then `kiosk bench --only package`"
            )
        bare = bare_executable(root)
        if not bare.exists():
            bare = build_bare(root)
    except PackageMissing as missing:
        print(f"package: {missing}", file=sys.stderr, flush=True)
        return {}
    return {**measure(kiosk, bare, lessons), "dist_mb": folder_mb(kiosk.parent)}
