"""Lesson 8: submit an application on the National Public Service Portal (registering a birth as
the example), and follow it until the result comes."""

from __future__ import annotations

from kiosk.authoring.model import LessonSource, StepSource, T
from kiosk.authoring.palette import (
    BLUE,
    GREEN,
    INK,
    MUTED,
    RED,
    SCREEN_W,
    SCREEN_X,
    SCREEN_Y,
    SOFT,
    WHITE,
    YELLOW,
)
from kiosk.authoring.svg import Box, Scene

TOP = SCREEN_Y + 158  # where the portal's page starts, below the address bar and its header


def portal_mark(s: Scene, x: float, y: float, size: float) -> None:
    """Our own sign for the portal: a red square with a yellow star over a document (not the
    portal's real logo)."""
    s.rect(x, y, size, size, RED, r=size * 0.22)
    s.icon("document", x + size * 0.5, y + size * 0.56, size * 0.62, WHITE)
    s.icon("star", x + size * 0.5, y + size * 0.24, size * 0.3, YELLOW)


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["red"], r=40)
    portal_mark(s, 24, 24, 152)
    s.circle(150, 150, 34, GREEN, stroke=WHITE, width=6)
    s.path("M 134 151 L 146 163 L 167 139", stroke=WHITE, width=8)


def portal(s: Scene, title: str, screen: str = WHITE) -> None:
    """The phone's web browser on dichvucong.gov.vn: the address bar, then the portal's red
    header with `title`."""
    s.phone(screen)
    x, y, w = SCREEN_X, SCREEN_Y, SCREEN_W
    s.path(
        f"M {x} {y + 22} C {x} {y + 10} {x + 10} {y} {x + 22} {y} L {x + w - 22} {y} "
        f"C {x + w - 10} {y} {x + w} {y + 10} {x + w} {y + 22} L {x + w} {y + 70} "
        f"L {x} {y + 70} Z",
        fill="#dfe3e8",
        stroke="",
    )
    s.icon("lock", x + 36, y + 36, 32, GREEN)
    s.text(x + 64, y + 49, "dichvucong.gov.vn", 36, INK)
    s.rect(x, y + 70, w, 88, RED)
    portal_mark(s, x + 20, y + 82, 64)
    s.text(x + 100, y + 129, title, 40, WHITE, bold=True)


def dropdown(s: Scene, label: str, value: str, y: float) -> Box:
    """A choice box with its label above (baseline `y`) and a down chevron on its right."""
    s.text(SCREEN_X + 30, y, label, 36, MUTED, bold=True)
    x, w, h = SCREEN_X + 26, SCREEN_W - 52, 100
    box = s.rect(x, y + 30, w, h, WHITE, r=18, stroke=INK, width=4)
    size = 40
    while len(value) * size * 0.52 > w - 110 and size > 30:
        size -= 2
    s.text(x + 24, box.cy + size * 0.36, value, size, INK)
    s.path(
        f"M {box.right - 64} {box.cy - 10} L {box.right - 44} {box.cy + 10} "
        f"L {box.right - 24} {box.cy - 10}",
        stroke=INK,
        width=6,
    )
    return box


def prepare(s: Scene) -> None:
    portal(s, s.t("Dịch vụ công", "Public services"))
    s.circle(SCREEN_X + 80, TOP + 90, 46, SOFT["blue"], stroke=BLUE, width=5)
    s.icon("person", SCREEN_X + 80, TOP + 90, 56, BLUE)
    s.text(SCREEN_X + 146, TOP + 80, s.t("Xin chào,", "Hello,"), 36, MUTED)
    s.text(SCREEN_X + 146, TOP + 126, s.t("Nguyễn Văn An", "Nguyen Van An"), 40, INK, bold=True)
    s.check(SCREEN_X + 80, TOP + 240, 70)
    s.text(SCREEN_X + 136, TOP + 254, s.t("Đã đăng nhập", "Logged in"), 40, GREEN, bold=True)
    s.text(SCREEN_X + 30, TOP + 330, s.t("bằng VNeID", "with VNeID"), 36, MUTED)
    s.field(s.t("Tìm dịch vụ công", "Find a service"), TOP + 380)
    s.icon("search", SCREEN_X + SCREEN_W - 70, TOP + 430, 44, MUTED)
    s.card(
        s.t("Giấy chứng sinh", "Birth certificate"),
        110,
        icon="document",
        color=BLUE,
    )
    s.card(s.t("Thẻ căn cước của bác", "Your ID card"), 360, icon="card", color=INK)
    s.id_card(735, 556, 390)


