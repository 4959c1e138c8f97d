"""What can go wrong with a record, said in the person's language.

The store raises `RecordError` with a stable code; the screen or the command shows
`error.message(language)`. Nothing is half-stored when one is raised.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    "name_empty": ("Xin hãy nhập họ và tên.", "Please enter the full name."),
    "name_too_long": (
        "Họ và tên dài quá {limit} chữ cái. Xin hãy viết ngắn lại.",
        "The name is longer than {limit} characters. Please shorten it.",
    ),
    "name_control": (
        "Họ và tên có ký tự lạ. Xin hãy nhập lại.",
        "The name contains characters that cannot be stored. Please type it again.",
    ),
    "birth_year_invalid": (
        "Năm sinh phải là bốn chữ số, ví dụ 1958.",
        "The birth year must be four digits, for example 1958.",
    ),
    "birth_year_range": (
        "Năm sinh phải từ {low} đến {high}.",
        "The birth year must be between {low} and {high}.",
    ),
    "gender_unknown": ("Giới tính không hợp lệ.", "Unknown gender {value!r}."),
    "phone_invalid": (
        "Số điện thoại chỉ gồm chữ số, từ 9 đến 12 số.",
        "The phone number must be 9 to 12 digits.",
    ),
    "group_invalid": ("Tên tổ dân phố không hợp lệ.", "The residential group name is not valid."),
    "support_unknown": ("Loại hỗ trợ không có: {value}.", "Unknown support code {value!r}."),
    "session_kind_unknown": ("Loại buổi không có: {value}.", "Unknown session kind {value!r}."),
    "lesson_unknown": ("Không có bài học {value}.", "Unknown lesson id {value!r}."),
    "location_invalid": ("Địa điểm không hợp lệ.", "The location is not valid."),
    "text_invalid": (
        "Chữ vừa gõ có ký tự lạ. Xin hãy gõ lại.",
        "The text contains characters that cannot be stored. Please type it again.",
    ),
    "not_found": ("Không tìm thấy bản ghi.", "The record was not found."),
    "session_closed": ("Buổi này đã kết thúc.", "This session has already ended."),
    "read_only": (
        "Máy không ghi được dữ liệu (tệp chỉ đọc). Chưa có gì bị mất. Xin báo người phụ trách.",
        "The records file is read-only, so nothing could be saved. Nothing was lost. "
        "Please tell the person in charge.",
    ),
    "disk_full": (
        "Ổ đĩa đã đầy nên chưa lưu được. Chưa có gì bị mất. Xin báo người phụ trách.",
        "The disk is full, so nothing could be saved. Nothing was lost. "
        "Please tell the person in charge.",
    ),
    "storage": (
        "Chưa lưu được ({detail}). Chưa có gì bị mất. Xin báo người phụ trách.",
        "Could not save ({detail}). Nothing was lost. Please tell the person in charge.",
    ),
    # Reading the records only (kiosk/records/reading.py).
    "no_records": (
        "Chưa có dữ liệu ở {path}. Xin kiểm tra lại --data-dir.",
        "There are no records at {path}. Please check --data-dir.",
    ),
    "unreadable": (
        "Không đọc được tệp dữ liệu {path} ({detail}). Tệp vẫn để nguyên.",
        "The records file {path} could not be read ({detail}). It was left as it is.",
    ),
    # Backups and the start-up check (kiosk/records/backup.py).
    "backup_no_database": (
        "Chưa có tệp dữ liệu để sao lưu ({path}).",
        "There is no records file to back up ({path}).",
    ),
    "backup_unwritable": (
        "Không ghi được bản sao lưu vào {dest}. Xin chọn nơi khác (ví dụ một USB còn trống). "
        "Dữ liệu trên máy vẫn nguyên vẹn.",
        "The backup could not be written to {dest}. Please choose another place (for example an "
        "empty USB stick). The records on this kiosk are unharmed.",
    ),
    "backup_disk_full": (
        "Nơi lưu bản sao ({dest}) đã đầy nên chưa sao lưu được. Dữ liệu trên máy vẫn nguyên vẹn.",
        "There is no room left at {dest}, so no backup was made. "
        "The records on this kiosk are unharmed.",
    ),
    "backup_damaged": (
        "Bản sao lưu không đạt kiểm tra ({detail}) nên đã bị bỏ. Xin báo người phụ trách.",
        "The backup copy failed its check ({detail}) and was discarded. "
        "Please tell the person in charge.",
    ),
    "backup_failed": (
        "Chưa sao lưu được ({detail}). Dữ liệu trên máy vẫn nguyên vẹn.",
        "The backup could not be made ({detail}). The records on this kiosk are unharmed.",
    ),
    "recovery_failed": (
        "Tệp dữ liệu bị hỏng nhưng máy không cất riêng được nó ({detail}). "
        "Xin báo người phụ trách; đừng xóa tệp nào.",
        "The records file is damaged and could not be set aside ({detail}). "
        "Please tell the person in charge; do not delete any file.",
    ),
}


class RecordError(Exception):
    """A record that cannot be stored, with the reason in both languages."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str) -> str:
        vi, en = MESSAGES[self.code]
        return (vi if language == "vi" else en).format(**self.params)


def storage_error(error: Exception) -> RecordError:
    """The RecordError for an SQLite failure: read-only file, full disk, or anything else."""
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        return RecordError("read_only")
    if "disk is full" in text or "database or disk is full" in text:
        return RecordError("disk_full")
    return RecordError("storage", detail=str(error))
