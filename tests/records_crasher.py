"""Run by tests/test_records_crash.py, to be killed with SIGKILL at a random moment.

    python tests/records_crasher.py DATA_DIR CONFIRM_LOG SEED ROUND

Opens the records (with the start-up check) and records, as fast as it can and until it is
killed: check-ins, attendance and support in an open session, and imports of small CSV sign-in
sheets. Only after a call has RETURNED does it append what it confirmed to CONFIRM_LOG (one JSON
object a line) and fsync the log: every line there is a record the kiosk said was saved.

Each import's rows carry a tag: its location is "Điểm lưu động <tag> n<rows> s<support>" and
its people are named "<name> <tag>.<i>", so the parent can check that every import, confirmed
or cut off, is in the database whole or not at all.
"""

from __future__ import annotations

import csv
import json
import os
import random
import sys
from datetime import date, timedelta
from pathlib import Path

from kiosk.records import SUPPORT_KINDS, NewPerson
from kiosk.records.backup import open_checked
from kiosk.records.csvimport import import_csv

KIOSK = "00000000-0000-4000-8000-00000000c0de"
NAMES = [
    "Nguyễn Thị Đều",
    "Trần Văn Ánh",
    "Lê Thị Ặ ỹ Ộ",
    "Phạm Quốc Hưng 🌾",
    "Đỗ Minh Khôi",
    "Hoàng Thị Thuỷ 💧",
    "Vũ Đức Thắng",
    "Bùi Thị Ngọc Ánh 👵🏻",
    "Đặng Văn Ửng",
    "Ngô Thị Xuân Hương",
    "Dương Quang Vĩnh 🇻🇳",
    "Lý Thị Ỷ Lan",
]
GROUPS = ["Tổ 1", "Tổ 2", "Tổ dân phố số 3", "Thôn Đông"]
LESSONS = ["vneid-install", "vneid-activate", "etax-mobile", "scam-safety"]
CODES = list(SUPPORT_KINDS)
HEADER = [
    "date",
    "full_name",
    "birth_year",
    "gender",
    "residential_group",
    "location",
    "session_kind",
    "lessons",
    "support",
]


def main(data_dir: Path, log_path: Path, seed: int, round_number: int) -> None:
    rng = random.Random(seed)
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def confirm(kind: str, **entry: object) -> None:
        line = json.dumps({"kind": kind, "round": round_number, **entry}, ensure_ascii=False)
        os.write(log, (line + "\n").encode("utf-8"))
        os.fsync(log)

    def begin(op: str, **entry: object) -> None:
        """A call about to start (not a confirmation): tells the parent what a kill cut off.
        No fsync needed: SIGKILL does not lose what the kernel already has."""
        line = json.dumps({"kind": "begin", "op": op, "round": round_number, **entry})
        os.write(log, (line + "\n").encode("utf-8"))

    store, report = open_checked(data_dir, KIOSK)
    if report is not None:
        confirm("recovery", message=report.message("en"))
    session = store.open_session()
    if session is None:
        session = store.start_session("group", "Nhà văn hóa thôn Đông", "Cô Hạnh", LESSONS[:2])
        confirm("session", id=session.id)
    print("ready", flush=True)

    people: list[str] = []
    sheets = data_dir / "sheets"
    sheets.mkdir(exist_ok=True)
    for n in range(1, 1_000_000):
        tag = f"r{round_number}n{n}"
        choice = rng.random()
        if choice < 0.02:
            begin("session")
            store.end_session(session.id)
            confirm("session_end", id=session.id)
            session = store.start_session("help_desk", rng.choice(GROUPS), "Anh Tuấn")
            confirm("session", id=session.id)
        elif choice < 0.40:
            new = NewPerson(
                rng.choice(NAMES), rng.randint(1935, 2005), rng.choice(GROUPS), consent=True
            )
            begin("checkin")
            done = store.check_in(rng.choice(LESSONS), new, practice_unaided=rng.random() < 0.5)
            attendance = store.attendance_id(session.id, done.person.id)
            people.append(done.person.id)
            confirm(
                "checkin",
                person=done.person.id,
                completion=done.completion.id,
                session=session.id,
                attendance=attendance,
            )
        elif choice < 0.60:
            new = NewPerson(f"{rng.choice(NAMES)} {tag}", rng.randint(1935, 2005), "Tổ 2")
            begin("attendee")
            person, attendance = store.add_new_attendee(session.id, new)
            people.append(person.id)
            confirm("attendee", person=person.id, attendance=attendance.id, session=session.id)
        elif choice < 0.82 and people:
            begin("support")
            support = store.record_support(rng.choice(people), rng.choice(CODES), session.id)
            confirm("support", id=support.id, person=support.person_id)
        else:
            path, rows, support_count = write_sheet(sheets, tag, rng)
            begin("import", tag=tag)
            result = import_csv(store, path)
            confirm("import", tag=tag, rows=rows, support=support_count, added=result.people_added)


def write_sheet(folder: Path, tag: str, rng: random.Random) -> tuple[Path, int, int]:
    """A small sign-in sheet: one session, `rows` new people, some support codes each."""
    rows = rng.randint(3, 12)
    codes = [rng.sample(CODES, rng.randint(0, 3)) for _ in range(rows)]
    support_count = sum(len(c) for c in codes)
    day = date.today() - timedelta(days=rng.randint(0, 60))
    location = f"Điểm lưu động {tag} n{rows} s{support_count}"
    path = folder / f"{tag}.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADER)
        for i in range(rows):
            writer.writerow(
                [
                    day.strftime("%d/%m/%Y") if i % 2 else day.isoformat(),
                    f"{rng.choice(NAMES)} {tag}.{i}",
                    rng.randint(1935, 2005),
                    rng.choice(["nữ", "nam", ""]),
                    rng.choice(GROUPS),
                    location,
                    "mobile_point",
                    ";".join(rng.sample(LESSONS, 2)),
                    ";".join(codes[i]),
                ]
            )
    return path, rows, support_count


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
