"""A small commune whose report figures were counted by hand (tests of kiosk.reports).

The range is the second quarter of 2026 (1 April to 30 June, both included); 2026 - 60 = 1966,
so people born in 1966 or before count as aged 60 or over.

People (name, birth year, residential group):
  P1 Nguyễn Thị Đều  1958 Tổ 1   entered twice: in NFC and in NFD (decomposed) form: one person
  P2 Trần Văn Ánh    1966 Tổ 2   turns 60 in 2026: counts as 60+
  P3 Lê Thị Hoa      1967 Tổ 2   (group typed in NFD) turns 59: not 60+
  P4 Phạm Minh Tuấn  1990 Tổ 10
  P5 Hoàng Văn Nam   1950 (none)
  P6 Võ Thị Lan      1955 Tổ 1   never present; support and a lesson outside any session
  P7 Đặng Văn Cường  1980 Tổ 10  present only outside the range (and once undone)

Sessions (day, location, kind: present; support; completions):
  S1 2026-03-31 Nhà văn hóa tổ 1  group        P1 P7; P7 install_ihanoi; vneid-install anon
                                                   -- the day before the range: none counts
  S2 2026-04-01 Nhà văn hóa tổ 1  group        P1 P2 P3 P5 (P1 marked twice, P7 marked and
                                                   undone); P1 install_vneid x2, P1
                                                   install_etax, P2 vneid_activate (P1
                                                   install_ihanoi recorded and undone);
                                                   vneid-install P1, vneid-install anon,
                                                   scam-safety anon
  S3 2026-04-15 Nhà văn hoá tổ 1  help_desk    P1 P4; P4 dossier_online x2, P1
                                                   individual_support; vneid-install anon
                                                   ("hoá": the same place as "hóa")
  S4 2026-05-20 Nhà văn hóa tổ 2  group        P2 P3 P4 P1; P2 individual_support, P3
                                                   digital_signature, P3 cashless_payment,
                                                   P2 vneid_recover, P2 vneid_change_device;
                                                   a class (class mode): vneid-install to
                                                   its end, etax-mobile not to its end,
                                                   scam-safety to its end, vneid-install
                                                   again to its end (counts once)
  --  2026-05-21 no session:       P6 individual_support, P6 install_vssid;
                                   etax-mobile P6, scam-safety anon
  S7 2026-06-10 Nhà văn hóa tổ 2  mobile_point nobody present
  S5 2026-06-30 Nhà văn hóa tổ 2  home_visit   P2; P2 individual_support  (the last day)
  S6 2026-07-01 Nhà văn hóa tổ 2  group        P3 P4; P3 install_other; a class:
                                                   vneid-install to its end -- after the range
Class completions (lessons taught to groups) never count among residents' completions.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kiosk.records.model import SESSION_KINDS, NewPerson, Person
from kiosk.records.operations import RecordLessonTaught
from kiosk.records.store import RecordStore
from kiosk.reports.model import APP_INSTALL_CODES, Figures

NAMES = (
    "Nguyễn Thị Đều",
    "Trần Văn Ánh",
    "Lê Thị Hoa",
    "Phạm Minh Tuấn",
    "Hoàng Văn Nam",
    "Võ Thị Lan",
    "Đặng Văn Cường",
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@dataclass
class Clock:
    moment: datetime = field(default_factory=lambda: datetime(2026, 1, 1).astimezone())

    def now(self) -> datetime:
        return self.moment

    def at(self, day: str) -> None:
        """Local noon of `day`: the same calendar day in every time zone's reckoning."""
        self.moment = datetime.fromisoformat(f"{day}T12:00").astimezone()


def build_commune(path: Path, kiosk_id: str = "kiosk-test") -> dict[str, Person]:
    """The records above, made through the store as the kiosk makes them."""
    clock = Clock()
    store = RecordStore.open(path, kiosk_id, now=clock.now)
    try:
        return _fill(store, clock)
    finally:
        store.close()


