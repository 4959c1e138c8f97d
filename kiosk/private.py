"""Files and folders that hold personal data, readable only by the kiosk's user.

On Linux (any POSIX system) every folder made here is 0700 and every file 0600 from the moment
it exists, whatever the umask the kiosk was started with: the mode is given to the system call
that creates it and set again with fchmod/chmod, since the umask can only take bits away.
The data directory is made here by `kiosk run` (as it sets up its log) and by every command
that writes in it (kiosk/commands/common.py), before anything else can make it; the records
database, its backups, the logs, the crash file, a person's export and the kiosk id are made
here too (settings, channels, their last good copies and the PIN's files are replaced
atomically by `replace_private`; the lesson index is made with mkstemp: 0600).
SQLite makes the -wal, -shm and -journal files of a database itself, with the mode of the
database file (whatever the umask; checked by tests/test_private_files.py), so the database
file is made here, empty and 0600, before SQLite first opens it.

`tighten_data_dir` runs at each start of the kiosk: folders and files that an earlier version
made with the umask's 0755/0644 lose their group and other permissions, and the log says which.

On Windows the modes mean nothing and nothing is changed: the data directory is in the user's
profile (%LOCALAPPDATA%, see kiosk/paths.py), whose access list lets in only that user, SYSTEM
and the administrators; files made there inherit it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO, TextIO

log = logging.getLogger(__name__)

POSIX = os.name == "posix"
FILE_MODE = 0o600
DIR_MODE = 0o700
_SHARED_BITS = 0o077  # group and other

# Tightened at start: the data directory, every file in it (records.sqlite and its -wal and
# -shm, records.corrupt-*, pin.json, pin-tries.json, settings, the kiosk id) and every file
# in these folders of it. The other folders (speech cache, unpacked packs, handouts) hold no
# personal data, and are closed to others by the data directory's own 0700.
PERSONAL_FOLDERS = ("backups", "cards", "logs", "reports")


def tighten(path: Path) -> int | None:
    """Take group and other permissions off `path` (never through a symbolic link, never off
    a shared folder with the sticky bit, such as /tmp). The mode it had when it changed, else
    None. Never raises: a file system without modes (a FAT stick) or a file of another user
    is left as it is."""
    if not POSIX:
        return None
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode) or not mode & _SHARED_BITS or mode & stat.S_ISVTX:
            return None
        os.chmod(path, stat.S_IMODE(mode) & ~_SHARED_BITS)
    except OSError as error:
        log.debug("cannot make %s owner-only: %s", path, error)
        return None
    return stat.S_IMODE(mode)


def private_dir(path: Path, *, ours: bool = False) -> Path:
    """`path` as a folder only its owner can open: made when missing, with each missing
    folder above it (0700, as the XDG base directory specification asks). An existing folder
    is left as it is (the data directory is closed at start by `tighten_data_dir`), unless
    `ours` says it is the kiosk's own (backups/, logs/): then it loses its group and other
    permissions. OSError when it cannot be made."""
    path = Path(path)
    missing: list[Path] = []
    folder = path
    while not folder.is_dir() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise
        else:
            _chmod(folder, DIR_MODE)
    if ours:
        tighten(path)
    return path


def _open_fd(path: Path, mode: str) -> int:
    """A descriptor for writing to `path` ("w" truncates, "a" appends, "x" only makes a new
    file), the file 0600 before anything is written to it."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
    if "a" in mode:
        flags |= os.O_APPEND
    elif "x" in mode:
        flags |= os.O_EXCL
    else:
        flags |= os.O_TRUNC
    fd = os.open(path, flags, FILE_MODE)
    _fchmod(fd)
    return fd


def open_private(
    path: Path, mode: str = "w", encoding: str = "utf-8", newline: str | None = None
) -> TextIO:
    """Open `path` for writing text ("w", "a" or "x") as a file only its owner can read: made
    0600, or an existing one truncated (unless "a") and given 0600."""
    fd = _open_fd(path, mode)
    try:
        return os.fdopen(fd, "a" if "a" in mode else "w", encoding=encoding, newline=newline)
    except BaseException:
        os.close(fd)
        raise


def open_private_binary(path: Path, mode: str = "wb") -> BinaryIO:
    """As `open_private`, for bytes ("wb", "ab" or "xb")."""
    fd = _open_fd(path, mode)
    try:
        return os.fdopen(fd, "ab" if "a" in mode else "wb")
    except BaseException:
        os.close(fd)
        raise


def write_private_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    with open_private(path, "w", encoding=encoding) as handle:
        handle.write(text)


def write_private_bytes(path: Path, data: bytes) -> None:
    with open_private_binary(path) as handle:
        handle.write(data)


def replace_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically and owner-only: a 0600 temporary file beside it,
    flushed to the disk, renamed over the old one, and the folder flushed, so a power cut
    leaves the old file or the new one, never half of one (settings, channels, the last good
    copies, the PIN's files)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        _fchmod(fd)  # mkstemp makes it 0600 on POSIX; said again whatever the platform says
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if POSIX:  # Windows cannot open folders; its renames are durable
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def copy_private(source: Path, dest: Path) -> None:
    """Copy the bytes of `source` into `dest`, made (or made again) 0600."""
    with open(source, "rb") as reading, open_private_binary(dest) as writing:
        shutil.copyfileobj(reading, writing, 1 << 20)


def create_private(path: Path) -> None:
    """An empty file 0600 at `path` when there is none (for SQLite to fill: the database and
    the -wal and -shm it makes then are 0600); an existing file only loses its group and
    other permissions."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        tighten(path)
        return
    try:
        _fchmod(fd)
    finally:
        os.close(fd)


def tighten_data_dir(data_dir: Path) -> list[tuple[Path, int]]:
    """Close the data directory, and what in it holds personal data, to everyone but its
    owner; each change (path, the mode it had) is logged and returned. Nothing on Windows,
    nothing when the data directory is not there yet."""
    data_dir = Path(data_dir)
    if not POSIX or not data_dir.is_dir():
        return []
    data_dir = data_dir.resolve()  # a data directory reached through a link is closed too
    paths = [data_dir]
    with contextlib.suppress(OSError):
        paths += sorted(p for p in data_dir.iterdir() if p.is_file() and not p.is_symlink())
    for name in PERSONAL_FOLDERS:
        folder = data_dir / name
        if folder.is_dir() and not folder.is_symlink():
            paths.append(folder)
            with contextlib.suppress(OSError):
                paths += sorted(p for p in folder.rglob("*") if not p.is_symlink())
    changed = []
    for path in paths:
        was = tighten(path)
        if was is not None:
            changed.append((path, was))
            log.info("made owner-only: %s (was %s)", path, oct(was)[2:])
    return changed


def _chmod(path: Path, mode: int) -> None:
    if POSIX:
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


def _fchmod(fd: int) -> None:
    if POSIX:
        with contextlib.suppress(OSError):  # a FAT stick has no modes
            os.fchmod(fd, FILE_MODE)
