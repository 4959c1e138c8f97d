"""Files under the data directory that hold names and are needed only for a while.

A learner-card sheet (`cards/`, ui/printing/learner_cards.py) holds the name of everyone it
was printed for. It is kept so that a sheet the printer did not take can be printed from the
file, and removed at the first start a week after it was made: the records keep the people
(and anonymise them when their time comes), and a sheet is made again from them at any time.

A sheet dated later than today (a clock set back) is kept; a clock set forward removes sheets
early, which loses nothing the records do not hold.
"""

from __future__ import annotations

import logging
import os
import stat
import time
from pathlib import Path

log = logging.getLogger(__name__)

CARD_SHEETS = "cards"  # the folder under the data directory
CARD_SHEETS_KEPT_DAYS = 7


def remove_old_card_sheets(
    data_dir: Path, now: float | None = None, days: int = CARD_SHEETS_KEPT_DAYS
) -> int:
    """Remove the learner-card sheets (PDF files directly in `data_dir/cards`, never what a
    link points at) last written more than `days` before `now` (seconds since the epoch);
    how many went. What cannot be removed or read is logged and left."""
    folder = Path(data_dir) / CARD_SHEETS
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return 0
    except OSError as error:
        log.warning("learner cards: the folder cannot be read (%s)", error.strerror or error)
        return 0
    cutoff = (time.time() if now is None else now) - days * 86_400
    removed = 0
    for entry in entries:
        if not entry.name.lower().endswith(".pdf"):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or info.st_mtime >= cutoff:
                continue
            os.unlink(entry.path)
        except FileNotFoundError:
            continue
        except OSError as error:
            log.warning("learner cards: an old sheet cannot be removed (%s)", error.strerror)
            continue
        removed += 1
    if removed:
        log.info("learner cards: sheets older than %d days removed: %d", days, removed)
    return removed
