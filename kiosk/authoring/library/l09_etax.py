"""Lesson 9: install eTax Mobile, log in, look up what tax is owed, pay it through the bank, and
keep the receipt; the tax office never sends links or asks for money to a personal account."""

from __future__ import annotations

from kiosk.authoring.model import LessonSource, StepSource, T
from kiosk.authoring.palette import (
    BLUE,
    GREEN,
    GREY,
    INK,
    MUTED,
    RED,
    SCREEN_W,
    SCREEN_X,
    SOFT,
    WHITE,
    YELLOW,
)
from kiosk.authoring.scenes import iphone_says_get, login_form, real_or_fake, store_bar
from kiosk.authoring.svg import Box, Scene

AMOUNT_VI, AMOUNT_EN = "312.000 đ", "312,000 VND"


def etax_mark(s: Scene, x: float, y: float, size: float) -> None:
    """Our own sign for eTax Mobile: a blue square with the word and a gold coin (not the real
    logo)."""
    s.rect(x, y, size, size, BLUE, r=size * 0.22)
    font = max(size * 0.32, s.least_text)
    s.text(x + size / 2, y + size * 0.5, "eTax", font, WHITE, bold=True, anchor="middle")
    s.circle(x + size / 2, y + size * 0.74, size * 0.13, YELLOW, stroke=WHITE, width=size * 0.03)


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["blue"], r=40)
    etax_mark(s, 20, 20, 160)


def app_listing(s: Scene) -> Box:
    etax_mark(s, 140, 236, 130)
    s.paragraph(296, 290, "eTax Mobile", 280, 48, INK, bold=True)
    return s.paragraph(140, 430, "Tổng cục Thuế", 440, 40, GREEN, bold=True)


def tile(s: Scene, label: str, x: float, y: float, glyph: str, color: str = BLUE) -> Box:
    """A shortcut on the app's home: a pictogram above a label of up to three lines, broken
    where `label` has a "|"."""
    w, h = 206, 220
    box = s.rect(x, y, w, h, SOFT["blue"] if color == BLUE else WHITE, r=24, stroke=color, width=5)
    s.icon(glyph, x + w / 2, y + 54, 60, color)
    for index, line in enumerate(label.split("|")):
        s.text(x + w / 2, y + 128 + index * 40, line, 36, INK, bold=True, anchor="middle")
    return box


def store(s: Scene) -> None:
    s.phone()
    store_bar(s)
    s.field(s.t("Tìm kiếm", "Search"), 234, "eTax Mobile", h=90)
    s.rect(SCREEN_X, 340, SCREEN_W, 468, WHITE)
    etax_mark(s, 140, 370, 130)
    s.text(296, 430, "eTax Mobile", 44, INK, bold=True)
    publisher = s.paragraph(140, 560, "Tổng cục Thuế", 440, 40, GREEN, bold=True)
    s.ring(Box(publisher.x - 6, publisher.y - 6, 440, publisher.height + 12), round_=20)
    for index in range(2):
        s.rect(140 + index * 230, 630, 210, 150, GREY, r=16)
    real_or_fake(
        s,
        s.t("Tổng cục Thuế hoặc Cục Thuế: cài", "Tax department: install"),
        s.t("Tên khác: đừng cài", "Any other name: don't"),
    )


def install(s: Scene) -> None:
    s.phone()
    store_bar(s)
    app_listing(s)
    s.target(s.button(s.t("Cài đặt", "Install"), 500))
    for index in range(2):
        s.rect(140 + index * 230, 660, 210, 130, GREY, r=16)
    iphone_says_get(s)


def login(s: Scene) -> None:
    s.phone()
    etax_mark(s, 304, 100, 112)
    s.target(login_form(s, s.t("Mã số thuế", "Tax code")))
    s.card(
        s.t(
            "Mã số thuế: 12 số định danh trên thẻ căn cước",
            "Tax code: the 12-digit number on your ID card",
        ),
        130,
    )
    s.id_card(735, 470, 390)


