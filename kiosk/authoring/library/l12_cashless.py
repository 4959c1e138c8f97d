"""Lesson 12: pay without cash by scanning a shop's bank QR code, checking the receiver's name
and the amount before confirming; and the transfers never to make."""

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
)
from kiosk.authoring.scenes import help_ending
from kiosk.authoring.svg import Box, Scene, fit

SHOP_OWNER = "NGUYEN THI LAN"  # the account holder's name, as bank apps show it
STRANGER = "TRAN VAN HUNG"


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["green"], r=40)
    s.rect(30, 30, 140, 140, WHITE, r=24, stroke=GREEN, width=6)
    s.icon("qr", 100, 100, 104, GREEN)


def amount(s: Scene) -> str:
    return s.t("50.000 đ", "50,000 VND")


def qr_stand(s: Scene, x: float, y: float, w: float) -> Box:
    """The shop's printed bank QR code: the shop's name, the code, the account holder."""
    qr_size = w * 0.62
    h = 96 + qr_size + 120
    box = s.rect(x, y, w, h, WHITE, r=24, stroke=BLUE, width=6)
    s.path(
        f"M {x} {y + 24} C {x} {y + 10} {x + 10} {y} {x + 24} {y} L {x + w - 24} {y} "
        f"C {x + w - 10} {y} {x + w} {y + 10} {x + w} {y + 24} L {x + w} {y + 80} "
        f"L {x} {y + 80} Z",
        fill=BLUE,
        stroke=BLUE,
        width=6,
    )
    s.text(
        x + w / 2, y + 56, s.t("Tạp hóa Lan", "Lan's shop"), 38, WHITE, bold=True, anchor="middle"
    )
    s.qr(x + (w - qr_size) / 2, y + 106, qr_size, seed=3)
    size = fit(SHOP_OWNER, w - 30, 38, bold=True)
    s.text(x + w / 2, y + 96 + qr_size + 80, SHOP_OWNER, size, INK, bold=True, anchor="middle")
    return box


def bank_bar(s: Scene, title: str, *, back: bool = True) -> None:
    s.app_bar(title, BLUE, back=back)


def receiver(s: Scene, name: str, y: float = 240) -> Box:
    """The receiver as the bank app shows it after scanning: label, name, account number."""
    s.text(SCREEN_X + 30, y + 26, s.t("Người nhận", "Receiver"), 38, MUTED)
    box = s.rect(SCREEN_X + 24, y + 60, SCREEN_W - 48, 86, SOFT["blue"], r=18)
    s.text(SCREEN_X + 44, y + 117, name, 40, INK, bold=True)
    return box


def fingerprint(s: Scene, cx: float, cy: float, size: float, color: str = BLUE) -> Box:
    """A simple fingerprint: nested arches."""
    for index in range(4):
        r = size * (0.12 + index * 0.11)
        s.path(
            f"M {cx - r} {cy + size * 0.3} L {cx - r} {cy} "
            f"A {r} {r} 0 0 1 {cx + r} {cy} L {cx + r} {cy + size * 0.3}",
            stroke=color,
            width=size * 0.05,
        )
    return Box(cx - size / 2, cy - size / 2, size, size)


# -- the steps ---------------------------------------------------------------------------


def scan_button(s: Scene) -> None:
    s.phone()
    bank_bar(s, s.t("Ngân hàng", "My bank"), back=False)
    s.rect(SCREEN_X + 30, 236, SCREEN_W - 60, 80, SOFT["blue"], r=18)
    s.text(SCREEN_X + 54, 290, s.t("Số dư: ******", "Balance: ******"), 36, INK)
    s.target(s.tile(s.t("Quét QR", "Scan QR"), SCREEN_X + 30, 350, icon="qr", size=36))
    s.tile(s.t("Chuyển tiền", "Transfer"), SCREEN_X + 272, 350, icon="money", size=36)
    s.tile(s.t("Tài khoản", "Account"), SCREEN_X + 30, 552, icon="card", size=36)
    s.tile(s.t("Lịch sử", "History"), SCREEN_X + 272, 552, icon="clock", size=36)
    s.app_icon(790, 170, "", BLUE, glyph="bank", size=150)
    s.text(
        865, 370, s.t("Ứng dụng ngân hàng", "Your bank's app"), 36, INK, bold=True, anchor="middle"
    )
    s.card(
        s.t("Tìm nút có hình mã QR", "Look for the button with a QR code"),
        450,
        icon="qr",
        color=BLUE,
    )


