"""The core's words about the records, in Vietnamese and English: what cannot be stored
(kiosk/records/errors.py), a sign-in sheet's problems (csvcheck.py), the start-up check's
report (backup.py), the read-only notice (reading.py), the last crash (kiosk/crashtrace.py),
and the labels of the records' codes (support, session kinds, genders: model.py). Looked up
with `kiosk.text.say`."""

TEXTS: dict[str, dict[str, str]] = {
    # What cannot be stored (kiosk/records/errors.py: RecordError's codes).
    "record.name_empty": {"vi": "Xin hãy nhập họ và tên.", "en": "Please enter the full name."},
    "record.name_too_long": {
        "vi": "Họ và tên dài quá {limit} chữ cái. Xin hãy viết ngắn lại.",
        "en": "The name is longer than {limit} characters. Please shorten it.",
    },
    "record.name_control": {
        "vi": "Họ và tên có ký tự lạ. Xin hãy nhập lại.",
        "en": "The name contains characters that cannot be stored. Please type it again.",
    },
    "record.birth_year_invalid": {
        "vi": "Năm sinh phải là bốn chữ số, ví dụ 1958.",
        "en": "The birth year must be four digits, for example 1958.",
    },
    "record.birth_year_range": {
        "vi": "Năm sinh phải từ {low} đến {high}.",
        "en": "The birth year must be between {low} and {high}.",
    },
    "record.gender_unknown": {"vi": "Giới tính không hợp lệ.", "en": "Unknown gender {value!r}."},
    "record.phone_invalid": {
        "vi": "Số điện thoại chỉ gồm chữ số, từ 9 đến 12 số.",
        "en": "The phone number must be 9 to 12 digits.",
    },
    "record.group_invalid": {
        "vi": "Tên tổ dân phố không hợp lệ.",
        "en": "The residential group name is not valid.",
    },
    "record.support_unknown": {
        "vi": "Loại hỗ trợ không có: {value}.",
        "en": "Unknown support code {value!r}.",
    },
    "record.session_kind_unknown": {
        "vi": "Loại buổi không có: {value}.",
        "en": "Unknown session kind {value!r}.",
    },
    "record.lesson_unknown": {
        "vi": "Không có bài học {value}.",
        "en": "Unknown lesson id {value!r}.",
    },
    "record.lesson_empty": {"vi": "Chưa chọn bài học nào.", "en": "No lesson was chosen."},
    "record.location_invalid": {"vi": "Địa điểm không hợp lệ.", "en": "The location is not valid."},
    "record.text_invalid": {
        "vi": "Chữ vừa gõ có ký tự lạ. Xin hãy gõ lại.",
        "en": "The text contains characters that cannot be stored. Please type it again.",
    },
    "record.not_found": {"vi": "Không tìm thấy bản ghi.", "en": "The record was not found."},
    "record.session_closed": {
        "vi": "Buổi này đã kết thúc.",
        "en": "This session has already ended.",
    },
    "record.session_unknown": {
        "vi": "Không tìm thấy buổi này. Xin hãy bắt đầu lại lớp.",
        "en": "This session was not found. Please start the class again.",
    },
    "record.read_only": {
        "vi": (
            "Máy không ghi được dữ liệu (tệp chỉ đọc). Chưa có gì bị mất. Xin báo người phụ trách."
        ),
        "en": (
            "The records file is read-only, so nothing could be saved. Nothing was lost. Please "
            "tell the person in charge."
        ),
    },
    "record.disk_full": {
        "vi": "Ổ đĩa đã đầy nên chưa lưu được. Chưa có gì bị mất. Xin báo người phụ trách.",
        "en": (
            "The disk is full, so nothing could be saved. Nothing was lost. Please tell the person "
            "in charge."
        ),
    },
    "record.storage": {
        "vi": "Chưa lưu được ({detail}). Chưa có gì bị mất. Xin báo người phụ trách.",
        "en": "Could not save ({detail}). Nothing was lost. Please tell the person in charge.",
    },
    "record.no_records": {
        "vi": "Chưa có dữ liệu ở {path}. Xin kiểm tra lại --data-dir.",
        "en": "There are no records at {path}. Please check --data-dir.",
    },
    "record.unreadable": {
        "vi": "Không đọc được tệp dữ liệu {path} ({detail}). Tệp vẫn để nguyên.",
        "en": "The records file {path} could not be read ({detail}). It was left as it is.",
    },
    "record.backup_no_database": {
        "vi": "Chưa có tệp dữ liệu để sao lưu ({path}).",
        "en": "There is no records file to back up ({path}).",
    },
    "record.backup_unwritable": {
        "vi": (
            "Không ghi được bản sao lưu vào {dest}. Xin chọn nơi khác (ví dụ một USB còn trống). "
            "Dữ liệu trên máy vẫn nguyên vẹn."
        ),
        "en": (
            "The backup could not be written to {dest}. Please choose another place (for example "
            "an empty USB stick). The records on this kiosk are unharmed."
        ),
    },
    "record.backup_disk_full": {
        "vi": (
            "Nơi lưu bản sao ({dest}) đã đầy nên chưa sao lưu được. Dữ liệu trên máy vẫn nguyên "
            "vẹn."
        ),
        "en": (
            "There is no room left at {dest}, so no backup was made. The records on this kiosk are "
            "unharmed."
        ),
    },
    "record.backup_damaged": {
        "vi": "Bản sao lưu không đạt kiểm tra ({detail}) nên đã bị bỏ. Xin báo người phụ trách.",
        "en": (
            "The backup copy failed its check ({detail}) and was discarded. Please tell the person "
            "in charge."
        ),
    },
    "record.backup_failed": {
        "vi": "Chưa sao lưu được ({detail}). Dữ liệu trên máy vẫn nguyên vẹn.",
        "en": "The backup could not be made ({detail}). The records on this kiosk are unharmed.",
    },
    "record.recovery_failed": {
        "vi": (
            "Tệp dữ liệu bị hỏng nhưng máy không cất riêng được nó ({detail}). Xin báo người phụ "
            "trách; đừng xóa tệp nào."
        ),
        "en": (
            "The records file is damaged and could not be set aside ({detail}). Please tell the "
            "person in charge; do not delete any file."
        ),
    },
    # A sign-in sheet's problems (kiosk/records/csvcheck.py).
    "import.unreadable": {
        "vi": "Không mở được tệp ({detail}).",
        "en": "Cannot read the file ({detail}).",
    },
    "import.empty_file": {"vi": "Tệp trống.", "en": "The file is empty."},
    "import.no_rows": {
        "vi": "Tệp chỉ có dòng tiêu đề, chưa có dòng nào để nhập.",
        "en": "The file has a header but no rows to import.",
    },
    "import.encoding": {
        "vi": "Dòng này không phải chữ UTF-8. Xin lưu tệp theo dạng “CSV UTF-8”.",
        "en": "This line is not UTF-8 text. Please save the file as “CSV UTF-8”.",
    },
    "import.columns_missing": {"vi": "Thiếu cột: {columns}.", "en": "Missing columns: {columns}."},
    "import.column_repeated": {
        "vi": "Cột {column} có hai lần.",
        "en": "The column {column} appears twice.",
    },
    "import.field_count": {
        "vi": "Dòng có {found} ô, dòng tiêu đề có {expected} ô.",
        "en": "The row has {found} fields; the header has {expected}.",
    },
    "import.csv_syntax": {
        "vi": "Dòng không đọc được ({detail}).",
        "en": "The line cannot be read ({detail}).",
    },
    "import.date_invalid": {
        "vi": "Ngày không hợp lệ: “{value}”. Xin viết theo dạng 2026-03-15 hoặc 15/03/2026.",
        "en": "Invalid date {value!r}: write 2026-03-15 or 15/03/2026.",
    },
    "import.date_future": {
        "vi": "Ngày {value} chưa tới.",
        "en": "The date {value} is in the future.",
    },
    "import.too_large": {
        "vi": (
            "Tệp lớn quá ({size} MB). Máy chỉ nhập tệp đến {limit} MB, chưa đọc tệp này. Xin chia "
            "tệp thành nhiều tệp nhỏ hơn rồi nhập từng tệp."
        ),
        "en": (
            "The file is too large ({size} MB); the kiosk imports files of up to {limit} MB and "
            "did not read this one. Please split it into smaller files and import each."
        ),
    },
    "import.too_many_rows": {
        "vi": (
            "Tệp có hơn {limit} dòng. Xin chia tệp thành nhiều tệp, mỗi tệp đến {limit} dòng, rồi "
            "nhập từng tệp."
        ),
        "en": (
            "The file has more than {limit} rows. Please split it into files of up to {limit} rows "
            "and import each."
        ),
    },
    "import.line_too_long": {
        "vi": "Dòng dài quá {limit} byte; có lẽ đây không phải tệp CSV.",
        "en": "The line is longer than {limit} bytes; this is probably not a CSV file.",
    },
    "import.where_line": {"vi": "Dòng {line}", "en": "Line {line}"},
    "import.where_column": {
        "vi": "Dòng {line}, cột {column}",
        "en": "Line {line}, column {column}",
    },
    # What can be wrong with the records file found at start (kiosk/records/damage.py).
    "damage.not_database": {
        "vi": "tệp không phải là dữ liệu của máy",
        "en": "it is not a database",
    },
    "damage.truncated": {"vi": "tệp bị cắt cụt", "en": "it has been cut short"},
    "damage.integrity": {"vi": "nội dung tệp bị hỏng", "en": "its contents are damaged"},
    "damage.foreign_keys": {
        "vi": "có bản ghi trỏ tới bản ghi không còn",
        "en": "records point to missing records",
    },
    "damage.empty": {"vi": "tệp trống rỗng", "en": "it is empty"},
    "damage.missing": {
        "vi": "tệp bị mất, chỉ còn phần nhật ký",
        "en": "it is gone; only its journal is left",
    },
    # The start-up check's report for the facilitator (kiosk/records/backup.py).
    "recovery.damaged": {
        "vi": "Tệp dữ liệu ghi danh bị hỏng: {what}. Tệp hỏng được giữ lại ở {kept}.",
        "en": "The records file is damaged: {what}. The damaged file is kept at {kept}.",
    },
    "recovery.restored": {
        "vi": (
            "Đã khôi phục bản sao lưu lúc {when}: {people} người, {sessions} buổi, {attendance} "
            "lượt tham dự, {support} lượt hỗ trợ, {completions} lượt học xong. Những gì ghi sau "
            "{when} có thể bị thiếu; xin kiểm tra và ghi bổ sung."
        ),
        "en": (
            "The backup taken at {when} was restored: {people} people, {sessions} sessions, "
            "{attendance} attendances, {support} support records, {completions} lesson "
            "completions. Anything recorded after {when} may be missing; please check and add it "
            "again."
        ),
    },
    "recovery.started_empty": {
        "vi": (
            "Không có bản sao lưu nào dùng được, nên máy đã bắt đầu một tệp dữ liệu mới, trống. "
            "Các bản ghi cũ chỉ còn trong tệp hỏng; xin báo người phụ trách."
        ),
        "en": (
            "No usable backup was found, so a new, empty records file was started. The earlier "
            "records are only in the damaged file; please tell the person in charge."
        ),
    },
    "recovery.taken_at": {"vi": "{time:%H:%M ngày %d/%m/%Y}", "en": "{time:%Y-%m-%d %H:%M}"},
    # Said once, on stderr, when the records are read where nothing can be written.
    "reading.read_only_notice": {
        "vi": (
            "Tệp dữ liệu {path} chỉ đọc được (ổ chống ghi hoặc không có quyền ghi): lệnh chỉ đọc, "
            "không ghi gì vào đó."
        ),
        "en": (
            "The records file {path} is read-only (a write-protected medium, or no permission to "
            "write there): it is only read, and nothing is written there."
        ),
    },
    # The last run's crash, for the facilitator (kiosk/crashtrace.py).
    "crash.previous": {
        "vi": (
            "Chương trình đã bị dừng đột ngột lúc {when} và đã được mở lại. Chi tiết lỗi được lưu "
            "ở {kept}; xin gửi tệp này cho người hỗ trợ kỹ thuật."
        ),
        "en": (
            "The program stopped unexpectedly at {when} and has been started again. The details "
            "are kept in {kept}; please send this file to technical support."
        ),
    },
    # Support kinds (kiosk/records/model.py): stable codes, stored, exported and imported.
    "support.install_vneid": {"vi": "Cài VNeID", "en": "Installed VNeID"},
    "support.install_etax": {"vi": "Cài eTax Mobile", "en": "Installed eTax Mobile"},
    "support.install_vssid": {"vi": "Cài VssID", "en": "Installed VssID"},
    "support.install_ihanoi": {"vi": "Cài iHanoi", "en": "Installed iHanoi"},
    "support.install_other": {"vi": "Cài ứng dụng khác", "en": "Installed another app"},
    "support.vneid_activate": {"vi": "Kích hoạt VNeID", "en": "Activated VNeID"},
    "support.vneid_recover": {"vi": "Khôi phục VNeID", "en": "Recovered a VNeID account"},
    "support.vneid_change_device": {"vi": "Đổi thiết bị VNeID", "en": "Changed VNeID device"},
    "support.digital_signature": {"vi": "Ký số cá nhân", "en": "Personal digital signature"},
    "support.dossier_online": {"vi": "Nộp hồ sơ trực tuyến", "en": "Dossier submitted online"},
    "support.cashless_payment": {
        "vi": "Thanh toán không tiền mặt",
        "en": "Cashless payment set up",
    },
    "support.individual_support": {"vi": "Hỗ trợ riêng", "en": "Individual support"},
    # Session kinds (kiosk/records/model.py).
    "session_kind.group": {"vi": "Lớp học nhóm", "en": "Group lesson"},
    "session_kind.mobile_point": {"vi": "Điểm hỗ trợ lưu động", "en": "Mobile point"},
    "session_kind.home_visit": {"vi": "Hỗ trợ tại nhà", "en": "Home visit"},
    "session_kind.help_desk": {"vi": "Bàn hỗ trợ", "en": "Help desk"},
    "session_kind.self_study": {"vi": "Tự học tại máy", "en": "Self-study at the kiosk"},
    # Genders (kiosk/records/model.py).
    "gender.female": {"vi": "Nữ", "en": "Female"},
    "gender.male": {"vi": "Nam", "en": "Male"},
    "gender.other": {"vi": "Khác", "en": "Other"},
}
