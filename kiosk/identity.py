"""This kiosk's id: a UUID made on first start and kept in the data directory, so that every
record says which kiosk made it and the records of many kiosks merge without clashes.

The file is read through kiosk/guarded.py. A damaged one is logged and set aside (as
`kiosk-id.damaged`, so that the old id can still be found) and a new id is made; a data
directory that cannot be written gives an id for this run only, and the kiosk goes on."""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from pathlib import Path

from kiosk import guarded
from kiosk.private import private_dir, write_private_text

KIOSK_ID_FILE = "kiosk-id"
DAMAGED_SUFFIX = ".damaged"
MAX_ID_BYTES = 200  # a UUID is 36 characters

log = logging.getLogger(__name__)


def read_kiosk_id(data_dir: Path) -> str | None:
    """The kept id; None when there is none yet. BadFile when the file cannot be used."""
    path = data_dir / KIOSK_ID_FILE
    try:
        text = guarded.read_text(path, max_bytes=MAX_ID_BYTES).strip()
    except FileNotFoundError:
        return None
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise guarded.BadFile(path, "not a kiosk id (a UUID)", 1) from None


def kiosk_id(data_dir: Path) -> str:
    path = data_dir / KIOSK_ID_FILE
    try:
        kept = read_kiosk_id(data_dir)
    except guarded.BadFile as bad:
        log.warning("%s; set aside as %s%s, a new kiosk id is made", bad, path.name, DAMAGED_SUFFIX)
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(path.name + DAMAGED_SUFFIX))
        kept = None
    if kept is not None:
        return kept
    new = str(uuid.uuid4())
    tmp = path.with_suffix(".tmp")
    try:
        private_dir(data_dir)  # 0700 when new, 0600 files (kiosk/private.py)
        write_private_text(tmp, new + "\n", encoding="ascii")
        os.replace(tmp, path)
    except OSError as error:
        log.warning("%s: cannot keep the kiosk id (%s); it holds for this run only", path, error)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return new
