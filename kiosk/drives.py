"""USB sticks the kiosk may save to: found by drive type on Windows, by mount place on Linux.

`stick_folders` decides from a list of mounted partitions, and is the same on every system,
so that Windows-shaped lists are tested on Linux. The lists come from:

- Windows: `psutil.disk_partitions()`. Its `opts` ends with the drive type ("removable",
  "fixed", "cdrom") and starts with "rw" or "ro" when the drive has a volume; a card reader
  or stick slot without media is listed as "removable" with no file system. psutil asks
  Windows not to show "There is no disk in the drive" while it looks.
- Linux: the mounted folders one or two levels under /media and /run/media (/media/STICK,
  /media/user/STICK: where desktops and udisks mount sticks). A mere folder there is not
  a stick.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

LINUX_ROOTS = (Path("/media"), Path("/run/media"))


@dataclass(frozen=True)
class Partition:
    """One mounted partition, as psutil names its fields."""

    device: str  # "E:\\", "/dev/sdb1"
    mountpoint: str  # "E:\\", "/media/kiosk/KINGSTON"
    fstype: str = ""  # "FAT32", "exFAT", "vfat"; "" for a drive without media
    opts: str = ""  # "rw,removable", "ro,cdrom", "rw,nosuid,nodev"


def stick_folders(
    partitions: Iterable[Partition],
    writable: Callable[[str], bool],
    *,
    windows: bool,
    roots: tuple[Path, ...] = LINUX_ROOTS,
) -> list[Path]:
    """The folders of the writable USB sticks among `partitions`, in name order.

    Windows: removable drives with media that are not read-only. Linux: mount points one or
    two levels under `roots`. Either way `writable(mountpoint)` must hold. A fixed disk, a
    CD drive or a network drive is never a stick."""
    found: list[Path] = []
    for partition in partitions:
        if windows:
            opts = {part.strip().lower() for part in partition.opts.split(",")}
            if "removable" not in opts or "ro" in opts or not partition.fstype:
                continue
        elif not _just_under(Path(partition.mountpoint), roots):
            continue
        if writable(partition.mountpoint):
            found.append(Path(partition.mountpoint))
    return sorted(set(found), key=str)


def usb_folders(roots: tuple[Path, ...] | None = None) -> list[Path]:
    """The writable USB sticks plugged in now: by drive type on Windows, under /media and
    /run/media on Linux; or, given `roots`, the sticks mounted under those (any system)."""
    if roots is None and sys.platform == "win32":
        return stick_folders(_windows_partitions(), _writable, windows=True)
    roots = LINUX_ROOTS if roots is None else roots
    return stick_folders(mounted_under(roots), _writable, windows=False, roots=roots)


def mounted_under(roots: tuple[Path, ...]) -> list[Partition]:
    """The mount points one or two levels under `roots`, as partitions (Linux)."""
    found: list[Partition] = []
    for root in roots:
        try:
            tops = sorted(p for p in root.iterdir() if p.is_dir())
        except OSError:
            continue
        for top in tops:
            below: list[Path] = []
            if not os.path.ismount(top):
                with contextlib.suppress(OSError):
                    below = sorted(p for p in top.iterdir() if p.is_dir())
            found.extend(
                Partition("", str(folder)) for folder in (top, *below) if os.path.ismount(folder)
            )
    return found


def _windows_partitions() -> list[Partition]:
    if sys.platform == "win32":  # psutil is a dependency on Windows only (pyproject.toml)
        import psutil

        return [
            Partition(p.device, p.mountpoint, p.fstype, p.opts)
            for p in psutil.disk_partitions(all=False)
        ]
    return []


def _writable(folder: str) -> bool:
    return os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK)


def _just_under(folder: Path, roots: tuple[Path, ...]) -> bool:
    for root in roots:
        with contextlib.suppress(ValueError):
            if 1 <= len(folder.relative_to(root).parts) <= 2:
                return True
    return False
