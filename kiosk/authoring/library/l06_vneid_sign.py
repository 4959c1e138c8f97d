"""Lesson 6: the personal digital signature in VNeID: what it is, registering it once, signing a
document for an online public service, and never signing for a stranger."""

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
from kiosk.authoring.scenes import code_screen, help_ending
from kiosk.authoring.svg import Box, Scene


def vneid_mark(s: Scene, x: float, y: float, size: float) -> None:
    """Our own sign for VNeID: a red shield with a yellow star (not the app's real logo)."""
    s.rect(x, y, size, size, WHITE, r=size * 0.22, stroke=INK, width=size * 0.04)
    s.icon("badge", x + size / 2, y + size / 2, size * 0.8, RED)
    s.icon("star", x + size / 2, y + size * 0.48, size * 0.34, YELLOW)


def squiggle(s: Scene, x: float, y: float, w: float, color: str = BLUE) -> None:
    """A handwritten signature: a loopy line `w` wide starting at (x, y)."""
    u = w / 10
    s.path(
        f"M {x} {y} C {x + u} {y - 4 * u} {x + 2.5 * u} {y - 4 * u} {x + 2 * u} {y} "
        f"C {x + 1.5 * u} {y + 3 * u} {x + 3.5 * u} {y + 2 * u} {x + 4 * u} {y - u} "
        f"C {x + 4.5 * u} {y - 3 * u} {x + 6 * u} {y - 3 * u} {x + 5.5 * u} {y} "
        f"C {x + 5 * u} {y + 2 * u} {x + 7.5 * u} {y + 2 * u} {x + 8 * u} {y - u} "
        f"L {x + 10 * u} {y - 1.5 * u}",
        stroke=color,
        width=max(4, u * 0.5),
    )


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["green"], r=40)
    s.path("M 30 20 L 118 20 L 150 52 L 150 180 L 30 180 Z", fill=WHITE, stroke=GREEN, width=7)
    s.path("M 118 20 L 118 52 L 150 52", stroke=GREEN, width=6)
    for y in (62, 88, 114):
        s.rect(50, y, 80, 10, GREY, r=5)
    squiggle(s, 46, 156, 80, BLUE)
    s.icon("pen", 150, 132, 80, INK)


def mini_phone(s: Scene, x: float, y: float, w: float, h: float) -> Box:
    """A smaller phone, drawn away from the big phone's place; returns its screen."""
    s.rect(x, y, w, h, INK, r=w * 0.14)
    return s.rect(x + 14, y + 40, w - 28, h - 80, WHITE, r=12)


def paper(s: Scene, x: float, y: float, w: float, h: float) -> Box:
    """A sheet of paper with lines of writing."""
    box = s.rect(x, y, w, h, WHITE, r=14, stroke=INK, width=6)
    for index in range(5):
        s.rect(
            x + w * 0.12,
            y + h * (0.12 + index * 0.11),
            w * (0.76 - (index % 2) * 0.2),
            h * 0.04,
            GREY,
            r=5,
        )
    return box


def checkbox(s: Scene, x: float, y: float, size: float, ticked: bool) -> Box:
    box = s.rect(x, y, size, size, GREEN if ticked else WHITE, r=10, stroke=GREEN, width=5)
    if ticked:
        s.path(
            f"M {x + size * 0.2} {y + size * 0.52} L {x + size * 0.42} {y + size * 0.74} "
            f"L {x + size * 0.8} {y + size * 0.28}",
            stroke=WHITE,
            width=size * 0.14,
        )
    return box


def document_screen(s: Scene) -> Box:
    """A document to sign as the app shows it; returns the area of its text."""
    s.phone()
    s.app_bar(s.t("Văn bản cần ký", "Document to sign"), RED, back=True)
    s.text(360, 280, s.t("TỜ KHAI", "FORM"), 44, INK, bold=True, anchor="middle")
    for index in range(5):
        s.rect(
            SCREEN_X + 50,
            320 + index * 44,
            (SCREEN_W - 100) * (1 - (index % 2) * 0.25),
            18,
            GREY,
            r=8,
        )
    return Box(SCREEN_X + 36, 236, SCREEN_W - 72, 320)