def _fill(store: RecordStore, clock: Clock) -> dict[str, Person]:
    clock.at("2026-03-01")

    def person(name: str, year: int, group: str) -> Person:
        return store.add_person(NewPerson(name, year, group))[0]

    p1 = person("Nguyễn Thị Đều", 1958, "Tổ 1")
    again, created = store.add_person(NewPerson(nfd("Nguyễn Thị Đều"), 1958, "Tổ 1"))
    assert again.id == p1.id and not created
    p2 = person("Trần Văn Ánh", 1966, "Tổ 2")
    p3 = person("Lê Thị Hoa", 1967, nfd("Tổ 2"))
    p4 = person("Phạm Minh Tuấn", 1990, "Tổ 10")
    p5 = person("Hoàng Văn Nam", 1950, "")
    p6 = person("Võ Thị Lan", 1955, "Tổ 1")
    p7 = person("Đặng Văn Cường", 1980, "Tổ 10")

    def session(
        day: str,
        location: str,
        kind: str,
        present: list[Person],
        support: list[tuple[Person, str]] = (),  # type: ignore[assignment]
        completions: list[tuple[str, Person | None]] = (),  # type: ignore[assignment]
        taught: list[tuple[str, bool]] = (),  # type: ignore[assignment]
    ) -> str:
        clock.at(day)
        held = store.start_session(kind, location, "Chị Mai")
        for who in present:
            store.add_attendance(held.id, who.id)
        for who, code in support:
            store.record_support(who.id, code, held.id)
        for lesson, who in completions:
            store.record_completion(lesson, who.id if who else None, language="vi")
        for lesson, reached_end in taught:  # a class taught in the session (class mode)
            RecordLessonTaught(held.id, lesson, "vi", reached_end).run(store)
        store.end_session(held.id)
        return held.id

    session(
        "2026-03-31",
        "Nhà văn hóa tổ 1",
        "group",
        [p1, p7],
        [(p7, "install_ihanoi")],
        [("vneid-install", None)],
    )
    s2 = session(
        "2026-04-01",
        "Nhà văn hóa tổ 1",
        "group",
        [p1, p2, p3, p5, p1],
        [
            (p1, "install_vneid"),
            (p1, "install_etax"),
            (p1, "install_vneid"),
            (p2, "vneid_activate"),
        ],
        [("vneid-install", p1), ("vneid-install", None), ("scam-safety", None)],
    )
    undone = store.add_attendance(s2, p7.id)
    store.remove_attendance(undone.id)
    store.remove_support(store.record_support(p1.id, "install_ihanoi", s2).id)
    session(
        "2026-04-15",
        "Nhà văn hoá tổ 1",
        "help_desk",
        [p1, p4],
        [(p4, "dossier_online"), (p4, "dossier_online"), (p1, "individual_support")],
        [("vneid-install", None)],
    )
    session(
        "2026-05-20",
        "Nhà văn hóa tổ 2",
        "group",
        [p2, p3, p4, p1],
        [
            (p2, "individual_support"),
            (p3, "digital_signature"),
            (p3, "cashless_payment"),
            (p2, "vneid_recover"),
            (p2, "vneid_change_device"),
        ],
        taught=[
            ("vneid-install", True),
            ("etax-mobile", False),
            ("scam-safety", True),
            ("vneid-install", True),
        ],
    )
    clock.at("2026-05-21")
    store.record_support(p6.id, "individual_support")
    store.record_support(p6.id, "install_vssid")
    store.record_completion("etax-mobile", p6.id)
    store.record_completion("scam-safety")
    session("2026-06-10", "Nhà văn hóa tổ 2", "mobile_point", [])
    session("2026-06-30", "Nhà văn hóa tổ 2", "home_visit", [p2], [(p2, "individual_support")])
    session(
        "2026-07-01",
        "Nhà văn hóa tổ 2",
        "group",
        [p3, p4],
        [(p3, "install_other")],
        taught=[("vneid-install", True)],
    )
    return {"P1": p1, "P2": p2, "P3": p3, "P4": p4, "P5": p5, "P6": p6, "P7": p7}


def figures(
    *,
    attendances_by_kind: dict[str, int] | None = None,
    sessions_by_kind: dict[str, int] | None = None,
    app_installs: dict[str, int] | None = None,
    completions_by_lesson: dict[str, tuple[int, int]] | None = None,
    class_completions_by_lesson: dict[str, int] | None = None,
    **counts: int,
) -> Figures:
    """Figures with every per-kind and per-app count present (0 unless given); the totals of
    attendances, sessions, completions and class completions are the sums of the parts
    given."""
    taught = dict(sorted((class_completions_by_lesson or {}).items()))
    by_kind = dict.fromkeys(SESSION_KINDS, 0) | (attendances_by_kind or {})
    sessions = dict.fromkeys(SESSION_KINDS, 0) | (sessions_by_kind or {})
    lessons = {
        lesson: {"named": named, "anonymous": anonymous}
        for lesson, (named, anonymous) in sorted((completions_by_lesson or {}).items())
    }
    named = sum(c["named"] for c in lessons.values())
    anonymous = sum(c["anonymous"] for c in lessons.values())
    return Figures(
        attendances=sum(by_kind.values()),
        sessions=sum(sessions.values()),
        attendances_by_kind=by_kind,
        sessions_by_kind=sessions,
        completions=named + anonymous,
        completions_named=named,
        completions_anonymous=anonymous,
        completions_by_lesson=lessons,
        app_installs=dict.fromkeys(APP_INSTALL_CODES, 0) | (app_installs or {}),
        class_completions=sum(taught.values()),
        class_completions_by_lesson=taught,
        **counts,
    )