def point(s: Scene) -> None:
    s.phone("#263238")
    s.text(
        360,
        170,
        s.t("Đưa mã vào khung", "Put the code in the frame"),
        36,
        WHITE,
        bold=True,
        anchor="middle",
    )
    s.qr(230, 300, 260, seed=3)
    for cx, cy, dx, dy in (
        (190, 260, 1, 1),
        (530, 260, -1, 1),
        (190, 600, 1, -1),
        (530, 600, -1, -1),
    ):
        s.path(f"M {cx} {cy + dy * 60} L {cx} {cy} L {cx + dx * 60} {cy}", stroke=WHITE, width=10)
    s.text(360, 720, s.t("Giữ yên máy", "Hold still"), 40, WHITE, bold=True, anchor="middle")
    stand = qr_stand(s, 760, 150, 380)
    s.arrow(stand.x - 20, 430, 180, 120)


def check_name(s: Scene) -> None:
    s.phone()
    bank_bar(s, s.t("Chuyển tiền", "Transfer"))
    name = receiver(s, SHOP_OWNER)
    s.ring(name, round_=24)
    s.field(s.t("Số tiền", "Amount"), 430)
    s.button(s.t("Tiếp tục", "Continue"), 580, GREY, text_color=INK)
    stand = qr_stand(s, 790, 110, 380)
    s.ring(Box(stand.x + 16, stand.bottom - 76, stand.width - 32, 52), pad=8, round_=20)
    s.check(720, 660, 100)
    s.card(
        s.t("Hai tên phải giống nhau", "The two names must match"),
        600,
        x=790,
        w=380,
        size=40,
        color=GREEN,
    )


def type_amount(s: Scene) -> None:
    s.phone()
    bank_bar(s, s.t("Chuyển tiền", "Transfer"))
    receiver(s, SHOP_OWNER)
    box = s.field(s.t("Số tiền", "Amount"), 430, amount(s))
    s.ring(box, round_=24)
    s.keyboard(570)
    s.card(
        s.t("50.000 đ là\nnăm mươi nghìn", "50,000 is\nfifty thousand"),
        220,
        icon="money",
        color=GREEN,
        size=38,
    )
    s.card(s.t("Đếm kỹ\ncác số 0", "Count\nthe zeros"), 480, icon="eye", color=BLUE)


def summary(s: Scene, name: str) -> tuple[Box, Box]:
    """The last screen before paying: receiver, amount, Confirm and Cancel."""
    bank_bar(s, s.t("Xác nhận", "Confirm"))
    receiver(s, name)
    s.text(SCREEN_X + 30, 450, s.t("Số tiền", "Amount"), 38, MUTED)
    s.text(SCREEN_X + SCREEN_W - 30, 452, amount(s), 44, INK, bold=True, anchor="end")
    confirm = s.button(s.t("Xác nhận", "Confirm"), 496, GREEN)
    cancel = s.button(s.t("Hủy", "Cancel"), 656, BLUE, outline=True)
    return confirm, cancel


def confirm(s: Scene) -> None:
    s.phone()
    button, _ = summary(s, SHOP_OWNER)
    s.target(button)
    s.card(
        s.t("Đúng tên, đúng số tiền", "Right name, right amount"), 240, icon="check", color=GREEN
    )
    s.card(s.t("Rồi chạm Xác nhận", "Then touch Confirm"), 460, color=GREEN)


def authenticate(s: Scene) -> None:
    s.phone()
    bank_bar(s, s.t("Xác thực", "Verify"))
    s.paragraph(
        360, 290, s.t("Nhập mã PIN", "Enter your PIN"), 420, 40, INK, bold=True, anchor="middle"
    )
    s.code_boxes("••••", 330)
    s.text(360, 500, s.t("hoặc", "or"), 36, MUTED, anchor="middle")
    fingerprint(s, 250, 610, 130)
    s.icon("face", 470, 610, 120, BLUE)
    s.text(250, 740, s.t("Vân tay", "Finger"), 36, INK, bold=True, anchor="middle")
    s.text(470, 740, s.t("Khuôn mặt", "Face"), 36, INK, bold=True, anchor="middle")
    s.card(
        s.t("Mã, vân tay hay khuôn mặt của bác", "Your code, fingerprint or face"),
        200,
        icon="key",
        color=BLUE,
    )
    s.card(s.t("Không đọc mã cho ai", "Never tell anyone the code"), 480, icon="lock", color=RED)


