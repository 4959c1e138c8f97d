"""The core's words in its commands (`kiosk records`, `kiosk backup`, `kiosk pin`,
`kiosk report`), in Vietnamese and English. Looked up with `kiosk.text.say`."""

TEXTS: dict[str, dict[str, str]] = {
    # `kiosk records ...` and `kiosk backup` (kiosk/commands/records.py).
    "cmd.records.imported": {
        "vi": (
            "Đã nhập {rows} dòng: {sessions} buổi mới, {people} người mới, {attendance} lượt tham "
            "dự mới, {support} lượt hỗ trợ mới."
        ),
        "en": (
            "Imported {rows} rows: {sessions} new sessions, {people} new people, {attendance} new "
            "attendances, {support} new support records."
        ),
    },
    "cmd.records.dry_run": {
        "vi": (
            "Chạy thử, chưa ghi gì. Nếu nhập thật, {rows} dòng sẽ thêm {sessions} buổi, {people} "
            "người, {attendance} lượt tham dự, {support} lượt hỗ trợ."
        ),
        "en": (
            "Dry run, nothing written. A real import of {rows} rows would add {sessions} sessions, "
            "{people} people, {attendance} attendances, {support} support records."
        ),
    },
    "cmd.records.nothing_imported": {
        "vi": "Không nhập gì: {count} lỗi ở {lines} dòng. Xin sửa tệp rồi nhập lại.",
        "en": (
            "Nothing imported: {count} problems on {lines} lines. Please correct the file and "
            "import it again."
        ),
    },
    "cmd.records.nothing_read": {"vi": "Không nhập gì.", "en": "Nothing imported."},
    "cmd.records.duplicates": {
        "vi": (
            "Có thể trùng người (tên chỉ khác dấu hoặc chữ hoa, cùng năm sinh). Xin kiểm tra; máy "
            "không tự gộp:"
        ),
        "en": (
            "Possible duplicates (names that differ only by accents or case, same birth year). "
            "Please check; they were not merged:"
        ),
    },
    "cmd.records.no_duplicates": {
        "vi": "Không thấy ai có thể bị trùng.",
        "en": "No possible duplicates.",
    },
    "cmd.records.people": {"vi": "{count} người", "en": "{count} people"},
    "cmd.records.anonymised": {
        "vi": "(và {count} người đã ẩn danh, không liệt kê ở đây)",
        "en": "(and {count} anonymised people, not listed here)",
    },
    "cmd.records.sessions": {"vi": "{count} buổi", "en": "{count} sessions"},
    "cmd.records.attendees": {"vi": "{count} người dự", "en": "{count} attendees"},
    "cmd.records.damaged": {
        "vi": (
            "Tệp dữ liệu bị hỏng ({detail}). Lệnh này không sửa gì. Hãy mở lại kiosk (kiosk run): "
            "kiosk cất riêng tệp hỏng và lấy lại bản sao lưu mới nhất."
        ),
        "en": (
            "The records file is damaged ({detail}). This command changes nothing. Start the kiosk "
            "(kiosk run): it keeps the damaged file aside and restores the newest backup."
        ),
    },
    "cmd.records.backup_done": {"vi": "Đã sao lưu vào {path}", "en": "Backed up to {path}"},
    # `kiosk records purge` and `kiosk records person` (kiosk/commands/records_privacy.py).
    "cmd.privacy.purged": {
        "vi": (
            "Đã ẩn danh {count} người không có hoạt động nào từ {cutoff} trở đi (dữ liệu cá nhân "
            "được giữ {months} tháng). Số liệu báo cáo không đổi."
        ),
        "en": (
            "Anonymised {count} people with no activity since {cutoff} (personal data is kept for "
            "{months} months). Report figures are unchanged."
        ),
    },
    "cmd.privacy.purge_dry_run": {
        "vi": (
            "Chạy thử, chưa đổi gì: {count} người không có hoạt động nào từ {cutoff} trở đi sẽ "
            "được ẩn danh (dữ liệu cá nhân được giữ {months} tháng)."
        ),
        "en": (
            "Dry run, nothing changed: {count} people with no activity since {cutoff} would be "
            "anonymised (personal data is kept for {months} months)."
        ),
    },
    "cmd.privacy.clock_wrong": {
        "vi": "Đồng hồ máy có vẻ sai: hôm nay là {today}? {why}",
        "en": "The computer's clock looks wrong: is today {today}? {why}",
    },
    "cmd.privacy.clock_ahead": {
        "vi": (
            "Lần trước kiosk thấy đồng hồ là ngày {seen}, cách hôm nay {days} ngày: lâu hơn mọi "
            "lần máy được tắt."
        ),
        "en": (
            "The kiosk last saw the clock on {seen}, {days} days before: longer than it has ever "
            "been switched off."
        ),
    },
    "cmd.privacy.clock_behind": {
        "vi": "Kiosk đã thấy đồng hồ là ngày {seen}, muộn hơn hôm nay.",
        "en": "The kiosk has already seen the clock on {seen}, later than today.",
    },
    "cmd.privacy.clock_before_release": {
        "vi": "Ngày này còn trước khi có phần mềm kiosk.",
        "en": "This date is before the kiosk program existed.",
    },
    "cmd.privacy.clock_unknown": {
        "vi": "Kiosk không đọc được lần cuối nó thấy đồng hồ.",
        "en": "The kiosk cannot read when it last saw the clock.",
    },
    "cmd.privacy.clock_ask_yes": {
        "vi": (
            "Chưa ẩn danh ai. Nếu ngày này đúng, chạy lại lệnh với --yes; nếu sai, xin chỉnh ngày "
            "giờ của máy trước."
        ),
        "en": (
            "No one was anonymised. If this date is right, run the command again with --yes; if "
            "not, please set the computer's date and time first."
        ),
    },
    "cmd.privacy.clock_confirmed": {
        "vi": "Đã ghi nhận hôm nay là {today}.",
        "en": "Today is taken as {today}.",
    },
    "cmd.privacy.clock_doubtful": {
        "vi": (
            "{count} bản ghi được ghi khi đồng hồ có vẻ sai; các bản ghi đó vẫn được giữ và được "
            "đánh dấu."
        ),
        "en": "{count} records were made while the clock looked wrong; they are kept and marked.",
    },
    "cmd.privacy.query_empty": {
        "vi": "Xin ghi tên (hoặc một phần tên) của người cần tìm.",
        "en": "Please give the name (or part of the name) of the person to find.",
    },
    "cmd.privacy.no_match": {
        "vi": "Không thấy ai khớp. (Người đã ẩn danh thì không còn tìm được.)",
        "en": "No one matches. (People already anonymised cannot be found.)",
    },
    "cmd.privacy.matches": {"vi": "{count} người khớp.", "en": "{count} people match."},
    "cmd.privacy.several": {
        "vi": "Có {count} người khớp. Xin ghi rõ hơn: thêm năm sinh, hoặc dùng mã ở đầu dòng.",
        "en": (
            "{count} people match. Please be more precise: add the birth year, or give the code at "
            "the start of the line."
        ),
    },
    "cmd.privacy.exported": {
        "vi": "Đã ghi toàn bộ dữ liệu của người này vào {path}.",
        "en": "Everything stored about this person was written to {path}.",
    },
    "cmd.privacy.export_failed": {
        "vi": "Không ghi được tệp {path} ({detail}). Chưa xóa gì.",
        "en": "Could not write {path} ({detail}). Nothing was removed.",
    },
    "cmd.privacy.confirm": {
        "vi": (
            "Xóa tên, số điện thoại và giới tính của {name} ({year})? Các lượt tham dự vẫn được "
            "đếm trong báo cáo, nhưng không còn gắn với tên. Gõ CÓ để xóa: "
        ),
        "en": (
            "Erase the name, phone number and gender of {name} ({year})? Their attendances still "
            "count in reports, with no name attached. Type YES to erase: "
        ),
    },
    "cmd.privacy.not_confirmed": {"vi": "Chưa xóa gì.", "en": "Nothing was removed."},
    "cmd.privacy.deleted": {
        "vi": "Đã xóa tên, số điện thoại và giới tính. Máy không còn biết người này là ai.",
        "en": "The name, phone number and gender are erased. The kiosk no longer knows who it was.",
    },
    # `kiosk pin set` and `kiosk pin check` (kiosk/commands/pin.py).
    "cmd.pin.pin_first": {"vi": "Mã PIN mới (6 chữ số): ", "en": "New PIN (6 digits): "},
    "cmd.pin.pin_again": {"vi": "Nhập lại mã PIN: ", "en": "The PIN again: "},
    "cmd.pin.pin_differ": {
        "vi": "Hai lần nhập không giống nhau. Mã PIN chưa đổi.",
        "en": "The two PINs differ. The PIN was not changed.",
    },
    "cmd.pin.pin_format": {
        "vi": "Mã PIN phải gồm đúng 6 chữ số. Mã PIN chưa đổi.",
        "en": "The PIN must be exactly 6 digits. The PIN was not changed.",
    },
    "cmd.pin.pin_set": {"vi": "Đã đặt mã PIN.", "en": "The PIN is set."},
    "cmd.pin.recovery": {
        "vi": (
            "Mã khôi phục mới: {code}\nHãy chép lại và cất ở nơi an toàn. Mã khôi phục cũ không "
            "dùng được nữa."
        ),
        "en": (
            "New recovery code: {code}\nWrite it down and keep it somewhere safe. The old recovery "
            "code no longer works."
        ),
    },
    "cmd.pin.pin_unwritable": {
        "vi": "Không ghi được mã PIN ({detail}).",
        "en": "The PIN could not be saved ({detail}).",
    },
    "cmd.pin.state_set": {"vi": "Mã PIN: đã đặt.", "en": "PIN: set."},
    "cmd.pin.state_new": {
        "vi": "Mã PIN: chưa đặt (máy mới). Lần mở đầu tiên, kiosk sẽ hỏi mã PIN.",
        "en": "PIN: not set yet (a new kiosk). The first start asks for it.",
    },
    "cmd.pin.state_damaged": {
        "vi": (
            "Mã PIN bị hỏng hoặc bị mất ({detail}). Dùng mã khôi phục trên màn hình kiosk, hoặc "
            "lệnh kiosk pin set."
        ),
        "en": (
            "The PIN is damaged or missing ({detail}). Use the recovery code on the kiosk's "
            "screen, or the command kiosk pin set."
        ),
    },
    "cmd.pin.recovery_yes": {"vi": "Mã khôi phục: có.", "en": "Recovery code: on file."},
    "cmd.pin.recovery_no": {
        "vi": "Mã khôi phục: không có hoặc bị hỏng. Lệnh kiosk pin set cho mã mới.",
        "en": "Recovery code: missing or damaged. kiosk pin set gives a new one.",
    },
    # `kiosk report` (kiosk/commands/report.py).
    "cmd.report.bad_date": {
        "vi": "Ngày không hợp lệ: {value}. Xin viết ngày theo dạng 31/12/2025 hoặc 2025-12-31.",
        "en": "Not a date: {value}. Please write the day as 2025-12-31 or 31/12/2025.",
    },
    "cmd.report.end_before_start": {
        "vi": "Ngày kết thúc ({end}) ở trước ngày bắt đầu ({start}). Xin đổi lại.",
        "en": "The range ends ({end}) before it starts ({start}). Please swap them.",
    },
    "cmd.report.unknown_kind": {
        "vi": "Không có loại buổi {value}. Các loại buổi: {kinds}.",
        "en": "Unknown session kind {value!r}. The kinds are: {kinds}.",
    },
    "cmd.report.no_location": {
        "vi": (
            "Không có buổi nào ở địa điểm {value} trong khoảng ngày này, nên báo cáo toàn số 0. "
            "Các địa điểm đã ghi: {places}."
        ),
        "en": (
            "No session was held at {value!r} in this range, so every figure is 0. The locations "
            "recorded: {places}."
        ),
    },
    "cmd.report.no_records": {
        "vi": "Chưa có dữ liệu ở {path}. Xin kiểm tra lại --data-dir.",
        "en": "There are no records at {path}. Please check --data-dir.",
    },
    "cmd.report.damaged": {
        "vi": (
            "Tệp dữ liệu bị hỏng ({detail}), nên chưa lập được báo cáo. Hãy mở lại kiosk (kiosk "
            "run): kiosk cất riêng tệp hỏng và lấy lại bản sao lưu mới nhất."
        ),
        "en": (
            "The records file is damaged ({detail}), so no report was made. Start the kiosk (kiosk "
            "run): it keeps the damaged file aside and restores the newest backup."
        ),
    },
    "cmd.report.unreadable": {
        "vi": "Không đọc được dữ liệu ({detail}).",
        "en": "The records could not be read ({detail}).",
    },
    "cmd.report.bad_out": {
        "vi": "Không ghi được tệp {path}: {detail}. Chưa có tệp nào được tạo.",
        "en": "Could not write {path}: {detail}. No file was made.",
    },
    "cmd.report.no_folder": {
        "vi": "không có thư mục {folder}",
        "en": "there is no folder {folder}",
    },
    "cmd.report.is_folder": {"vi": "đây là một thư mục", "en": "it is a folder"},
    "cmd.report.no_pdf": {
        "vi": (
            "Máy này chưa in được báo cáo ra PDF ({detail}). Xin dùng --format csv, xlsx hoặc json."
        ),
        "en": (
            "The report cannot be written as PDF here ({detail}). Please use --format csv, xlsx or "
            "json."
        ),
    },
    "cmd.report.written": {"vi": "Đã ghi báo cáo: {path}", "en": "Report written: {path}"},
    "cmd.report.summary": {
        "vi": (
            "{start} – {end}: {participants} người tham gia ({elders} người từ 60 tuổi), "
            "{attendances} lượt tham dự, {sessions} buổi."
        ),
        "en": (
            "{start} – {end}: {participants} participants ({elders} aged 60 or over), "
            "{attendances} attendances, {sessions} sessions."
        ),
    },
}
