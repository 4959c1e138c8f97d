"""This kiosk's id: a UUID made on first start and kept in the data directory, so that every
record says which kiosk made it and the records of many kiosks merge without clashes."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

KIOSK_ID_FILE = "kiosk-id"


def kiosk_id(data_dir: Path) -> str:
    path = data_dir / KIOSK_ID_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
        return str(uuid.UUID(text))
    except (OSError, ValueError):
        pass
    new = str(uuid.uuid4())
    data_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(new + "\n", encoding="ascii")
    os.replace(tmp, path)
    return new
