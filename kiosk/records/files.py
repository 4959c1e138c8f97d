"""Where the records database lives inside the data directory."""

from __future__ import annotations

from pathlib import Path

RECORDS_FILENAME = "records.sqlite"


def records_path(data_dir: Path) -> Path:
    """The records database file for a kiosk data directory."""
    return Path(data_dir) / RECORDS_FILENAME
