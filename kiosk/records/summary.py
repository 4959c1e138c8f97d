"""The short summary a facilitator sees on ending a session: how many were present, how many
came for the first time, how many were given support."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.records.store import RecordStore


@dataclass(frozen=True)
class SessionSummary:
    present: int  # people marked present
    new: int  # of them, those with no attendance at any earlier session
    supported: int  # of them, those given some support (an install, an activation...) in it


def session_summary(store: RecordStore, session_id: str) -> SessionSummary:
    """The summary of one session. "Earlier" is by the session's day, then its start time."""
    present, new = store.db.execute(
        """select count(*),
                  sum(not exists (
                      select 1 from attendance b join sessions s on s.id = b.session_id
                      where b.person_id = a.person_id and b.session_id != a.session_id
                        and (s.session_date < cur.session_date
                             or (s.session_date = cur.session_date
                                 and s.started_at < cur.started_at))))
           from attendance a join sessions cur on cur.id = a.session_id
           where a.session_id = ?""",
        [session_id],
    ).fetchone()
    (supported,) = store.db.execute(
        """select count(distinct s.person_id) from support s
           join attendance a on a.person_id = s.person_id and a.session_id = s.session_id
           where s.session_id = ?""",
        [session_id],
    ).fetchone()
    return SessionSummary(present, new or 0, supported)
