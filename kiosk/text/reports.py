"""The report's headings and figure labels in the CSV and XLSX files
(kiosk/reports/exports.py), in Vietnamese and English. Looked up with `kiosk.text.say`."""

TEXTS: dict[str, dict[str, str]] = {
    # The figures' labels.
    "report.label.participants": {"vi": "Người tham gia", "en": "Participants"},
    "report.label.participants_60_plus": {
        "vi": "Người tham gia từ 60 tuổi",
        "en": "Participants aged 60 or over",
    },
    "report.label.attendances": {"vi": "Lượt tham dự", "en": "Attendances"},
    "report.label.sessions": {"vi": "Buổi", "en": "Sessions"},
    "report.label.completions": {"vi": "Lượt hoàn thành bài học", "en": "Lesson completions"},
    "report.label.completions_named": {"vi": "Lượt hoàn thành có tên", "en": "Named completions"},
    "report.label.completions_anonymous": {
        "vi": "Lượt hoàn thành ẩn danh",
        "en": "Anonymous completions",
    },
    "report.label.individual_support_people": {
        "vi": "Người được hỗ trợ riêng",
        "en": "People given individual support",
    },
    "report.label.dossiers_online": {
        "vi": "Hồ sơ nộp trực tuyến",
        "en": "Dossiers submitted online",
    },
    "report.label.vneid_activations": {"vi": "Kích hoạt VNeID", "en": "VNeID activations"},
    "report.label.vneid_recoveries": {
        "vi": "Khôi phục tài khoản VNeID",
        "en": "VNeID account recoveries",
    },
    "report.label.vneid_device_changes": {"vi": "Đổi thiết bị VNeID", "en": "VNeID device changes"},
    "report.label.digital_signatures": {"vi": "Ký số cá nhân", "en": "Personal digital signatures"},
    "report.label.cashless_payments": {
        "vi": "Thanh toán không tiền mặt",
        "en": "Cashless payments set up",
    },
    # Titles and headings.
    "report.title": {"vi": "Báo cáo Bình dân học vụ số", "en": "Digital literacy for all: report"},
    "report.commune": {"vi": "Đơn vị", "en": "Commune"},
    "report.from": {"vi": "Từ ngày", "en": "From"},
    "report.to": {"vi": "Đến ngày", "en": "To"},
    "report.location": {"vi": "Địa điểm", "en": "Location"},
    "report.kind": {"vi": "Loại buổi", "en": "Session kind"},
    "report.all": {"vi": "Tất cả", "en": "All"},
    "report.generated": {"vi": "Lập lúc", "en": "Made at"},
    "report.summary": {"vi": "Tổng hợp", "en": "Summary"},
    "report.lessons": {"vi": "Theo bài học", "en": "Lessons"},
    "report.apps": {"vi": "Theo ứng dụng", "en": "Apps"},
    "report.groups": {"vi": "Theo tổ dân phố", "en": "Residential groups"},
    "report.months": {"vi": "Theo tháng", "en": "Months"},
    "report.figure": {"vi": "Chỉ số", "en": "Figure"},
    "report.key": {"vi": "Mã", "en": "Key"},
    "report.value": {"vi": "Số liệu", "en": "Value"},
    "report.lesson": {"vi": "Bài học", "en": "Lesson"},
    "report.lesson_title": {"vi": "Tên bài", "en": "Title"},
    "report.named": {"vi": "Có tên", "en": "Named"},
    "report.anonymous": {"vi": "Ẩn danh", "en": "Anonymous"},
    "report.total": {"vi": "Tổng", "en": "Total"},
    "report.app": {"vi": "Ứng dụng", "en": "App"},
    "report.installs": {"vi": "Lượt cài", "en": "Installations"},
    "report.group": {"vi": "Tổ dân phố", "en": "Residential group"},
    "report.no_group": {"vi": "(Không ghi tổ)", "en": "(No group)"},
    "report.month": {"vi": "Tháng", "en": "Month"},
}