def search(s: Scene) -> None:
    portal(s, s.t("Tìm kiếm", "Search"))
    s.field("", TOP + 14, s.t("đăng ký khai sinh", "birth registration"), h=90)
    s.target(s.row(s.t("Đăng ký khai sinh", "Birth registration"), TOP + 126, h=130))
    s.row(s.t("Đăng ký khai tử", "Death registration"), TOP + 261, h=130)
    s.row(s.t("Đăng ký kết hôn", "Marriage registration"), TOP + 396, h=130)
    s.card(s.t("Gõ tên việc cần làm", "Type what you need"), 160, icon="search", color=BLUE)
    s.card(s.t("Chạm đúng tên thủ tục", "Touch the right service"), 400, icon="touch", color=GREEN)


def place(s: Scene) -> None:
    portal(s, s.t("Nơi nộp hồ sơ", "Where to submit"))
    dropdown(s, s.t("Tỉnh, thành phố", "Province or city"), s.t("Hà Nội", "Ha Noi"), TOP + 56)
    box = dropdown(s, s.t("Xã, phường", "Commune or ward"), s.t("Chọn xã", "Choose"), TOP + 236)
    s.ring(box, round_=24)
    button = s.button(s.t("Đồng ý", "OK"), TOP + 412, BLUE, h=110)
    s.arrow(button.right + 16, button.cy, 180)
    s.card(s.t("Chọn nơi bác đang ở", "Choose where you live"), 160, icon="home", color=BLUE)
    s.card(s.t("Rồi chạm Đồng ý", "Then touch OK"), 380, icon="check", color=GREEN)


def form(s: Scene) -> None:
    portal(s, s.t("Tờ khai", "Application form"))
    s.text(SCREEN_X + 30, TOP + 46, s.t("Người đi khai", "Applicant"), 36, MUTED, bold=True)
    for index, value in enumerate((s.t("Nguyễn Văn An", "Nguyen Van An"), "001056…")):
        box = s.field("", TOP + 62 + index * 98, value, h=84)
        s.check(box.right - 46, box.cy, 48)
    s.text(SCREEN_X + 30, TOP + 306, s.t("Em bé", "The baby"), 36, MUTED, bold=True)
    empty = s.field(s.t("Họ và tên em bé", "Baby's full name"), TOP + 338, h=84)
    s.ring(empty, round_=22)
    s.field(s.t("Ngày sinh", "Date of birth"), TOP + 448, h=84)
    s.card(
        s.t("Phần có sẵn: bác đọc lại", "Already filled in: read it"),
        130,
        icon="check",
        color=GREEN,
    )
    s.card(s.t("Ô còn trống: bác gõ vào", "Empty boxes: type in them"), 380, icon="pen", color=BLUE)


def attach(s: Scene) -> None:
    portal(s, s.t("Giấy tờ", "Papers"), "#5b5b5b")
    s.rect(SCREEN_X, TOP, SCREEN_W, 150, WHITE)
    s.icon("document", SCREEN_X + 64, TOP + 72, 70, BLUE)
    s.text(
        SCREEN_X + 118, TOP + 86, s.t("Giấy chứng sinh", "Birth certificate"), 40, INK, bold=True
    )
    s.rect(SCREEN_X + 16, TOP + 180, SCREEN_W - 32, 370, WHITE, r=30)
    s.text(
        SCREEN_X + SCREEN_W / 2,
        TOP + 240,
        s.t("Thêm ảnh giấy tờ", "Add a photo"),
        40,
        INK,
        bold=True,
        anchor="middle",
    )
    s.target(
        s.button(s.t("Chụp ảnh", "Take photo"), TOP + 266, GREEN, x=SCREEN_X + 46, w=SCREEN_W - 92)
    )
    s.button(
        s.t("Thư viện ảnh", "Photo library"),
        TOP + 416,
        BLUE,
        outline=True,
        h=100,
        size=40,
        x=SCREEN_X + 46,
        w=SCREEN_W - 92,
    )
    s.card(
        s.t("Chụp thẳng, rõ chữ, đủ bốn góc", "Straight, sharp, all four corners"),
        150,
        icon="camera",
        color=GREEN,
    )
    s.card(s.t("Ảnh mờ thì chụp lại", "Blurry? Take it again"), 420, icon="eye", color=BLUE)


