"""Unpack a zipped lesson pack safely.

Every member is checked before anything is written: no absolute paths, no `..`, no
backslashes, no symbolic links, at most MAX_MEMBERS members and MAX_UNPACKED_BYTES in all.
The size limit is enforced again while copying, since a zip's declared sizes can lie.
"""

from __future__ import annotations

import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from pathlib import Path

MAX_UNPACKED_BYTES = 500 * 1024 * 1024
MAX_MEMBERS = 20_000
_CHUNK = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")
_IGNORED_TOP = {"__MACOSX"}  # resource forks that macOS's Finder adds to zips


class UnpackError(Exception):
    """A zip that cannot be unpacked; `member` names the offending entry, when there is one."""

    def __init__(self, message: str, member: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.member = member


def unpack_zip(archive: Path, parent: Path) -> Path:
    """Unpack `archive` into a new folder inside `parent` and return that folder."""
    try:
        with zipfile.ZipFile(archive) as bundle:
            members = bundle.infolist()
            _check_members(members)
            folder = Path(tempfile.mkdtemp(prefix=f"{archive.stem}-", dir=parent))
            try:
                _extract(bundle, members, folder)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)  # our own fresh folder
                raise
            return folder
    except UnpackError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as error:
        raise UnpackError(f"is not a readable zip file ({error})") from error
    except (OSError, RuntimeError, NotImplementedError, EOFError, zlib.error) as error:
        raise UnpackError(f"cannot be unpacked ({error})") from error


def _check_members(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise UnpackError(f"has {len(members)} files; the limit is {MAX_MEMBERS}")
    total = 0
    for info in members:
        name = info.filename
        if "\\" in name:
            raise UnpackError(f"member '{name}' uses backslashes in its path", name)
        if name.startswith("/") or _DRIVE.match(name):
            raise UnpackError(f"member '{name}' has an absolute path", name)
        if ".." in name.split("/"):
            raise UnpackError(f"member '{name}' leads outside the pack folder", name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise UnpackError(f"member '{name}' is a symbolic link", name)
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise UnpackError(f"unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB")


def _extract(bundle: zipfile.ZipFile, members: list[zipfile.ZipInfo], folder: Path) -> None:
    written = 0
    for info in members:
        parts = [part for part in info.filename.split("/") if part not in ("", ".")]
        if not parts:
            continue
        target = folder.joinpath(*parts)
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with bundle.open(info) as source, target.open("xb") as sink:
            while chunk := source.read(_CHUNK):
                written += len(chunk)
                if written > MAX_UNPACKED_BYTES:
                    limit = MAX_UNPACKED_BYTES // 2**20
                    raise UnpackError(f"unpacks to more than {limit} MB", info.filename)
                sink.write(chunk)


def find_pack_root(folder: Path) -> Path | None:
    """The unpacked pack: `folder` if it holds pack.yaml, else its one top folder that does."""
    if (folder / "pack.yaml").is_file():
        return folder
    found = [
        child
        for child in sorted(folder.iterdir())
        if child.is_dir() and child.name not in _IGNORED_TOP and (child / "pack.yaml").is_file()
    ]
    return found[0] if len(found) == 1 else None
