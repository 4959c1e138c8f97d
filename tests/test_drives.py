"""Which mounted partitions are USB sticks the kiosk may save to (kiosk/drives.py): the lists
Windows gives through psutil, and Linux's mounts under /media and /run/media."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk import drives
from kiosk.drives import Partition, stick_folders

# As psutil.disk_partitions() lists them on Windows: opts is "rw"/"ro" (when the drive has
# a volume), then the drive type; a reader without a card has neither a file system nor rw.
WINDOWS = [
    Partition("C:\\", "C:\\", "NTFS", "rw,fixed"),
    Partition("D:\\", "D:\\", "CDFS", "ro,cdrom"),
    Partition("E:\\", "E:\\", "FAT32", "rw,removable"),
    Partition("F:\\", "F:\\", "exFAT", "ro,removable"),  # the stick's lock switch is on
    Partition("G:\\", "G:\\", "", "removable"),  # a card reader with no card in it
    Partition("H:\\", "H:\\", "NTFS", "rw,removable"),
    Partition("I:\\", "I:\\", "", "cdrom"),  # a DVD drive, empty
]

# As psutil (or /proc/self/mounts) lists them on Linux.
LINUX = [
    Partition("/dev/sda2", "/", "ext4", "rw,relatime"),
    Partition("/dev/sda1", "/boot/efi", "vfat", "rw,relatime"),
    Partition("/dev/sdb1", "/media/kiosk/KINGSTON", "vfat", "rw,nosuid,nodev,uid=1000"),
    Partition("/dev/sdc1", "/run/media/kiosk/SANDISK", "exfat", "rw,nosuid,nodev"),
    Partition("/dev/sdd1", "/media/STICK", "vfat", "rw"),
    Partition("/dev/sr0", "/media/kiosk/cdrom/disc/deep", "iso9660", "ro"),  # too deep
    Partition("/dev/sde1", "/mnt/backup", "ext4", "rw"),  # not where sticks are mounted
    Partition("/dev/sdf1", "/media", "ext4", "rw"),  # the root itself is no stick
]


def everything_writable(mountpoint: str) -> bool:
    return True


def test_on_windows_only_removable_drives_with_media_that_can_be_written_are_sticks():
    asked: list[str] = []

    def writable(mountpoint: str) -> bool:
        asked.append(mountpoint)
        return mountpoint != "H:\\"  # the check fails: a stick Windows will not let us write

    assert stick_folders(WINDOWS, everything_writable, windows=True) == [
        Path("E:\\"),
        Path("H:\\"),
    ]
    assert stick_folders(WINDOWS, writable, windows=True) == [Path("E:\\")]
    # the fixed disk, the CD drives, the read-only stick and the empty reader are not even
    # looked at (an empty drive must not be touched: Windows may ask for a disk)
    assert asked == ["E:\\", "H:\\"]


def test_on_windows_no_removable_drive_means_no_stick():
    fixed_only = [p for p in WINDOWS if "removable" not in p.opts]
    assert stick_folders(fixed_only, everything_writable, windows=True) == []
    assert stick_folders([], everything_writable, windows=True) == []


def test_on_linux_sticks_are_the_mounts_one_or_two_levels_under_media():
    assert stick_folders(LINUX, everything_writable, windows=False) == [
        Path("/media/STICK"),
        Path("/media/kiosk/KINGSTON"),
        Path("/run/media/kiosk/SANDISK"),
    ]
    read_only = {"/media/kiosk/KINGSTON"}
    assert stick_folders(LINUX, lambda m: m not in read_only, windows=False) == [
        Path("/media/STICK"),
        Path("/run/media/kiosk/SANDISK"),
    ]
    # Windows' rules on a Linux list find nothing: no drive there is "removable".
    assert stick_folders(LINUX, everything_writable, windows=True) == []


def test_on_linux_a_mounted_folder_under_media_is_found_and_a_plain_folder_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    media = tmp_path / "media"
    stick = media / "kiosk" / "KINGSTON"
    stick.mkdir(parents=True)
    top = media / "TRANSCEND"
    top.mkdir()
    (top / "inside").mkdir()  # a folder on a stick mounted at /media/TRANSCEND
    (media / "cdrom").mkdir()  # an empty mount point, not mounted
    mounted = {stick, top}
    monkeypatch.setattr(os.path, "ismount", lambda p: Path(p) in mounted)
    assert drives.mounted_under((media, tmp_path / "no-such-folder")) == [
        Partition("", str(top)),
        Partition("", str(stick)),
    ]
    assert drives.usb_folders((media,)) == [top, stick]