def review(s: Scene) -> None:
    portal(s, s.t("Kiểm tra lại", "Check again"))
    for index, label in enumerate(
        (s.t("Nơi nộp", "Where"), s.t("Tờ khai", "Form"), s.t("Giấy tờ", "Papers"))
    ):
        y = TOP + 30 + index * 120
        s.rect(SCREEN_X + 26, y, SCREEN_W - 52, 100, SOFT["green"], r=18)
        s.text(SCREEN_X + 56, y + 64, label, 40, INK, bold=True)
        s.check(SCREEN_X + SCREEN_W - 80, y + 50, 60)
    y = TOP + 400
    s.rect(SCREEN_X + 26, y, SCREEN_W - 52, 130, SOFT["yellow"], r=18, stroke=INK, width=4)
    s.text(SCREEN_X + 56, y + 56, s.t("Lệ phí", "Fee"), 38, MUTED, bold=True)
    s.text(SCREEN_X + 56, y + 108, s.t("Miễn lệ phí", "No fee"), 42, GREEN, bold=True)
    s.card(s.t("Đọc lại từng dòng", "Read every line again"), 130, icon="eye", color=BLUE)
    s.card(
        s.t("Có lệ phí: trả trực tuyến qua ngân hàng", "A fee? Pay online with your bank"),
        350,
        icon="bank",
        color=GREEN,
    )


def submit(s: Scene) -> None:
    portal(s, s.t("Nộp hồ sơ", "Submit"))
    s.rect(SCREEN_X + 30, TOP + 40, 64, 64, GREEN, r=10)
    s.path(
        f"M {SCREEN_X + 44} {TOP + 72} L {SCREEN_X + 58} {TOP + 88} L {SCREEN_X + 82} {TOP + 56}",
        stroke=WHITE,
        width=9,
    )
    s.paragraph(
        SCREEN_X + 116,
        TOP + 84,
        s.t("Tôi cam đoan thông tin là đúng", "I declare this is true"),
        340,
        36,
        INK,
    )
    s.target(s.button(s.t("Nộp hồ sơ", "Submit"), TOP + 230, GREEN))
    s.button(s.t("Quay lại", "Back"), TOP + 410, MUTED, outline=True, h=100, size=40)
    s.card(
        s.t("Đúng hết rồi: chạm Nộp hồ sơ", "All correct: touch Submit"),
        230,
        icon="check",
        color=GREEN,
    )


def code(s: Scene) -> None:
    portal(s, s.t("Đã nộp", "Submitted"))
    s.check(SCREEN_X + SCREEN_W / 2, TOP + 110, 130)
    s.text(
        SCREEN_X + SCREEN_W / 2,
        TOP + 250,
        s.t("Nộp thành công", "Submitted"),
        44,
        GREEN,
        bold=True,
        anchor="middle",
    )
    s.text(
        SCREEN_X + SCREEN_W / 2,
        TOP + 340,
        s.t("Mã hồ sơ", "Dossier code"),
        38,
        MUTED,
        bold=True,
        anchor="middle",
    )
    box = s.rect(
        SCREEN_X + 30, TOP + 370, SCREEN_W - 60, 100, SOFT["yellow"], r=18, stroke=INK, width=4
    )
    s.text(SCREEN_X + SCREEN_W / 2, TOP + 436, "H01.25-0001", 42, INK, bold=True, anchor="middle")
    s.ring(box, round_=24)
    s.card(
        s.t("Chụp lại hoặc ghi mã ra giấy", "Photograph it or write it down"),
        110,
        icon="pen",
        color=BLUE,
    )
    s.bubble(
        s.t("Hồ sơ H01.25-0001 đã được tiếp nhận", "Dossier H01.25-0001 has been received"),
        690,
        400,
        480,
        size=38,
    )
    s.icon("phone", 750, 690, 90, INK)
    s.text(810, 705, s.t("Tin nhắn, thư", "Text, email"), 38, INK, bold=True)