def home(s: Scene) -> None:
    s.phone()
    s.app_bar("eTax Mobile", BLUE)
    left, right = SCREEN_X + 20, SCREEN_X + SCREEN_W - 226
    s.target(tile(s, s.t("Tra cứu|nghĩa vụ|thuế", "Look up|tax owed"), left, 244, "search"))
    tile(s, s.t("Nộp thuế", "Pay tax"), right, 244, "money")
    tile(s, s.t("Tra cứu|chứng từ", "Look up|receipts"), left, 504, "document")
    tile(s, s.t("Quyết|toán thuế", "Tax|return"), right, 504, "pen")
    s.card(s.t("Xem khoản thuế phải nộp", "See the tax you owe"), 250, icon="eye", color=BLUE)
    s.card(
        s.t(
            "Màn hình có thể hơi khác",
            "The screen may look a bit different",
        ),
        480,
        icon="search",
        color=INK,
        size=40,
    )


def owed(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Nghĩa vụ thuế", "Tax owed"), BLUE, back=True)
    box = s.rect(SCREEN_X + 24, 240, SCREEN_W - 48, 300, SOFT["yellow"], r=22, stroke=INK, width=4)
    s.icon("home", SCREEN_X + 80, 300, 64, BLUE)
    s.paragraph(SCREEN_X + 130, 296, s.t("Thuế đất ở", "Land tax"), 320, 42, INK, bold=True)
    s.text(SCREEN_X + 54, 400, s.t("Phải nộp", "To pay"), 38, MUTED, bold=True)
    s.text(SCREEN_X + 54, 470, s.t(AMOUNT_VI, AMOUNT_EN), 52, RED, bold=True)
    s.ring(box, round_=30)
    s.rect(SCREEN_X + 24, 590, SCREEN_W - 48, 150, WHITE, r=22, stroke=GREY, width=4)
    s.rect(SCREEN_X + 54, 630, 300, 28, GREY, r=10)
    s.rect(SCREEN_X + 54, 680, 200, 28, GREY, r=10)
    s.card(
        s.t("Thuế sử dụng đất phi nông nghiệp", "Non-agricultural land use tax"),
        150,
        icon="home",
        color=BLUE,
        size=38,
    )
    s.card(
        s.t("Xem số tiền và hạn nộp", "Check the amount and the deadline"),
        420,
        icon="clock",
        color=INK,
    )


def pay(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Nộp thuế", "Pay tax"), BLUE, back=True)
    box = s.rect(SCREEN_X + 24, 236, SCREEN_W - 48, 190, SOFT["green"], r=22, stroke=GREEN, width=5)
    s.rect(box.x + 24, box.y + 30, 60, 60, GREEN, r=10)
    s.path(
        f"M {box.x + 36} {box.y + 60} L {box.x + 50} {box.y + 76} L {box.x + 74} {box.y + 44}",
        stroke=WHITE,
        width=9,
    )
    s.text(box.x + 106, box.y + 74, s.t("Thuế đất ở", "Land tax"), 42, INK, bold=True)
    s.text(box.x + 106, box.y + 150, s.t(AMOUNT_VI, AMOUNT_EN), 46, INK, bold=True)
    s.text(SCREEN_X + 40, 500, s.t("Tổng cộng", "Total"), 38, MUTED, bold=True)
    s.text(
        SCREEN_X + SCREEN_W - 40, 500, s.t(AMOUNT_VI, AMOUNT_EN), 44, INK, bold=True, anchor="end"
    )
    s.target(s.button(s.t("Nộp thuế", "Pay tax"), 540, GREEN))
    s.button(s.t("Quay lại", "Back"), 700, MUTED, outline=True, h=90, size=38)
    s.card(
        s.t("Đánh dấu khoản cần nộp", "Tick what you want to pay"),
        200,
        icon="check",
        color=GREEN,
    )
    s.card(s.t("Rồi chạm Nộp thuế", "Then touch Pay tax"), 430, icon="touch", color=BLUE)


def check_payment(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Xác nhận nộp", "Confirm payment"), BLUE, back=True)
    rows = (
        (s.t("Số tiền", "Amount"), s.t(AMOUNT_VI, AMOUNT_EN)),
        (s.t("Nộp vào", "Paid to"), s.t("Kho bạc Nhà nước", "State Treasury")),
        (s.t("Từ tài khoản", "From account"), s.t("Ngân hàng của bác", "Your bank")),
    )
    for index, (label, value) in enumerate(rows):
        y = 236 + index * 150
        s.text(SCREEN_X + 36, y + 40, label, 36, MUTED, bold=True)
        s.text(SCREEN_X + 36, y + 100, value, 44 if index == 0 else 40, INK, bold=True)
        if index < 2:
            s.ring(Box(SCREEN_X + 24, y, SCREEN_W - 48, 124), pad=4, round_=20)
    s.button(s.t("Tiếp tục", "Continue"), 690, GREEN, h=100)
    s.card(s.t("Số tiền đúng chưa?", "Is the amount right?"), 150, icon="money", color=BLUE)
    s.card(
        s.t(
            "Nộp vào Nhà nước, không phải tên một người",
            "Paid to the State, never to a person's name",
        ),
        410,
        icon="bank",
        color=GREEN,
    )


def otp(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Xác thực", "Verify"), BLUE, back=True)
    s.paragraph(
        360,
        280,
        s.t("Nhập mã ngân hàng gửi", "Enter the bank's code"),
        420,
        38,
        INK,
        anchor="middle",
        bold=True,
    )
    box = s.code_boxes("7305", 330)
    s.ring(box, round_=16)
    s.button(s.t("Xác nhận", "Confirm"), 450, GREEN, h=100)
    s.keyboard(590)
    s.bubble(s.t("Mã OTP ngân hàng: 730519", "Bank OTP code: 730519"), 700, 150, 450, size=38)
    s.card(
        s.t(
            "Mã chỉ để bác gõ vào đây. Không đọc cho ai.",
            "The code is only for you to type here. Tell no one.",
        ),
        450,
        icon="lock",
        color=RED,
        size=40,
    )


def receipt(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Kết quả", "Result"), BLUE)
    s.check(360, 310, 130)
    s.paragraph(
        360, 440, s.t("Nộp thuế thành công", "Tax paid"), 440, 44, GREEN, bold=True, anchor="middle"
    )
    s.text(360, 560, s.t(AMOUNT_VI, AMOUNT_EN), 48, INK, bold=True, anchor="middle")
    s.row(s.t("Chứng từ\nnộp thuế", "Tax receipt"), 630, icon="document", h=120)
    s.card(
        s.t("Chụp màn hình, giữ lại chứng từ", "Take a screenshot, keep the receipt"),
        170,
        icon="camera",
        color=GREEN,
    )
    s.card(
        s.t("Xem lại: Tra cứu chứng từ", "Later: Look up receipts"),
        480,
        icon="search",
        color=BLUE,
    )


def warning(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Tin nhắn", "Messages"), MUTED)
    s.bubble(
        s.t(
            "Cơ quan thuế: cài ứng dụng mới tại link này",
            "Tax office: install the new app from this link",
        ),
        SCREEN_X + 24,
        240,
        SCREEN_W - 48,
        size=38,
    )
    s.bubble(
        s.t(
            "Chuyển tiền thuế vào tài khoản Nguyễn Văn B",
            "Send the tax to the account of Nguyen Van B",
        ),
        SCREEN_X + 24,
        500,
        SCREEN_W - 48,
        size=38,
    )
    s.stop(SCREEN_X + SCREEN_W - 70, 440, 90)
    s.stop(SCREEN_X + SCREEN_W - 70, 720, 90)
    s.card(
        s.t("Cơ quan thuế không bao giờ làm thế", "The tax office never does this"),
        110,
        icon="warning",
        color=RED,
    )
    s.card(
        s.t(
            "Cần giúp? Hỏi nhà văn hóa. Bác làm tốt lắm!",
            "Need help? Ask the cultural house. Well done!",
        ),
        420,
        icon="people",
        color=GREEN,
        size=40,
    )


LESSON = LessonSource(
    folder="09-etax-mobile",
    id="etax-mobile",
    topic="apps",
    title=T(
        "eTax Mobile: tra cứu và nộp thuế",
        "eTax Mobile: look up and pay tax",
    ),
    summary=T(
        "Cài eTax Mobile, đăng nhập, xem khoản thuế phải nộp, nộp qua ngân hàng và giữ chứng từ.",
        "Install eTax Mobile, log in, see the tax you owe, pay it through your bank and keep "
        "the receipt.",
    ),
    icon=icon,
    channels=("etax-android", "etax-ios"),
    pronunciations={"vi": {"eTax Mobile": "i tắc mô bai"}},
    notes=T(
        "Bài dùng eTax Mobile để xem và nộp thuế, ví dụ thuế đất ở. Bà con cần thẻ căn cước (mã số "
        "thuế là số định danh 12 số), và muốn nộp thì cần tài khoản ngân hàng đã liên kết. Trong "
        "lớp không nộp tiền thật. Điểm chính: tiền thuế chỉ nộp vào Kho bạc Nhà nước, không bao "
        "giờ vào tài khoản của một người.",
        "The lesson uses eTax Mobile to see and pay tax, for example the tax on house land. "
        "Residents need their ID card (the tax code is the 12-digit ID number) and, to pay, a "
        "linked bank account. No real payment in class. The key point: tax goes only to the State "
        "Treasury, never into a person's account.",
    ),
    steps=(
        StepSource(
            T(
                "Bác mở CH Play hoặc App Store, tìm eTax Mobile. Dòng dưới tên phải là Tổng cục"
                " Thuế hoặc Cục Thuế, tên khác là ứng dụng giả.",
                "Open Play Store or App Store and search for eTax Mobile. The line under the "
                "name must say Tổng cục Thuế or Cục Thuế, the tax department; any other name is "
                "a fake app.",
            ),
            store,
            say=T(
                "Bác mở Xê Hát Play hoặc App Store, rồi tìm chữ eTax Mobile. Bác xem dòng dưới "
                "tên ứng dụng, phải là Tổng cục Thuế hoặc Cục Thuế, nếu là tên khác thì đó là "
                "ứng dụng giả, bác đừng cài.",
                "Open Play Store or App Store, and search for eTax Mobile. Look at the line "
                "under the name: it must say Tổng cục Thuế or Cục Thuế, the tax department; any "
                "other name is a fake app, so do not install it.",
            ),
            notes=T(
                "Chỉ lên màn hình lớn dòng dưới tên ứng dụng: phải là Tổng cục Thuế hoặc Cục Thuế. "
                "Hỏi lớp: thấy tên khác thì làm gì? (Không cài, đó là ứng dụng giả.)",
                "Point on the big screen to the line under the app's name: it must say Tổng cục "
                "Thuế or Cục Thuế. Ask the group: what if it says something else? (Don't install "
                "it: it is a fake.)",
            ),
        ),
        StepSource(
            T(
                "Bác chạm nút Cài đặt. Trên iPhone, nút này có chữ Nhận.",
                "Touch Install. On an iPhone, the button says Get.",
            ),
            install,
            say=T(
                "Bác chạm vào nút Cài đặt màu xanh. Trên iPhone, nút này có chữ Nhận.",
                "Touch the green Install button. On an iPhone, the button says Get.",
            ),
            practice=T("Bác hãy chạm vào nút Cài đặt.", "Please touch the Install button."),
            notes=T(
                "Nhắc người dùng iPhone: nút có chữ Nhận. Trong lúc tải, đi một vòng xem ai đã tìm "
                "đúng ứng dụng.",
                "Remind iPhone users: the button says Get. While it downloads, walk round and "
                "check everyone found the right app.",
            ),
        ),
        StepSource(
            T(
                "Bác gõ mã số thuế, là số định danh 12 số, và mật khẩu, rồi chạm Đăng nhập.",
                "Type your tax code, your 12-digit ID number, and your password. Then touch Log "
                "in.",
            ),
            login,
            say=T(
                "Bác gõ mã số thuế và mật khẩu, rồi chạm nút Đăng nhập. Từ ngày 1/7/2025, mã số "
                "thuế của bác chính là số định danh mười hai số in trên thẻ căn cước. Nếu đã có "
                "tài khoản VNeID, bác cũng có thể chạm nút Đăng nhập bằng VNeID.",
                "Type your tax code and your password, then touch Log in. Since the first of "
                "July 2025, your tax code is your personal ID number, the twelve digits on your "
                "ID card. If you have a VNeID account, you can also touch Log in with VNeID.",
            ),
            practice=T("Bác hãy chạm vào nút Đăng nhập.", "Please touch the Log in button."),
            notes=T(
                "Giải thích: từ ngày 1/7/2025, mã số thuế chính là số định danh 12 số trên thẻ căn "
                "cước. Ai đã có tài khoản VNeID cũng có thể chạm Đăng nhập bằng VNeID.",
                "Explain: from 1 July 2025, the tax code is the 12-digit ID number on the ID card. "
                "Anyone with a VNeID account can also touch Log in with VNeID.",
            ),
        ),
        StepSource(
            T(
                "Bác chạm Tra cứu nghĩa vụ thuế để xem thuế phải nộp. Màn hình có thể hơi khác.",
                "Touch Look up tax owed to see what you owe. The screen may look a little "
                "different.",
            ),
            home,
            say=T(
                "Muốn biết mình phải nộp khoản thuế nào, bác chạm vào ô Tra cứu nghĩa vụ thuế. "
                "Ứng dụng có thể trông hơi khác, bác cứ tìm nút có đúng tên này.",
                "To see which tax you owe, touch Look up tax owed. The app may look a little "
                "different, so just look for the button with this name.",
            ),
            practice=T(
                "Bác hãy chạm vào ô Tra cứu nghĩa vụ thuế.",
                "Please touch Look up tax owed.",
            ),
            notes=T(
                "Chỉ lên màn hình lớn ô Tra cứu nghĩa vụ thuế. Nhắc: ứng dụng có thể trông hơi "
                "khác, cứ tìm nút có đúng tên này.",
                "Point on the big screen to Look up tax owed. Remind them: the app may look a "
                "little different; look for a button with exactly that name.",
            ),
        ),
        StepSource(
            T(
                "Máy hiện các khoản phải nộp, ví dụ thuế đất ở, tức thuế sử dụng đất phi nông "
                "nghiệp. Bác xem số tiền và hạn nộp.",
                "The app shows what you owe, for example the tax on your house land, the "
                "non-agricultural land use tax. Check the amount and the deadline.",
            ),
            owed,
            say=T(
                "Máy hiện các khoản thuế bác phải nộp, ví dụ thuế đất ở, tên đầy đủ là thuế sử "
                "dụng đất phi nông nghiệp. Bác xem số tiền phải nộp và hạn nộp.",
                "The app shows the taxes you owe, for example the tax on the land of your home, "
                "called the non-agricultural land use tax. Check the amount and the deadline.",
            ),
            notes=T(
                "Giải thích thuế đất ở có tên đầy đủ là thuế sử dụng đất phi nông nghiệp, để bà "
                "con không lạ khi thấy tên dài. Hỏi lớp: ở màn hình này cần xem hai điều gì? (Số "
                "tiền và hạn nộp.)",
                "Explain that the tax on house land is officially the non-agricultural land use "
                "tax, so the long name is no surprise. Ask the group: which two things do you "
                "check on this screen? (The amount and the deadline.)",
            ),
        ),
        StepSource(
            T(
                "Để nộp, bác vào Nộp thuế, đánh dấu khoản cần nộp, rồi chạm nút Nộp thuế.",
                "To pay, go to Pay tax, tick what you want to pay, then touch the Pay tax button.",
            ),
            pay,
            say=T(
                "Để nộp, bác vào mục Nộp thuế, đánh dấu vào khoản cần nộp, rồi chạm nút Nộp "
                "thuế màu xanh.",
                "To pay, go to Pay tax, tick the tax you want to pay, then touch the green Pay "
                "tax button.",
            ),
            practice=T("Bác hãy chạm vào nút Nộp thuế.", "Please touch the Pay tax button."),
            notes=T(
                "Chỉ lên màn hình lớn ô đánh dấu bên khoản cần nộp: đánh dấu trước, rồi mới chạm "
                "nút Nộp thuế màu xanh. Trong lớp chỉ tập trên hình, không nộp tiền thật.",
                "Point on the big screen to the tick box next to the amount: tick it first, then "
                "touch the blue Pay tax button. In class, practise on the picture only; no real "
                "payment.",
            ),
        ),
        StepSource(
            T(
                "Bác chọn ngân hàng đã liên kết. Bác xem kỹ số tiền, và nơi nhận phải là Kho "
                "bạc Nhà nước, không phải tên một người.",
                "Choose your linked bank. Check the amount, and that the money goes to the "
                "State Treasury, never to a person's name.",
            ),
            check_payment,
            say=T(
                "Bác chọn tài khoản ngân hàng đã liên kết của mình. Trước khi đi tiếp, bác xem "
                "kỹ số tiền, và nơi nhận tiền phải là Kho bạc Nhà nước, không bao giờ là tên "
                "một người.",
                "Choose the bank account you have linked. Before going on, check the amount "
                "carefully, and that the money goes to the State Treasury, never to a person's "
                "name.",
            ),
            notes=T(
                "Nhấn mạnh: nơi nhận tiền phải là Kho bạc Nhà nước, không bao giờ là tên một "
                "người. Hỏi lớp: thấy nơi nhận là tên một người thì làm gì? (Dừng lại, không nộp.)",
                "Stress it: the money must go to the State Treasury, never to a person's name. Ask "
                "the group: what if the receiver is a person's name? (Stop; do not pay.)",
            ),
        ),
        StepSource(
            T(
                "Ngân hàng gửi mã OTP qua tin nhắn. Bác gõ mã vào ô, chạm Xác nhận. Không đọc "
                "mã cho ai.",
                "Your bank sends an OTP code by text message. Type it in and touch Confirm. "
                "Never tell anyone the code.",
            ),
            otp,
            say=T(
                "Ngân hàng sẽ gửi một mã OTP qua tin nhắn. Bác gõ mã đó vào các ô, rồi chạm "
                "Xác nhận. Mã này chỉ để bác gõ, bác không đọc cho ai, kể cả người xưng là cán "
                "bộ thuế.",
                "Your bank will send an OTP code by text message. Type the code into the boxes, "
                "then touch Confirm. The code is only for you: never tell it to anyone, even "
                "someone who says they work for the tax office.",
            ),
            notes=T(
                "Nhắc lại: mã OTP của ngân hàng chỉ để tự gõ, không đọc cho ai, kể cả người xưng "
                "là cán bộ thuế.",
                "Say it again: the bank's OTP code is only for typing in, never for telling "
                "anyone, even someone who says they are from the tax office.",
            ),
        ),
        StepSource(
            T(
                "Máy báo Nộp thuế thành công. Bác chụp màn hình và giữ chứng từ, sau này xem "
                "lại ở mục Tra cứu chứng từ.",
                "The app says the tax is paid. Take a screenshot and keep the receipt; you can "
                "find it again under Look up receipts.",
            ),
            receipt,
            say=T(
                "Khi xong, máy báo nộp thuế thành công. Bác chụp màn hình lại và giữ chứng từ "
                "nộp thuế, sau này bác xem lại ở mục Tra cứu chứng từ.",
                "When it is done, the app says the tax has been paid. Take a picture of the "
                "screen and keep the tax receipt; later you can find it under Look up "
                "receipts.",
            ),
            notes=T(
                "Cho bà con tập chụp màn hình trên máy mình. Giải thích: chứng từ xem lại được ở "
                "mục Tra cứu chứng từ.",
                "Let residents practise taking a screenshot on their own phone. Explain: the "
                "receipt can be found again under Look up receipts.",
            ),
        ),
        StepSource(
            T(
                "Cơ quan thuế không nhắn link, không bảo chuyển tiền vào tài khoản riêng. Cần "
                "giúp, bác cứ hỏi tình nguyện viên ở nhà văn hóa.",
                "The tax office never texts links or asks for money into a personal account. For "
                "help, ask the cultural house. Well done!",
            ),
            warning,
            say=T(
                "Bác nhớ nhé, cơ quan thuế không bao giờ nhắn đường link bảo bác cài ứng dụng, "
                "và không bao giờ bảo bác chuyển tiền vào tài khoản của một người. Nếu cần "
                "giúp, bác hỏi tình nguyện viên ở nhà văn hóa, hoặc đến cơ quan thuế nơi bác ở."
                " Cảm ơn bác đã học bài này ạ.",
                "Remember: the tax office never texts you a link to install an app, and never "
                "asks you to send money to a person's account. If you need help, ask a "
                "volunteer at the cultural house, or go to your local tax office. Well done!",
            ),
            notes=T(
                "Hỏi lớp: có ai từng nhận tin nhắn xưng cơ quan thuế, gửi link hay bảo chuyển tiền "
                "vào tài khoản riêng? Nhắc: cơ quan thuế không làm vậy. Cần giúp thì hỏi tình "
                "nguyện viên hoặc cơ quan thuế nơi mình ở.",
                "Ask the group: has anyone had a message claiming to be the tax office, with a "
                "link or asking for money into a personal account? Remind them: the tax office "
                "never does that. For help, ask a volunteer or the local tax office.",
            ),
        ),
    ),
)
