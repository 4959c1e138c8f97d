"""The record operations of a scanned card (kiosk/cards/): a citizen ID card's holder found
by the usual matching (same name, accents and case aside, and same birth year), and a
learner card that marks its person present at once, or is refused with the reason (or, at
the resident's check-in, names its person: FindLearnerCardHolder).

Nothing of the card but the name, birth year and sex is ever in a CitizenCard, so nothing
else can reach the records from here. Marking a found or new card holder present is the
existing MarkPresent / AddPerson (kiosk/records/operations.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from kiosk.cards import CitizenCard, LearnerCard
from kiosk.records.model import Person
from kiosk.records.names import match_key
from kiosk.records.operations import MarkedPresent, MarkPresent
from kiosk.records.queries import row_dict, to_person

if TYPE_CHECKING:
    from kiosk.records.store import RecordStore

OTHER_KIOSK = "scan.card_other_kiosk"
UNKNOWN_PERSON = "scan.card_unknown_person"
ANONYMISED = "scan.card_anonymised"


@dataclass(frozen=True)
class CardHolder:
    """Who a citizen ID card names: `person` when known (else None: offer them as new with
    the card's name and birth year), and whether they are `present` in the session already."""

    person: Person | None
    present: bool
    card: CitizenCard


@dataclass(frozen=True)
class FindCardHolder:
    """The person a citizen ID card names, found as AddPerson and CheckInResident find
    somebody again: the same match key (kiosk/records/names.py) and birth year, the first
    recorded of them. Anonymised people are never found. Writes nothing."""

    card: CitizenCard
    session_id: str | None = None
    changes: ClassVar[str] = ""

    def run(self, store: RecordStore) -> CardHolder:
        row = store.db.execute(
            """select * from people
                where match_key = ? and birth_year = ? and anonymised_at is null
                order by created_at limit 1""",
            [match_key(self.card.name), self.card.birth_year],
        ).fetchone()
        found = row_dict(store.db, "people", row)
        if found is None:
            return CardHolder(None, False, self.card)
        person = to_person(found)
        present = (
            self.session_id is not None
            and store.attendance_id(self.session_id, person.id) is not None
        )
        return CardHolder(person, present, self.card)


@dataclass(frozen=True)
class CardRefused:
    """A learner card that marks nobody; `problem` is a key of kiosk/text (kiosk/text/scan.py)."""

    problem: str


@dataclass(frozen=True)
class FindLearnerCardHolder:
    """The person a learner card names, by their record id: the resident's check-in after a
    lesson takes them as a citizen ID card's holder found (their name and birth year, to
    confirm). Refused as MarkLearnerCardPresent refuses: a person not in these records (a
    card of another kiosk's, or of a person deleted), or whose name was erased. `kiosk_id`
    is this kiosk's id; None: the one these records were opened with. Writes nothing."""

    card: LearnerCard
    kiosk_id: str | None = None
    changes: ClassVar[str] = ""

    def run(self, store: RecordStore) -> Person | CardRefused:
        row = store.db.execute(
            "select * from people where id = ?", [self.card.person_id]
        ).fetchone()
        found = row_dict(store.db, "people", row)
        if found is None:
            here = store.kiosk_id if self.kiosk_id is None else self.kiosk_id
            return CardRefused(UNKNOWN_PERSON if self.card.kiosk_id == here else OTHER_KIOSK)
        if found.get("anonymised_at"):
            return CardRefused(ANONYMISED)
        return to_person(found)


@dataclass(frozen=True)
class MarkLearnerCardPresent:
    """A learner card scanned: its person present in the session at once (once: a second
    scan in the session is MarkedPresent with new_today False). Refused for a person who is
    not in these records (a card of another kiosk's, or of a person deleted), or whose name
    was erased (kiosk/records/privacy.py). A card printed by another kiosk is accepted when
    its person is in these records (records merged from that kiosk)."""

    session_id: str
    card: LearnerCard
    kiosk_id: str  # this kiosk's id (kiosk/identity.py)
    changes: ClassVar[str] = "attendance"

    def run(self, store: RecordStore) -> MarkedPresent | CardRefused:
        holder = FindLearnerCardHolder(self.card, self.kiosk_id).run(store)
        if isinstance(holder, CardRefused):
            return holder
        return MarkPresent(self.session_id, holder).run(store)