def what_is_it(s: Scene) -> None:
    paper(s, 110, 80, 300, 400)
    squiggle(s, 160, 420, 200, BLUE)
    s.icon("pen", 400, 400, 120, INK)
    s.text(560, 320, "=", 130, INK, bold=True, anchor="middle")
    screen = mini_phone(s, 700, 70, 280, 450)
    vneid_mark(s, screen.cx - 45, screen.y + 24, 90)
    s.rect(screen.x + 20, screen.y + 150, screen.width - 40, 90, GREEN, r=45)
    s.text(screen.cx, screen.y + 208, s.t("Ký số", "Sign"), 40, WHITE, bold=True, anchor="middle")
    s.check(screen.cx, screen.y + 310, 100)
    s.card(
        s.t(
            "Chữ ký trên điện thoại, có giá trị như chữ ký tay",
            "A signature on your phone, valid like one by hand",
        ),
        590,
        x=110,
        w=980,
        icon="pen",
        color=GREEN,
    )


def level_two(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Cá nhân", "Profile"), RED)
    s.circle(360, 300, 80, SOFT["blue"], stroke=BLUE, width=6)
    s.icon("person", 360, 300, 110, BLUE)
    s.rect(210, 410, 300, 30, GREY, r=12)
    box = s.rect(190, 480, 340, 100, SOFT["green"], r=50, stroke=GREEN, width=6)
    s.icon("check", 250, 530, 60, GREEN)
    s.text(400, 546, s.t("Mức 2", "Level 2"), 48, GREEN, bold=True, anchor="middle")
    s.ring(box)
    s.card(s.t("Cần tài khoản mức 2", "You need a level 2 account"), 200, icon="badge", color=GREEN)
    s.card(
        s.t("Chưa có mức 2?\nHỏi công an xã", "Not level 2 yet?\nAsk the commune police"),
        440,
        color=BLUE,
        size=40,
    )


def find_sign(s: Scene) -> None:
    s.phone()
    s.app_bar("VNeID", RED)
    left, right = SCREEN_X + 21, SCREEN_X + 21 + 210 + 30
    s.tile(s.t("Giấy tờ", "Papers"), left, 250, icon="card", size=36)
    s.tile(s.t("Thủ tục", "Services"), right, 250, icon="document", size=36)
    s.target(s.tile(s.t("Ký số", "Sign"), left, 450, icon="pen", color=GREEN, size=38))
    s.tile(s.t("Tiện ích", "Utilities"), right, 450, icon="star", size=36)
    s.card(s.t("Tìm chữ: Ký số", "Look for: Sign"), 200, icon="search", color=BLUE)
    s.card(
        s.t("Có máy để trong mục Tiện ích", "It may be inside Utilities"),
        420,
        icon="star",
        color=INK,
        size=40,
    )


def register(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Chữ ký số", "Digital signature"), RED, back=True)
    s.icon("pen", 360, 280, 130, GREEN)
    s.paragraph(
        360,
        414,
        s.t("Bác chưa có chữ ký số", "You have no signature yet"),
        420,
        38,
        INK,
        anchor="middle",
        bold=True,
    )
    s.target(s.button(s.t("Đăng ký", "Register"), 506, GREEN))
    s.button(s.t("Để sau", "Later"), 672, MUTED, outline=True, h=100, size=38)
    s.card(s.t("Chỉ cần đăng ký một lần", "You register only once"), 250, icon="clock", color=BLUE)


def agree(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Đăng ký", "Register"), RED, back=True)
    box = checkbox(s, SCREEN_X + 36, 250, 70, True)
    s.paragraph(
        SCREEN_X + 130,
        290,
        s.t("Tôi đồng ý điều khoản", "I agree to the terms"),
        330,
        38,
        INK,
        bold=True,
    )
    s.ring(box, round_=16)
    s.text(360, 430, s.t("Nhập passcode", "Enter passcode"), 40, INK, bold=True, anchor="middle")
    s.code_boxes("•••", 460)
    s.keyboard(600)
    s.card(
        s.t("Làm theo\nhướng dẫn", "Follow the app\nstep by step"),
        200,
        icon="check",
        color=GREEN,
    )
    s.card(
        s.t("Passcode: mã 6 số bác tự đặt", "Passcode: the 6 digits you chose"),
        440,
        icon="lock",
        color=RED,
        size=40,
    )


def read_first(s: Scene) -> None:
    area = document_screen(s)
    s.button(s.t("Ký số", "Sign"), 600, GREEN, x=SCREEN_X + 30, w=SCREEN_W - 60)
    s.ring(area, round_=24)
    s.icon("eye", 930, 260, 180, BLUE)
    s.card(
        s.t("Đọc kỹ. Hiểu rồi mới ký.", "Read it. Sign only if you understand."), 420, color=BLUE
    )


def sign(s: Scene) -> None:
    document_screen(s)
    s.target(s.button(s.t("Ký số", "Sign"), 540, GREEN, x=SCREEN_X + 30, w=SCREEN_W - 60))
    s.button(
        s.t("Hủy", "Cancel"),
        700,
        MUTED,
        outline=True,
        h=84,
        size=38,
        x=SCREEN_X + 30,
        w=SCREEN_W - 60,
    )
    s.card(
        s.t("Đã đọc, đã hiểu:\nchạm Ký số", "Read and understood:\ntouch Sign"),
        250,
        icon="pen",
        color=GREEN,
    )


def confirm(s: Scene) -> None:
    code_screen(
        s,
        s.t("Xác nhận ký", "Confirm signing"),
        s.t("Nhập passcode hoặc mã OTP", "Enter passcode or OTP code"),
        "••••",
    )
    s.check(930, 260, 170)
    s.card(s.t("Máy báo: Đã ký", "The app says: Signed"), 420, color=GREEN)


def stranger(s: Scene) -> None:
    s.person(240, 860, 420, shirt=MUTED, hair="#2e2e2e")
    s.bubble(
        s.t(
            "Bác ký giúp cháu cái giấy này nhé, bấm vào link là được!",
            "Please sign this for me, just open this link!",
        ),
        150,
        40,
        520,
        size=40,
    )
    screen = mini_phone(s, 700, 40, 240, 400)
    s.icon("link", screen.cx, screen.y + 80, 90, BLUE)
    s.rect(screen.x + 16, screen.y + 170, screen.width - 32, 80, GREEN, r=40)
    s.text(screen.cx, screen.y + 222, s.t("Ký số", "Sign"), 38, WHITE, bold=True, anchor="middle")
    s.stop(1060, 240, 170)
    s.card(
        s.t("Người lạ nhờ ký: không ký", "A stranger asks you to sign: don't"),
        560,
        x=440,
        w=730,
        icon="warning",
        color=RED,
    )


LESSON = LessonSource(
    folder="06-vneid-sign",
    id="vneid-sign",
    topic="vneid",
    title=T("Ký số cá nhân trên VNeID", "Your digital signature on VNeID"),
    summary=T(
        "Chữ ký số là gì, cách đăng ký một lần, và cách ký giấy tờ khi làm dịch vụ công.",
        "What a digital signature is, how to register it once, and how to sign papers for "
        "public services.",
    ),
    icon=icon,
    channels=("vneid-web", "dichvucong"),
    notes=T(
        "Bài cần tài khoản VNeID mức 2 và passcode 6 số đã đặt. Phần ký số còn mới, máy của bà con "
        "có thể trông khác hình trên màn hình lớn. Điều cần nhớ: chỉ ký khi đã đọc và hiểu văn "
        "bản, không ký theo lời người lạ.",
        "This lesson needs a level 2 VNeID account and the 6-digit passcode already set. Signing "
        "is new in the app, so residents' phones may look different from the big screen. The point "
        "to remember: sign only what you have read and understood, never because a stranger asks.",
    ),
    steps=(
        StepSource(
            T(
                "Chữ ký số giống như ký tên bằng tay, nhưng ký trên điện thoại. Chữ ký này có "
                "giá trị khi bác làm dịch vụ công trên mạng.",
                "A digital signature is like signing by hand, but on your phone. It is valid "
                "when you use public services online.",
            ),
            what_is_it,
            say=T(
                "Chữ ký số giống như bác ký tên bằng tay, nhưng là ký trên điện thoại. Chữ ký "
                "này có giá trị theo pháp luật khi bác làm thủ tục, dịch vụ công trên mạng.",
                "A digital signature is like signing your name by hand, but you do it on your "
                "phone. It is legally valid when you use public services online.",
            ),
            notes=T(
                "So sánh cho cả lớp: chữ ký số giống ký tên bằng tay trên giấy, nhưng ký trên điện "
                "thoại. Hỏi lớp: khi nào bác thường phải ký tên trên giấy tờ?",
                "Compare it for the group: a digital signature is like signing a paper by hand, "
                "but on the phone. Ask the group: when do you usually have to sign papers?",
            ),
        ),
        StepSource(
            T(
                "Bác cần tài khoản VNeID mức 2. Chưa có thì công an xã giúp bác.",
                "You need a level 2 VNeID account. If you don't have one, the commune police "
                "will help.",
            ),
            level_two,
            say=T(
                "Để có chữ ký số, bác cần tài khoản VNeID mức 2. Nếu chưa có, bác mang thẻ căn "
                "cước đến công an xã để được giúp.",
                "To get a digital signature, you need a level 2 VNeID account. If you don't "
                "have one yet, take your ID card to the commune police for help.",
            ),
            notes=T(
                "Hỏi xem ai đã có tài khoản VNeID mức 2. Ai chưa có thì xem trên màn hình lớn; ghi "
                "tên lại để hướng dẫn đến công an xã.",
                "Ask who already has a level 2 VNeID account. Those without one follow on the big "
                "screen; note their names so they can be sent to the commune police.",
            ),
        ),
        StepSource(
            T(
                "Bác mở VNeID, chạm vào mục Ký số. Có máy để mục này trong Tiện ích.",
                "Open VNeID and touch Sign. On some phones it is inside Utilities.",
            ),
            find_sign,
            say=T(
                "Bác mở VNeID và đăng nhập, rồi chạm vào mục Ký số. Có máy để mục này trong "
                "phần Tiện ích.",
                "Open VNeID and log in, then touch Sign. On some phones it is inside Utilities.",
            ),
            practice=T("Bác hãy chạm vào mục Ký số.", "Please touch Sign."),
            notes=T(
                "Cầm máy lên chỉ mục Ký số; có máy để mục này trong Tiện ích. Đi một vòng giúp bà "
                "con tìm.",
                "Hold up a phone and show Sign; on some phones it is inside Utilities. Walk round "
                "and help people find it.",
            ),
        ),
        StepSource(
            T(
                "Lần đầu, bác chạm nút Đăng ký. Chỉ cần đăng ký một lần.",
                "The first time, touch Register. You only do this once.",
            ),
            register,
            say=T(
                "Lần đầu dùng, bác chạm vào nút Đăng ký. Bác chỉ cần đăng ký một lần thôi.",
                "The first time, touch the Register button. You only need to register once.",
            ),
            practice=T("Bác hãy chạm vào nút Đăng ký.", "Please touch the Register button."),
            notes=T(
                "Nhấn mạnh: chỉ đăng ký một lần. Máy báo đã đăng ký rồi thì không cần làm lại.",
                "Stress it: you register only once. If it already says registered, there is "
                "nothing to do again.",
            ),
        ),
        StepSource(
            T(
                "Bác làm theo hướng dẫn: đọc và đồng ý điều khoản, rồi nhập passcode của mình.",
                "Follow the app: read and agree to the terms, then enter your passcode.",
            ),
            agree,
            say=T(
                "Ứng dụng sẽ chỉ từng bước: bác đọc điều khoản, đánh dấu đồng ý, rồi nhập mã "
                "pát cốt sáu số mà bác đã tự đặt cho VNeID.",
                "The app guides you step by step: read the terms, tick that you agree, then "
                "enter the six-digit passcode you chose for VNeID.",
            ),
            notes=T(
                "Nhiều bác nhầm passcode 6 số với mật khẩu đăng nhập: ở đây nhập passcode. Cho bà "
                "con thời gian đọc điều khoản, không giục.",
                "Many mix up the 6-digit passcode with the login password: here it is the "
                "passcode. Give residents time to read the terms; do not rush them.",
            ),
        ),
        StepSource(
            T(
                "Khi một dịch vụ cần chữ ký, bác đọc kỹ văn bản trước. Chỉ ký khi đã hiểu.",
                "When a service asks for your signature, read the document first. Sign only "
                "if you understand it.",
            ),
            read_first,
            say=T(
                "Khi làm dịch vụ công mà cần chữ ký, ứng dụng sẽ cho bác xem văn bản, bác đọc "
                "kỹ trước. Chỉ ký khi bác đã đọc và hiểu, chưa hiểu thì hỏi con cháu hoặc cán "
                "bộ.",
                "When a public service needs your signature, the app shows you the document; "
                "read it carefully first. Sign only when you have read and understood it; if "
                "not, ask your family or an officer.",
            ),
            notes=T(
                "Đây là bước quan trọng nhất: đọc kỹ văn bản trước khi ký, chưa hiểu thì hỏi con "
                "cháu hoặc cán bộ. Hỏi lớp: chưa hiểu văn bản thì làm gì?",
                "This is the key step: read the document before signing; if it is unclear, ask "
                "family or an officer. Ask the group: what do you do if you do not understand the "
                "document?",
            ),
        ),
        StepSource(
            T(
                "Đọc xong và đồng ý, bác chạm nút Ký số.",
                "When you have read it and agree, touch Sign.",
            ),
            sign,
            say=T(
                "Khi đã đọc xong và đồng ý, bác chạm vào nút Ký số màu xanh.",
                "When you have read it and agree, touch the green Sign button.",
            ),
            practice=T("Bác hãy chạm vào nút Ký số.", "Please touch the Sign button."),
            notes=T(
                "Chỉ lên màn hình lớn nút Ký số màu xanh. Nhắc: chỉ chạm khi đã đọc xong và "
                "đồng ý.",
                "Point to the blue Sign button on the big screen. Remind them: touch it only when "
                "they have read and agree.",
            ),
        ),
        StepSource(
            T(
                "Bác nhập passcode hoặc mã OTP để xác nhận. Máy báo đã ký là xong.",
                "Enter your passcode or OTP code to confirm. When it says signed, you are done.",
            ),
            confirm,
            say=T(
                "Bác nhập mã pát cốt, hoặc mã ô tê pê gửi qua tin nhắn, để xác nhận. Khi máy "
                "báo đã ký thành công là xong.",
                "Enter your passcode, or the OTP code sent by text, to confirm. When the "
                "app says it is signed, you are done.",
            ),
            notes=T(
                "Giải thích: nhập passcode, hoặc mã OTP gửi qua tin nhắn, để xác nhận; máy báo đã "
                "ký thành công là xong. Hỏi lớp: làm sao biết đã ký xong?",
                "Explain: enter the passcode, or the OTP code from the text message, to confirm; "
                "when it says signed, it is done. Ask the group: how do you know the signing is "
                "finished?",
            ),
        ),
        StepSource(
            T(
                "Người lạ gửi link hoặc gọi điện nhờ ký: bác đừng ký. Không đọc passcode hay mã"
                " OTP cho ai.",
                "A stranger sends a link or calls asking you to sign: don't. Never tell anyone "
                "your passcode or OTP code.",
            ),
            stranger,
            say=T(
                "Nếu người lạ gửi đường link hoặc gọi điện nhờ bác ký, bác đừng ký. Bác cũng "
                "không đọc mã pát cốt hay mã ô tê pê cho ai, kể cả người xưng là công an.",
                "If a stranger sends you a link or calls and asks you to sign something, do "
                "not sign. Never tell anyone your passcode or OTP code, even someone who says "
                "they are the police.",
            ),
            notes=T(
                "Hỏi lớp: người lạ gọi điện hoặc gửi link nhờ ký thì làm gì? (Không ký, và không "
                "đọc passcode hay mã OTP cho ai, kể cả người xưng là công an.)",
                "Ask the group: a stranger calls or sends a link asking you to sign; what do you "
                "do? (Don't sign, and never tell anyone the passcode or OTP code, even someone who "
                "says they are the police.)",
            ),
        ),
        StepSource(
            T(
                "Phần ký số còn mới, có thể trông khác một chút. Cần giúp, bác cứ hỏi tình "
                "nguyện viên ở nhà văn hóa.",
                "The app is new and may look a little different. For help, ask at the "
                "cultural house or the commune police. Well done!",
            ),
            help_ending,
            say=T(
                "Phần ký số còn mới, nên trên máy bác có thể trông khác một chút. Khi cần giúp,"
                " bác hỏi tình nguyện viên ở nhà văn hóa, hoặc hỏi công an xã. Cảm ơn bác đã "
                "học bài này ạ.",
                "Digital signing is new, so it may look a little different on your phone. If "
                "you need help, ask a volunteer at the cultural house, or the commune police. "
                "Well done!",
            ),
            notes=T(
                "Nhắc lại: phần ký số còn mới, có thể trông khác một chút. Ghi tên những bác chưa "
                "đăng ký được để giúp sau buổi học.",
                "Say again that signing is new in the app and may look a little different. Note "
                "who could not register, to help them after class.",
            ),
        ),
    ),
)
