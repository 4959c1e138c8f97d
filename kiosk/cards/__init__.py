"""Cards read by a scanner or the webcam: the citizen ID card (CCCD, căn cước), of which only
the name, birth year and sex are kept, and the kiosk's own learner card (a person's record id).

    from kiosk.cards import read_scan, CitizenCard, LearnerCard, NotACard, learner_payload

    read_scan(text, today=date.today())   # -> CitizenCard | LearnerCard | NotACard
    learner_payload(kiosk_id, person_id)  # -> "NVHHV1:<kiosk-uuid>:<person-uuid>:<check>"

A NotACard's `problem` is a key of kiosk/text (kiosk/text/scan.py). Qt-free, no records."""

from kiosk.cards.learner import learner_payload
from kiosk.cards.model import MAX_SCAN_CHARS, CitizenCard, LearnerCard, NotACard
from kiosk.cards.scan import read_scan

__all__ = [
    "MAX_SCAN_CHARS",
    "CitizenCard",
    "LearnerCard",
    "NotACard",
    "learner_payload",
    "read_scan",
]