def follow(s: Scene) -> None:
    portal(s, s.t("Tài khoản", "Account"))
    s.row(s.t("Thông tin tài khoản", "Account details"), TOP + 6, h=130)
    s.target(s.row(s.t("Quản lý hồ sơ đã nộp", "My submitted files"), TOP + 141, h=130))
    s.row(s.t("Tra cứu hồ sơ", "Look up a file"), TOP + 276, h=130)
    s.row(s.t("Đăng xuất", "Log out"), TOP + 411, h=130)
    s.card(
        s.t("Xem hồ sơ đang ở bước nào", "See how far your file has got"),
        130,
        icon="clock",
        color=BLUE,
    )
    s.card(
        s.t("Đang xử lý → Đã có kết quả", "Being processed → Result ready"),
        400,
        icon="check",
        color=GREEN,
    )


def result(s: Scene) -> None:
    s.building(70, 250, 330, s.t("UBND xã", "Commune"))
    s.text(235, 600, s.t("Nhận tại xã", "At the commune"), 44, INK, bold=True, anchor="middle")
    s.rect(470, 300, 260, 200, WHITE, r=20, stroke=INK)
    s.path("M 470 320 L 600 420 L 730 320", stroke=INK, width=6)
    s.text(600, 600, s.t("Qua bưu điện", "By post"), 44, INK, bold=True, anchor="middle")
    s.icon("phone", 965, 390, 220, BLUE)
    s.icon("document", 965, 385, 90, BLUE)
    s.text(965, 600, s.t("Bản điện tử", "Electronic copy"), 44, INK, bold=True, anchor="middle")
    s.card(
        s.t(
            "Cần giúp? Hỏi nhà văn hóa. Bác làm tốt lắm!",
            "Need help? Ask the cultural house. Well done!",
        ),
        680,
        x=170,
        w=860,
        icon="people",
        color=GREEN,
    )