# -- the second quarter of 2026, counted by hand ---------------------------------------------

TOTAL = figures(
    participants=5,  # P1 P2 P3 P4 P5 (P6 never present; P7 only on 31 March, undone on 1 April)
    participants_60_plus=3,  # P1 (1958), P2 (1966), P5 (1950); not P3 (1967) nor P4
    # S2: 4 (P1 once, P7 undone), S4: 4; S3: 2; S5: 1
    attendances_by_kind={"group": 8, "help_desk": 2, "home_visit": 1},
    # S2 S4; S3; S5; S7 (nobody present, still held)
    sessions_by_kind={"group": 2, "help_desk": 1, "home_visit": 1, "mobile_point": 1},
    # vneid-install: P1 (S2); anon S2, S3 (not S1). scam-safety: anon S2, anon 21 May
    completions_by_lesson={"vneid-install": (1, 2), "scam-safety": (0, 2), "etax-mobile": (1, 0)},
    # the class in S4: vneid-install (taught twice to its end: once), scam-safety; not
    # etax-mobile (not to its end), nor S6's (after the range)
    class_completions_by_lesson={"vneid-install": 1, "scam-safety": 1},
    # three installs for P1 (vneid twice, etax; ihanoi undone), P6's vssid outside a session
    app_installs={"install_vneid": 2, "install_etax": 1, "install_vssid": 1},
    individual_support_people=3,  # P1 (Apr), P2 (May and Jun: once), P6 (May, no session)
    dossiers_online=2,  # P4 twice
    vneid_activations=1,
    vneid_recoveries=1,
    vneid_device_changes=1,
    digital_signatures=1,
    cashless_payments=1,
)

BY_GROUP = {
    "Tổ 1": figures(  # P1 present; P6 support and a lesson only
        participants=1,
        participants_60_plus=1,
        attendances_by_kind={"group": 2, "help_desk": 1},  # P1 in S2, S4; S3
        sessions_by_kind={"group": 2, "help_desk": 1},
        completions_by_lesson={"vneid-install": (1, 0), "etax-mobile": (1, 0)},
        app_installs={"install_vneid": 2, "install_etax": 1, "install_vssid": 1},
        individual_support_people=2,  # P1, P6
    ),
    "Tổ 2": figures(  # P2 and P3
        participants=2,
        participants_60_plus=1,  # P2
        attendances_by_kind={"group": 4, "home_visit": 1},  # P2: S2 S4 S5; P3: S2 S4
        sessions_by_kind={"group": 2, "home_visit": 1},  # S2 S4; S5
        individual_support_people=1,  # P2 (three records)
        vneid_activations=1,
        vneid_recoveries=1,
        vneid_device_changes=1,
        digital_signatures=1,
        cashless_payments=1,
    ),
    "Tổ 10": figures(  # P4 (P7 outside the range)
        participants=1,
        attendances_by_kind={"group": 1, "help_desk": 1},  # S4; S3
        sessions_by_kind={"group": 1, "help_desk": 1},
        dossiers_online=2,
    ),
    "": figures(  # P5, who gave no group
        participants=1,
        participants_60_plus=1,
        attendances_by_kind={"group": 1},
        sessions_by_kind={"group": 1},
    ),
}

BY_MONTH = {
    "2026-04": figures(
        participants=5,  # S2: P1 P2 P3 P5; S3: P1 P4
        participants_60_plus=3,
        attendances_by_kind={"group": 4, "help_desk": 2},
        sessions_by_kind={"group": 1, "help_desk": 1},
        completions_by_lesson={"vneid-install": (1, 2), "scam-safety": (0, 1)},
        app_installs={"install_vneid": 2, "install_etax": 1},
        individual_support_people=1,  # P1
        dossiers_online=2,
        vneid_activations=1,
    ),
    "2026-05": figures(
        participants=4,  # S4: P2 P3 P4 P1
        participants_60_plus=2,  # P1, P2
        attendances_by_kind={"group": 4},
        sessions_by_kind={"group": 1},
        completions_by_lesson={"etax-mobile": (1, 0), "scam-safety": (0, 1)},
        class_completions_by_lesson={"vneid-install": 1, "scam-safety": 1},  # S4's class
        app_installs={"install_vssid": 1},
        individual_support_people=2,  # P2, P6
        vneid_recoveries=1,
        vneid_device_changes=1,
        digital_signatures=1,
        cashless_payments=1,
    ),
    "2026-06": figures(
        participants=1,  # S5: P2
        participants_60_plus=1,
        attendances_by_kind={"home_visit": 1},
        sessions_by_kind={"home_visit": 1, "mobile_point": 1},  # S5; S7 with nobody present
        individual_support_people=1,  # P2 again
    ),
}
