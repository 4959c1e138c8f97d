"""The real kiosk process starts whatever its files hold (kiosk/guarded.py).

`kiosk run` (offscreen, a throwaway data directory) is started with a hostile settings.json,
channels.json, kiosk-id and lesson packs; it must reach its first screen (the attract loop,
or the PIN set-up of a new kiosk) with no traceback, and its log must name every bad file
(with its line where there is one). tests/test_hostile_files.py tries each reader in depth.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from tests.packbuilder import PackBuilder
from tests.xsession import KioskProcess, kiosk_command

FIRST_SCREENS = ("attract", "home", "pin_setup")
START_S = 60.0  # a loaded CI machine; a start takes about two seconds


class OffscreenKiosk(KioskProcess):
    """`kiosk run` on the offscreen platform: no X server needed to start."""

    def __init__(self, data_dir: Path, out_dir: Path, lessons: Path) -> None:
        super().__init__("", data_dir, out_dir)
        self.lessons = lessons

    def environment(self) -> dict[str, str]:
        env = super().environment()
        env.pop("DISPLAY", None)
        env.update(QT_QPA_PLATFORM="offscreen", KIOSK_GEOMETRY_LOG="0")
        return env

    def start(self) -> None:
        import subprocess

        command = [*kiosk_command(), "run", "--data-dir", str(self.data_dir)]
        command += ["--lessons", str(self.lessons)]
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.process = subprocess.Popen(
                command,
                env=self.environment(),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )

    def first_screen(self) -> tuple[str, str]:
        """The first screen shown, and the log up to it; fails on a traceback or an exit."""
        deadline = time.monotonic() + START_S
        while time.monotonic() < deadline:
            log = self.log()
            found = re.search(r"ui\.window: screen (\w+)", log)
            if found:
                return found[1], log[: found.end()]
            if not self.alive() or "Traceback" in self.output():
                break
            time.sleep(0.05)
        raise AssertionError(f"no first screen; output:\n{self.output()[-3000:]}")


def _deep(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


def _packs(root: Path, pack_yaml: bytes, lesson_yaml: bytes) -> tuple[Path, Path, Path]:
    """A good pack with a good and a hostile lesson, and a pack whose pack.yaml is hostile."""
    good = PackBuilder(root / "vi-good", pack_id="vi-good")
    good.lesson("01-install")
    good.lesson("02-hostile", lesson_id="hostile")
    good.write("02-hostile/lesson.yaml", lesson_yaml)
    bad = PackBuilder(root / "vi-bad", pack_id="vi-bad")
    bad.lesson("01-other", lesson_id="other")
    bad.write("pack.yaml", pack_yaml)
    return root, good.folder / "02-hostile/lesson.yaml", bad.folder / "pack.yaml"


VARIANTS = {
    # settings, channels, kiosk-id, pack.yaml, lesson.yaml, and the line of each problem
    "nested ninety thousand deep": (
        b'{\n"language": ' + _deep(90_000) + b"}",
        b'{"commune":\n\n{"name": ' + _deep(90_000) + b"}}",
        _deep(10),
        b"format: 1\nid: " + _deep(100_000),
        b"id: hostile\n\nsteps:\n" + b"".join(b"  " * i + b"-\n" for i in range(1, 400)),
        (2, 3, 1, 2, 35),
    ),
    "huge numbers, NaN and wrong types": (
        b'{"language": ["vi"], "speed": {"a": []},\n "volume": ' + b"9" * 5000 + b"}",
        b'{"commune": {"name": NaN}}',
        b"9" * 5000,
        b"format: 1\nid: vi-bad\nversion: " + b"9" * 5000 + b"\n",
        b"id: hostile\ntitle: .inf\nsteps: 0x" + b"f" * 5000 + b"\n",
        (2, 1, 1, 3, 2),
    ),
    "binary, UTF-16 and a NUL": (
        bytes(range(256)) * 40,
        '{"commune": {"name": "Xã"}}'.encode("utf-16"),
        b"\0" * 36,
        b"format: 1\n\n\n\xff\xfe\n",
        "id: hostile\n".encode("utf-16"),
        (2, 1, 1, 4, 1),
    ),
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_kiosk_starts_with_hostile_files_and_names_them(
    tmp_path: Path, data_dir: Path, variant: str
) -> None:
    settings, channels, identity, pack_yaml, lesson_yaml, lines = VARIANTS[variant]
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_bytes(settings)
    (data_dir / "channels.json").write_bytes(channels)
    (data_dir / "kiosk-id").write_bytes(identity)
    packs, lesson_file, pack_file = _packs(tmp_path / "packs", pack_yaml, lesson_yaml)
    kiosk = OffscreenKiosk(data_dir, tmp_path, packs)
    started = time.monotonic()
    kiosk.start()
    try:
        screen, log = kiosk.first_screen()
        assert screen in FIRST_SCREENS
        assert time.monotonic() - started < START_S
        assert "Traceback" not in log and kiosk.alive()
        settings_line, channels_line, _, pack_line, lesson_line = lines
        assert re.search(rf"WARNING kiosk: {data_dir / 'settings.json'}:{settings_line}: ", log)
        assert f"lesson pack problem: {pack_file}:{pack_line}: " in log
        assert f"lesson pack problem: {lesson_file}:{lesson_line}: " in log
        assert "starting with 1 lessons" in log  # the good one; the rest were skipped
        # The channels are read once the first frame is up, the kiosk id as the records open
        # just after.
        channels_said = rf"channels: {data_dir / 'channels.json'}:{channels_line}: "
        deadline = time.monotonic() + 20
        while not re.search(channels_said, kiosk.log()) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert re.search(channels_said, kiosk.log())
        said = f"{data_dir / 'kiosk-id'}:"
        while said not in kiosk.log() and kiosk.alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert re.search(rf"{re.escape(said[:-1])}(:\d+)?: .*a new kiosk id is made", kiosk.log())
        assert (data_dir / "kiosk-id.damaged").read_bytes() == identity
    finally:
        kiosk.stop()