LESSON = LessonSource(
    folder="08-dvc-submit",
    id="dvc-submit",
    topic="portal",
    title=T(
        "Nộp hồ sơ trực tuyến, theo dõi kết quả",
        "Apply online and follow your file",
    ),
    summary=T(
        "Ví dụ đăng ký khai sinh: tìm thủ tục, điền tờ khai, gửi ảnh giấy tờ, nộp, rồi theo "
        "dõi hồ sơ.",
        "Example, registering a birth: find the service, fill in the form, add photos of the "
        "papers, submit, then follow your file.",
    ),
    icon=icon,
    channels=("dichvucong",),
    notes=T(
        "Bài lấy ví dụ đăng ký khai sinh để chỉ các bước chung của mọi thủ tục: tìm thủ tục, chọn "
        "nơi nộp, điền tờ khai, chụp giấy tờ, nộp và theo dõi. Nhắc bà con chỉ nộp hồ sơ thật khi "
        "có việc thật cần làm. Nên dạy trước bài Đăng nhập Cổng Dịch vụ công bằng VNeID.",
        "The lesson uses registering a birth to show the steps every service shares: find the "
        "service, choose where to submit, fill in the form, photograph the papers, submit and "
        "follow the file. Remind residents to submit a real file only when they really need one. "
        "Teach the portal login lesson first.",
    ),
    steps=(
        StepSource(
            T(
                "Ví dụ: đăng ký khai sinh cho em bé. Bác đăng nhập Cổng Dịch vụ công bằng VNeID "
                "như bài trước, và để sẵn giấy chứng sinh.",
                "Our example: registering a baby's birth. Log in to the Public Service Portal "
                "with VNeID as in the last lesson, and keep the birth certificate at hand.",
            ),
            prepare,
            say=T(
                "Bài này lấy ví dụ đăng ký khai sinh cho em bé. Bác đăng nhập Cổng Dịch vụ công "
                "bằng tài khoản VNeID như bài trước, và để sẵn giấy chứng sinh của bệnh viện "
                "cùng thẻ căn cước.",
                "In this lesson our example is registering a baby's birth. Log in to the Public "
                "Service Portal with your VNeID account as in the last lesson, and keep the "
                "hospital's birth certificate and your ID card at hand.",
            ),
            notes=T(
                "Hỏi lớp: nhà ai sắp có em bé, hay ai đã từng làm giấy khai sinh cho cháu? Giải "
                "thích: các thủ tục khác cũng đi theo các bước giống bài này.",
                "Ask the group: is anyone expecting a grandchild, or has anyone registered a birth "
                "before? Explain that other services follow the same steps as this lesson.",
            ),
        ),
        StepSource(
            T(
                "Bác gõ việc cần làm vào ô tìm kiếm, rồi chạm đúng tên thủ tục.",
                "Type what you need in the search box. Then touch the right service.",
            ),
            search,
            say=T(
                "Bác chạm vào ô tìm kiếm, và gõ tên việc cần làm, ở đây là đăng ký khai sinh. "
                "Rồi bác chạm vào đúng tên thủ tục trong danh sách hiện ra.",
                "Touch the search box, and type what you need, here it is birth registration. "
                "Then touch the right service in the list that appears.",
            ),
            practice=T(
                "Bác hãy chạm vào dòng Đăng ký khai sinh.",
                "Please touch the line Birth registration.",
            ),
            notes=T(
                "Cho bà con gõ đăng ký khai sinh vào ô tìm kiếm. Danh sách có nhiều tên gần giống "
                "nhau: nhắc đọc kỹ và chạm đúng tên thủ tục.",
                "Have everyone type birth registration into the search box. The list holds similar "
                "names: remind them to read carefully and touch the right one.",
            ),
        ),
        StepSource(
            T(
                "Bác chọn nơi nộp: tỉnh, thành phố, rồi xã, phường nơi bác ở. Rồi bác chạm Đồng ý.",
                "Choose where to submit: your province or city, then your commune or ward. "
                "Then touch OK.",
            ),
            place,
            say=T(
                "Bác chọn nơi nộp hồ sơ. Trước hết chọn tỉnh hoặc thành phố, rồi chọn xã hoặc "
                "phường nơi bác ở, sau đó chạm Đồng ý.",
                "Choose where to submit the application. First choose your province or city, "
                "then your commune or ward, and touch OK.",
            ),
            notes=T(
                "Viết tên tỉnh, thành phố và tên xã, phường của mình lên bảng cho bà con chọn "
                "đúng. Nhắc: chọn tỉnh hoặc thành phố trước, rồi mới chọn xã, phường.",
                "Write your province or city and your commune or ward on the board so residents "
                "pick the right ones. Remind them: the province or city first, then the commune or "
                "ward.",
            ),
        ),
        StepSource(
            T(
                "Nhiều ô đã có sẵn thông tin từ dữ liệu dân cư: bác đọc lại cho đúng. Ô còn "
                "trống thì bác gõ vào.",
                "Many boxes are already filled in from the national population data: read "
                "them to check. Type in the empty boxes.",
            ),
            form,
            say=T(
                "Nhiều ô trong tờ khai đã có sẵn thông tin của bác, lấy từ dữ liệu dân cư quốc "
                "gia, bác chỉ cần đọc lại cho đúng. Những ô còn trống, như họ tên và ngày sinh "
                "của em bé, bác gõ vào.",
                "Many boxes of the form already hold your details, taken from the national "
                "population data, so just read them to check. Type in the empty boxes, such as "
                "the baby's name and date of birth.",
            ),
            notes=T(
                "Giải thích: các ô có sẵn lấy từ dữ liệu dân cư quốc gia, chỉ cần đọc lại cho "
                "đúng; ô còn trống, như họ tên và ngày sinh của em bé, thì gõ vào. Chỉ lên màn "
                "hình lớn ô nào có sẵn, ô nào còn trống.",
                "Explain: boxes already filled come from the national population data and only "
                "need checking; empty ones, like the baby's name and date of birth, need typing. "
                "Point on the big screen to which boxes are filled and which are empty.",
            ),
        ),
        StepSource(
            T(
                "Bác chạm Chụp ảnh, rồi chụp giấy chứng sinh thẳng, rõ, đủ bốn góc.",
                "Touch Take photo for the birth certificate. Straight, sharp, all corners.",
            ),
            attach,
            say=T(
                "Đến phần giấy tờ, bác chạm Chụp ảnh, rồi chụp giấy chứng sinh bằng điện thoại. "
                "Bác đặt giấy trên bàn, chụp thẳng, rõ chữ, thấy đủ bốn góc, nếu mờ thì chụp "
                "lại.",
                "In the papers part, touch Take photo, and photograph the birth certificate "
                "with your phone. Lay the paper on a table and hold the phone straight, so the "
                "words are sharp and all four corners show; if it is blurry, take it again.",
            ),
            practice=T("Bác hãy chạm vào nút Chụp ảnh.", "Please touch the Take photo button."),
            notes=T(
                "Đặt một tờ giấy trên bàn và chụp cho cả lớp xem: chụp thẳng, rõ chữ, đủ bốn góc. "
                "Nhiều bác chụp nghiêng hoặc mất một góc: xem lại ảnh, mờ thì chụp lại.",
                "Put a sheet of paper on a table and photograph it for the class: straight, sharp, "
                "all four corners. Many take it at an angle or cut off a corner: check the photo "
                "and retake it if it is blurred.",
            ),
        ),
        StepSource(
            T(
                "Bác đọc lại mọi thông tin một lượt. Khai sinh đúng hạn được miễn lệ phí, việc "
                "có lệ phí thì bác trả trực tuyến qua ngân hàng.",
                "Read everything once more. Registering a birth on time is free; if a service "
                "has a fee, you pay it online through your bank.",
            ),
            review,
            say=T(
                "Trước khi nộp, bác đọc lại mọi thông tin một lượt cho thật đúng. Đăng ký khai "
                "sinh đúng hạn thì được miễn lệ phí, còn việc nào có lệ phí, cổng sẽ cho bác "
                "trả trực tuyến qua ngân hàng.",
                "Before you submit, read everything once more to be sure it is right. "
                "Registering a birth on time is free, and when a service has a fee, the portal "
                "lets you pay it online through your bank.",
            ),
            notes=T(
                "Nhắc đọc lại mọi thông tin một lượt trước khi nộp. Giải thích: khai sinh đúng hạn "
                "được miễn lệ phí; việc có lệ phí thì trả trực tuyến qua ngân hàng ngay trên cổng.",
                "Remind residents to read everything once more before submitting. Explain: "
                "registering a birth on time is free; for services with a fee, they pay online "
                "through their bank on the portal.",
            ),
        ),
        StepSource(
            T(
                "Đúng hết rồi, bác chạm nút Nộp hồ sơ.",
                "When everything is right, touch the Submit button.",
            ),
            submit,
            say=T(
                "Khi mọi thứ đã đúng, bác đánh dấu ô cam đoan, rồi chạm vào nút Nộp hồ sơ màu "
                "xanh.",
                "When everything is right, tick the box to confirm, then touch the green Submit "
                "button.",
            ),
            practice=T("Bác hãy chạm vào nút Nộp hồ sơ.", "Please touch the Submit button."),
            notes=T(
                "Chỉ lên màn hình lớn ô cam đoan cần đánh dấu trước khi chạm nút Nộp hồ sơ màu "
                "xanh. Nhắc lại: chỉ nộp hồ sơ thật khi có việc thật cần làm.",
                "Point on the big screen to the declaration box to tick before touching the blue "
                "Submit button. Say again: only submit a real file when there is a real need.",
            ),
        ),
        StepSource(
            T(
                "Cổng cho bác một mã hồ sơ: bác chụp lại hoặc ghi ra giấy. Cổng cũng báo tin "
                "qua tin nhắn và thư điện tử.",
                "The portal gives you a dossier code: photograph it or write it down. The "
                "portal also sends news by text message and email.",
            ),
            code,
            say=T(
                "Nộp xong, cổng cho bác một mã hồ sơ, bác chụp màn hình lại hoặc ghi ra giấy. "
                "Khi hồ sơ có tiến triển, cổng báo cho bác qua tin nhắn điện thoại và thư điện "
                "tử.",
                "When it is submitted, the portal gives you a dossier code: take a picture of "
                "the screen or write it down. When your file moves on, the portal tells you by "
                "text message and email.",
            ),
            notes=T(
                "Cho bà con tập chụp màn hình trên máy mình, hoặc ghi mã hồ sơ ra giấy. Hỏi lớp: "
                "cổng báo tin về hồ sơ qua đâu? (Tin nhắn và thư điện tử.)",
                "Let residents practise taking a screenshot on their own phone, or writing the "
                "file code on paper. Ask the group: how does the portal send news about the file? "
                "(Text message and email.)",
            ),
        ),
        StepSource(
            T(
                "Muốn xem hồ sơ đến đâu? Bác chạm Quản lý hồ sơ đã nộp.",
                "Want to see how far your file has got? Touch My submitted files.",
            ),
            follow,
            say=T(
                "Muốn biết hồ sơ đã đến bước nào, bác chạm vào tên tài khoản của mình, rồi "
                "chạm Quản lý hồ sơ đã nộp. Bác cũng có thể chạm Tra cứu hồ sơ và gõ mã hồ sơ "
                "vào.",
                "To know how far your file has got, touch your account name, then touch My "
                "submitted files. You can also touch Look up a file and type in the dossier "
                "code.",
            ),
            practice=T(
                "Bác hãy chạm vào dòng Quản lý hồ sơ đã nộp.",
                "Please touch the line My submitted files.",
            ),
            notes=T(
                "Chỉ hai cách xem hồ sơ: chạm tên tài khoản rồi Quản lý hồ sơ đã nộp, hoặc chạm "
                "Tra cứu hồ sơ và gõ mã hồ sơ. Hỏi lớp: cần gì để tra cứu hồ sơ? (Mã hồ sơ.)",
                "Show the two ways to follow a file: touch your account name, then My submitted "
                "files; or look it up by typing the file code. Ask the group: what do you need to "
                "look up a file? (The file code.)",
            ),
        ),
        StepSource(
            T(
                "Kết quả nhận tại xã, qua bưu điện, hoặc bản điện tử. Cần giúp, bác cứ hỏi tình"
                " nguyện viên ở nhà văn hóa.",
                "Collect the result at the commune, by post, or as an electronic copy. For help, "
                "ask the cultural house. Well done!",
            ),
            result,
            say=T(
                "Khi có kết quả, bác nhận tại xã, nhận qua bưu điện, hoặc nhận bản điện tử ngay"
                " trong tài khoản, tùy bác đã chọn. Nếu cần giúp, bác hỏi tình nguyện viên ở "
                "nhà văn hóa, hoặc bộ phận một cửa của xã. Cảm ơn bác đã học bài này ạ.",
                "When the result is ready, you collect it at the commune office, get it by "
                "post, or get an electronic copy in your account, as you chose. If you need "
                "help, ask a volunteer at the cultural house, or the commune's one-stop desk. "
                "Well done!",
            ),
            notes=T(
                "Giải thích ba cách nhận kết quả: tại xã, qua bưu điện, hoặc bản điện tử trong tài "
                "khoản, tùy cách đã chọn. Nhắc: cần giúp thì hỏi tình nguyện viên hoặc bộ phận một "
                "cửa của xã.",
                "Explain the three ways to get the result: at the commune, by post, or as an "
                "electronic copy in the account, as chosen. Remind them: for help, ask a volunteer "
                "or the commune's one-stop desk.",
            ),
        ),
    ),
)
