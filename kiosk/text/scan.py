"""The core's words about a scanned card (kiosk/cards/, kiosk/records/scanning.py), in
Vietnamese and English: short, plain, to be read aloud. Looked up with `kiosk.text.say`."""

TEXTS: dict[str, dict[str, str]] = {
    # What a scan is not (kiosk/cards/: NotACard's problem).
    "scan.not_a_card": {
        "vi": "Đây không phải thẻ căn cước.",
        "en": "This is not a citizen ID card.",
    },
    "scan.incomplete": {
        "vi": "Chưa đọc hết mã trên thẻ. Xin quét lại.",
        "en": "The card was not read in full. Please scan it again.",
    },
    "scan.too_long": {
        "vi": "Mã này quá dài, không phải thẻ căn cước.",
        "en": "This code is too long to be a citizen ID card.",
    },
    "scan.birth_future": {
        "vi": "Ngày sinh trên thẻ chưa tới. Xin quét lại, hoặc nhập tên bằng tay.",
        "en": "The birth date on the card is in the future. Please scan again, or type the name.",
    },
    "scan.birth_too_old": {
        "vi": "Năm sinh trên thẻ trước năm 1900. Xin quét lại, hoặc nhập tên bằng tay.",
        "en": "The birth year on the card is before 1900. Please scan again, or type the name.",
    },
    "scan.bad_date": {
        "vi": "Ngày trên thẻ không đúng. Xin quét lại.",
        "en": "A date on the card is not a real date. Please scan it again.",
    },
    "scan.bad_name": {
        "vi": "Tên trên thẻ có ký tự lạ. Xin nhập tên bằng tay.",
        "en": "The name on the card has characters that cannot be stored. Please type the name.",
    },
    "scan.bad_learner_card": {
        "vi": "Không đọc được thẻ học viên này. Xin quét lại.",
        "en": "This learner card cannot be read. Please scan it again.",
    },
    # A learner card refused (kiosk/records/scanning.py: CardRefused's problem).
    "scan.card_other_kiosk": {
        "vi": "Thẻ học viên này của nhà văn hóa khác.",
        "en": "This learner card is from another cultural house.",
    },
    "scan.card_unknown_person": {
        "vi": "Không có ai với thẻ này trong sổ. Xin nhập tên bằng tay.",
        "en": "Nobody with this card is in the records. Please type the name.",
    },
    "scan.card_anonymised": {
        "vi": "Tên của người có thẻ này đã được xóa khỏi sổ. Xin nhập tên bằng tay.",
        "en": "The name of this card's holder was removed from the records. Please type the name.",
    },
}