def success(s: Scene) -> None:
    s.phone()
    s.check(360, 260, 150)
    s.text(360, 410, s.t("Thành công", "Successful"), 48, GREEN, bold=True, anchor="middle")
    s.text(360, 500, amount(s), 56, INK, bold=True, anchor="middle")
    s.text(360, 564, SHOP_OWNER, 38, MUTED, anchor="middle")
    s.button(s.t("Về trang chủ", "Home"), 640, BLUE, outline=True, h=100, size=40)
    s.bubble(s.t("Nhận rồi, cảm ơn bác!", "Got it, thank you!"), 660, 100, 510, size=40)
    s.person(930, 860, 480, shirt=RED, hair="#2e2e2e")


def wrong_name(s: Scene) -> None:
    s.phone()
    _, cancel = summary(s, STRANGER)
    s.target(cancel)
    qr_stand(s, 790, 110, 380)
    s.icon("warning", 720, 660, 100, RED)
    s.card(
        s.t("Tên khác: chạm Hủy", "Other name: touch Cancel"), 600, x=790, w=380, size=40, color=RED
    )


def never(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Tin nhắn", "Messages"), GREEN, back=True)
    s.text(SCREEN_X + 30, 270, s.t("Số lạ", "Unknown number"), 36, MUTED, bold=True)
    bubble = s.bubble(
        s.t("Quét mã để nhận quà", "Scan to get a gift"), SCREEN_X + 24, 300, SCREEN_W - 48, size=38
    )
    s.qr(250, bubble.bottom + 70, 220, seed=11)
    s.stop(520, 700, 110)
    s.card(
        s.t("Ai gọi xin chuyển tiền gấp: không chuyển", "A caller asks for money fast: don't pay"),
        170,
        icon="call",
        color=RED,
    )
    s.card(
        s.t("Mã QR người lạ gửi: không quét", "A QR code from a stranger: don't scan"),
        480,
        icon="qr",
        color=RED,
    )


LESSON = LessonSource(
    folder="12-cashless-qr",
    id="cashless-qr",
    topic="money",
    title=T(
        "Trả tiền bằng mã QR ngân hàng",
        "Pay with a bank QR code",
    ),
    summary=T(
        "Trả tiền ở cửa hàng bằng mã QR, xem đúng tên người nhận và số tiền, và những lần "
        "không bao giờ chuyển tiền.",
        "Pay at a shop with a QR code, check the receiver's name and the amount, and know "
        "when never to send money.",
    ),
    icon=icon,
    channels=("scam-warnings",),
    notes=T(
        "Bài cần ứng dụng ngân hàng trên máy bà con; ai chưa có thì xem trên màn hình lớn. Trong "
        "lớp không chuyển tiền thật: bà con chỉ tập đến màn hình xem tên và số tiền rồi dừng. Hai "
        "điều phải nhớ: xem đúng tên người nhận và số tiền; không chuyển tiền cho người gọi điện "
        "lạ.",
        "Residents need their bank's app; those without one follow on the big screen. No real "
        "money is sent in class: they practise up to the screen with the name and the amount, then "
        "stop. Two things to remember: check the receiver's name and the amount; never send money "
        "to a stranger who calls.",
    ),
    steps=(
        StepSource(
            T(
                "Bác mở ứng dụng ngân hàng, rồi chạm nút Quét QR.",
                "Open your bank's app. Touch the Scan QR button.",
            ),
            scan_button,
            say=T(
                "Bác mở ứng dụng ngân hàng trên điện thoại của mình. Rồi bác tìm và chạm vào "
                "nút Quét QR, nút có hình mã vuông.",
                "Open your bank's app on your phone. Then find and touch the Scan QR button, "
                "the one with a square code on it.",
            ),
            practice=T("Bác hãy chạm vào nút Quét QR.", "Please touch the Scan QR button."),
            notes=T(
                "Cầm máy lên chỉ nút Quét QR, nút có hình mã vuông. Mỗi ngân hàng đặt nút ở một "
                "chỗ khác nhau: đi một vòng giúp bà con tìm.",
                "Hold up a phone and show the Scan QR button, the one with a square code picture. "
                "Each bank puts it in a different place: walk round and help people find it.",
            ),
        ),
        StepSource(
            T(
                "Bác đưa điện thoại vào mã QR của cửa hàng, giữ yên đến khi máy đọc xong.",
                "Point the camera at the shop's QR code. Hold still until the phone reads it.",
            ),
            point,
            say=T(
                "Máy mở camera. Bác đưa điện thoại vào mã QR của cửa hàng, cho mã nằm trong "
                "khung, và giữ yên đến khi máy đọc xong.",
                "The camera opens. Point the phone at the shop's QR code so it sits inside the "
                "frame, and hold still until the phone has read it.",
            ),
            notes=T(
                "Chỉ cách giữ máy: mã nằm trong khung, giữ yên đến khi máy đọc xong. Nhiều bác đưa "
                "máy quá gần hoặc rung tay.",
                "Show how to hold the phone: the code inside the frame, still until it is read. "
                "Many hold the phone too close or shake.",
            ),
        ),
        StepSource(
            T(
                "Máy hiện tên người nhận. Bác xem kỹ: tên phải giống tên trên bảng mã QR của "
                "cửa hàng.",
                "The app shows the receiver's name. Check it well: it must match the name on "
                "the shop's QR code.",
            ),
            check_name,
            say=T(
                "Máy hiện tên người nhận tiền. Bác xem thật kỹ, tên này phải giống tên in "
                "trên bảng mã QR, hoặc bác hỏi người bán cho chắc.",
                "The app shows the name of the person who will get the money. Look at it "
                "carefully: it must match the name printed on the shop's QR code, or ask the "
                "seller to be sure.",
            ),
            notes=T(
                "Đây là bước quan trọng nhất: tên người nhận phải giống tên trên bảng mã QR của "
                "cửa hàng. Hỏi lớp: tên không giống thì làm gì? (Hủy, hỏi lại người bán.)",
                "This is the key step: the receiver's name must match the name on the shop's QR "
                "sign. Ask the group: what if it does not match? (Cancel and ask the seller.)",
            ),
        ),
        StepSource(
            T(
                "Nếu số tiền chưa có, bác gõ vào. Bác đếm kỹ các số 0: 50.000 đ là năm mươi nghìn.",
                "If the amount is empty, type it. Count the zeros: 50,000 is fifty thousand.",
            ),
            type_amount,
            say=T(
                "Nếu số tiền chưa có sẵn, bác gõ số tiền vào ô. Bác đếm kỹ các số không, ví "
                "dụ năm mươi nghìn đồng là số năm, rồi bốn số không.",
                "If the amount is not filled in, type it in the box. Count the zeros "
                "carefully: for example, fifty thousand dong is a five, then four zeros.",
            ),
            notes=T(
                "Viết lên bảng 50.000 và đếm từng số 0 với cả lớp. Nhiều bác gõ thừa hoặc thiếu "
                "một số 0. Hỏi lớp: năm trăm nghìn có mấy số 0?",
                "Write 50,000 on the board and count the zeros with the class. Many type one zero "
                "too many or too few. Ask the group: how many zeros in five hundred thousand?",
            ),
        ),
        StepSource(
            T(
                "Đúng tên, đúng số tiền rồi thì bác chạm Xác nhận.",
                "When the name and the amount are both right, touch Confirm.",
            ),
            confirm,
            say=T(
                "Khi tên người nhận và số tiền đều đúng, bác chạm vào nút Xác nhận.",
                "When the receiver's name and the amount are both right, touch Confirm.",
            ),
            practice=T("Bác hãy chạm vào nút Xác nhận.", "Please touch the Confirm button."),
            notes=T(
                "Nhắc: chỉ chạm Xác nhận khi cả tên và số tiền đều đúng. Trong lớp chỉ tập trên "
                "hình.",
                "Remind them: touch Confirm only when both the name and the amount are right. In "
                "class, practise on the picture only.",
            ),
        ),
        StepSource(
            T(
                "Bác nhập mã, hoặc dùng vân tay hay khuôn mặt. Mã và mật khẩu chỉ mình bác biết.",
                "Enter your code, or use your fingerprint or face. Only you know the code and "
                "the password.",
            ),
            authenticate,
            say=T(
                "Ứng dụng xin bác nhập mã, hoặc dùng vân tay hay khuôn mặt, có khi là mã OTP "
                "gửi qua tin nhắn. Mật khẩu và mã này chỉ mình bác biết, không đọc cho ai.",
                "The app asks for your code, or your fingerprint or face, sometimes a code "
                "sent by text message. Only you know this password and code: never tell "
                "anyone.",
            ),
            notes=T(
                "Nhấn mạnh: mã, mật khẩu và mã OTP chỉ mình bác biết, không đọc cho ai. Dùng vân "
                "tay hay khuôn mặt thì không phải gõ mã.",
                "Stress it: codes, passwords and OTP codes are known only to you; never tell "
                "anyone. With a fingerprint or face, no code needs typing.",
            ),
        ),
        StepSource(
            T(
                "Màn hình báo thành công. Bác đưa cho người bán xem.",
                "The screen says it was successful. Show it to the seller.",
            ),
            success,
            say=T(
                "Màn hình báo chuyển tiền thành công. Bác đưa màn hình này cho người bán xem "
                "là xong.",
                "The screen says the payment was successful. Show this screen to the seller, "
                "and you are done.",
            ),
            notes=T(
                "Giải thích: đưa màn hình báo thành công cho người bán xem là xong. Hỏi lớp: trả "
                "xong thì đưa gì cho người bán xem?",
                "Explain: showing the success screen to the seller finishes it. Ask the group: "
                "when you have paid, what do you show the seller?",
            ),
        ),
        StepSource(
            T(
                "Tên người nhận lạ, không giống tên cửa hàng? Bác chạm Hủy, rồi hỏi lại người bán.",
                "The receiver's name is different from the shop's? Touch Cancel, then ask the "
                "seller.",
            ),
            wrong_name,
            say=T(
                "Nếu tên người nhận là một tên lạ, không giống tên của cửa hàng, bác đừng "
                "chuyển. Bác chạm Hủy, rồi hỏi lại người bán.",
                "If the receiver's name is a stranger's, not the shop's, do not pay. Touch "
                "Cancel, then ask the seller.",
            ),
            practice=T(
                "Tên này sai. Bác hãy chạm vào nút Hủy.", "This name is wrong. Please touch Cancel."
            ),
            notes=T(
                "Chỉ lên màn hình lớn tên người nhận lạ, khác tên cửa hàng: đây là lúc chạm Hủy "
                "rồi hỏi lại người bán. Nhiều bác ngại hỏi lại: nói rõ hỏi lại là bình thường.",
                "Point on the big screen to the strange name, not the shop's: this is when to "
                "touch Cancel and ask the seller. Many feel awkward asking: make clear that asking "
                "is normal.",
            ),
        ),
        StepSource(
            T(
                "Ai gọi xưng công an, thuế, hay báo người thân gặp nạn và xin tiền: bác không "
                "chuyển. Không quét mã QR người lạ gửi.",
                "Someone calls as the police, the tax office, or says a relative is in trouble "
                "and asks for money: don't pay. Never scan a QR code a stranger sends.",
            ),
            never,
            say=T(
                "Có người gọi điện xưng là công an, cơ quan thuế, hay báo người thân gặp nạn "
                "và bảo chuyển tiền, bác không bao giờ chuyển. Mã QR do người lạ gửi qua tin "
                "nhắn, bác không quét.",
                "If someone calls saying they are the police or the tax office, or that a "
                "relative is in trouble, and asks for money, never pay. Never scan a QR code "
                "that a stranger sends you in a message.",
            ),
            notes=T(
                "Hỏi lớp: có ai từng nhận cuộc gọi xưng công an, thuế, hay báo người thân gặp nạn "
                "và xin tiền? Nhắc: không bao giờ chuyển, và không quét mã QR người lạ gửi qua tin "
                "nhắn.",
                "Ask the group: has anyone had a call from someone claiming to be the police or "
                "the tax office, or saying a relative is in trouble and asking for money? Remind "
                "them: never pay, and never scan a QR code a stranger sends by message.",
            ),
        ),
        StepSource(
            T(
                "Bác đã biết trả tiền bằng mã QR an toàn. Cần giúp, bác cứ hỏi tình nguyện viên"
                " ở nhà văn hóa.",
                "You can now pay safely with a QR code. For help, ask at the cultural house. "
                "Well done!",
            ),
            help_ending,
            say=T(
                "Bác đã biết cách trả tiền bằng mã QR một cách an toàn. Nếu cần giúp, bác hỏi "
                "tình nguyện viên ở nhà văn hóa, hoặc gọi đường dây nóng của xã. Cảm ơn bác đã "
                "học bài này ạ.",
                "You now know how to pay safely with a QR code. If you need help, ask a "
                "volunteer at the cultural house, or call the commune's hotline. Well done!",
            ),
            notes=T(
                "Hỏi lại cả lớp hai điều cần xem trước khi chạm Xác nhận: tên người nhận và số "
                "tiền. Cần giúp thì hỏi tình nguyện viên hoặc gọi đường dây nóng của xã.",
                "Ask the group again what to check before touching Confirm: the receiver's name "
                "and the amount. For help, ask a volunteer or call the commune's hotline.",
            ),
        ),
    ),
)
