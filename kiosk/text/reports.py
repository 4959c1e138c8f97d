"""The report's titles, headings and figure labels, in Vietnamese and English, one wording a
figure for the screen, the PDF and the CSV and XLSX files (kiosk/reports/tables.py builds
their tables). Looked up with `kiosk.text.say`."""

TEXTS: dict[str, dict[str, str]] = {
    # The figures' labels.
    "report.label.participants": {"vi": "Người tham gia", "en": "Participants"},
    "report.label.participants_60_plus": {
        "vi": "Trong đó từ 60 tuổi trở lên",
        "en": "of whom aged 60 or over",
    },
    "report.label.attendances": {"vi": "Lượt tham gia", "en": "Attendances"},
    "report.label.sessions": {"vi": "Số buổi", "en": "Sessions"},
    "report.label.completions": {"vi": "Lượt hoàn thành bài học", "en": "Lessons completed"},
    "report.label.completions_named": {"vi": "Lượt hoàn thành có tên", "en": "Named completions"},
    "report.label.completions_anonymous": {
        "vi": "Lượt hoàn thành ẩn danh",
        "en": "Anonymous completions",
    },
    # A lesson taught to its last step to a group in class mode (once per lesson and session).
    "report.label.class_completions": {
        "vi": "Lượt bài đã dạy cho lớp",
        "en": "Lessons taught to groups",
    },
    "report.label.individual_support_people": {
        "vi": "Người được hỗ trợ riêng",
        "en": "People given individual support",
    },
    "report.label.dossiers_online": {
        "vi": "Hồ sơ nộp trực tuyến",
        "en": "Dossiers submitted online",
    },
    "report.label.app_installs": {"vi": "Lượt cài ứng dụng", "en": "App installations"},
    "report.label.vneid_activations": {
        "vi": "Kích hoạt tài khoản VNeID",
        "en": "VNeID accounts activated",
    },
    "report.label.vneid_recoveries": {
        "vi": "Khôi phục tài khoản VNeID",
        "en": "VNeID accounts recovered",
    },
    "report.label.vneid_device_changes": {"vi": "Đổi thiết bị VNeID", "en": "VNeID device changes"},
    "report.label.digital_signatures": {
        "vi": "Chữ ký số cá nhân",
        "en": "Personal digital signatures",
    },
    "report.label.cashless_payments": {
        "vi": "Cài thanh toán không tiền mặt",
        "en": "Cashless payments set up",
    },
    # Shorter headings of narrow columns (the tables per group and per month on the screen
    # and on paper).
    "report.column.participants_60_plus": {"vi": "Từ 60 tuổi", "en": "Aged 60+"},
    "report.column.individual_support_people": {"vi": "Hỗ trợ riêng", "en": "Individual support"},
    "report.column.dossiers_online": {"vi": "Hồ sơ trực tuyến", "en": "Dossiers online"},
    "report.column.people": {"vi": "Người tham gia", "en": "People"},
    "report.column.times_present": {"vi": "Lượt tham gia", "en": "Times present"},
    "report.column.apps_installed": {"vi": "Lượt cài ứng dụng", "en": "Apps installed"},
    # Titles and headings.
    "report.title": {"vi": "Báo cáo Bình dân học vụ số", "en": "Digital literacy for all: report"},
    "report.commune": {"vi": "Đơn vị", "en": "Commune"},
    "report.from": {"vi": "Từ ngày", "en": "From"},
    "report.to": {"vi": "Đến ngày", "en": "To"},
    "report.location": {"vi": "Địa điểm", "en": "Location"},
    "report.kind": {"vi": "Loại buổi", "en": "Session kind"},  # in the files
    "report.session_kind": {"vi": "Loại buổi", "en": "Kind of session"},  # shown, printed
    "report.all": {"vi": "Tất cả", "en": "All"},
    "report.generated": {"vi": "Lập lúc", "en": "Made at"},
    "report.summary": {"vi": "Tổng hợp", "en": "Summary"},
    "report.lessons": {"vi": "Theo bài học", "en": "Lessons"},
    "report.apps": {"vi": "Theo ứng dụng", "en": "Apps"},
    "report.kinds": {"vi": "Theo loại buổi", "en": "By kind of session"},
    "report.groups": {"vi": "Theo tổ dân phố", "en": "By residential group"},
    "report.months": {"vi": "Theo tháng", "en": "By month"},
    "report.figure": {"vi": "Chỉ số", "en": "Figure"},
    "report.key": {"vi": "Mã", "en": "Key"},
    "report.value": {"vi": "Số liệu", "en": "Value"},
    "report.lesson": {"vi": "Bài học", "en": "Lesson"},
    "report.lesson_title": {"vi": "Tên bài", "en": "Title"},
    "report.named": {"vi": "Có tên", "en": "Named"},
    "report.anonymous": {"vi": "Ẩn danh", "en": "Anonymous"},
    "report.total": {"vi": "Tổng", "en": "Total"},  # a column of the files' lesson table
    "report.total_row": {"vi": "Tổng cộng", "en": "Total"},  # a table's last row
    "report.completed": {"vi": "Hoàn thành", "en": "Completed"},
    "report.taught": {"vi": "Dạy cho lớp", "en": "Taught to groups"},  # the lessons' tables
    "report.app": {"vi": "Ứng dụng", "en": "App"},
    "report.installs": {"vi": "Lượt cài", "en": "Installations"},
    "report.group": {"vi": "Tổ dân phố", "en": "Residential group"},
    "report.no_group": {"vi": "(Không ghi tổ)", "en": "(No group)"},  # in the files
    "report.without_group": {"vi": "(chưa có tổ dân phố)", "en": "(no group)"},  # shown, printed
    "report.month": {"vi": "Tháng", "en": "Month"},
    # The screen and the PDF.
    "report.pdf_title": {
        "vi": "Báo cáo kết quả Bình dân học vụ số",
        "en": "Digital literacy for all: report",
    },
    "report.range_line": {"vi": "Từ ngày {start} đến ngày {end}", "en": "From {start} to {end}"},
    "report.place_line": {"vi": "Địa điểm: {place}", "en": "Place: {place}"},
    "report.kind_line": {"vi": "Loại buổi: {kind}", "en": "Kind of session: {kind}"},
    "report.per_month": {
        "vi": "Người tham gia và lượt tham gia theo tháng",
        "en": "Participants and attendances per month",
    },
    "report.per_app": {"vi": "Lượt cài theo từng ứng dụng", "en": "App installations per app"},
    "report.apps_count": {"vi": "Lượt cài ứng dụng: {count}", "en": "App installations: {count}"},
    "report.no_figures": {
        "vi": "Chưa có số liệu trong khoảng này",
        "en": "No figures in this period",
    },
    "report.nothing_recorded": {
        "vi": "Chưa có gì được ghi trong khoảng này.",
        "en": "Nothing recorded in this period.",
    },
}
