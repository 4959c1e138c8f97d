"""Lesson 3: register the level 2 electronic identity account at the commune police, then
activate it in VNeID: the code by text message, a password, a passcode, and the first log in."""

from __future__ import annotations

from kiosk.authoring.library.l02_vneid_install import vneid_mark
from kiosk.authoring.model import LessonSource, StepSource, T
from kiosk.authoring.palette import BLUE, GREEN, GREY, INK, MUTED, RED, SIDE_W, SIDE_X, SOFT, WHITE
from kiosk.authoring.scenes import code_screen
from kiosk.authoring.svg import Scene, wrap


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["green"], r=40)
    vneid_mark(s, 14, 14, 124)
    s.circle(138, 138, 50, GREEN, stroke=WHITE, width=8)
    s.text(138, 160, "2", 64, WHITE, bold=True, anchor="middle")


# -- small pieces of the pictures ------------------------------------------------------------


def fingerprint(s: Scene, cx: float, cy: float, size: float, color: str = INK) -> None:
    """A fingerprint: arches one inside the other."""
    unit = size / 100
    for r in (8, 18, 28, 38):
        top = cy - r * 1.1 * unit
        s.path(
            f"M {cx - r * unit:.1f} {cy + r * 0.9 * unit:.1f} L {cx - r * unit:.1f} {cy:.1f} "
            f"C {cx - r * unit:.1f} {top - r * 0.4 * unit:.1f} {cx + r * unit:.1f} "
            f"{top - r * 0.4 * unit:.1f} {cx + r * unit:.1f} {cy:.1f} "
            f"L {cx + r * unit:.1f} {cy + r * 0.5 * unit:.1f}",
            stroke=color,
            width=6 * unit,
        )


def checklist(
    s: Scene, items: list[str], y: float, *, x: float = SIDE_X, w: float = SIDE_W, size: float = 40
) -> None:
    """A card of things to bring, each with a green tick; long items take two lines."""
    rows = [wrap(item, w - 160, size) for item in items]
    heights = [max(100.0, len(lines) * size * 1.2 + 40) for lines in rows]
    s.rect(x, y, w, sum(heights) + 40, WHITE, r=28, stroke=GREEN, width=6)
    top = y + 20
    for lines, h in zip(rows, heights, strict=True):
        s.check(x + 70, top + h / 2, 76)
        first = top + h / 2 - (len(lines) - 1) * size * 0.6 + size * 0.36
        for index, line in enumerate(lines):
            s.text(x + 130, first + index * size * 1.2, line, size, INK, bold=True)
        top += h


def station(s: Scene, cx: float, label: str, glyph: str, draw_print: bool = False) -> None:
    """One thing the officer does: a pictogram in a soft circle, a label below."""
    s.circle(cx, 150, 95, SOFT["blue"], stroke=BLUE, width=6)
    if draw_print:
        fingerprint(s, cx, 158, 130, BLUE)
    else:
        s.icon(glyph, cx, 150, 110, BLUE)
    s.text(cx, 300, label, 40, INK, bold=True, anchor="middle")


def sms(s: Scene, words: str, y: float, *, size: float = 38) -> None:
    """A text message arriving, beside the phone."""
    s.icon("chat", SIDE_X + 50, y - 50, 80, BLUE)
    s.text(SIDE_X + 110, y - 32, s.t("Tin nhắn", "Text message"), 38, BLUE, bold=True)
    s.bubble(words, SIDE_X, y, SIDE_W, size=size)


# -- the steps ------------------------------------------------------------------------------


def bring(s: Scene) -> None:
    s.id_card(60, 80, 470)
    s.text(
        295, 420, s.t("Thẻ căn cước gắn chip", "Chip ID card"), 42, INK, bold=True, anchor="middle"
    )
    s.icon("phone", 210, 630, 260, INK)
    s.icon("sim", 420, 660, 170, GREEN)
    s.text(295, 830, s.t("Điện thoại và SIM", "Phone and SIM"), 42, INK, bold=True, anchor="middle")
    checklist(
        s,
        [
            s.t("Thẻ căn cước", "Your ID card"),
            s.t("Điện thoại của bác", "Your own phone"),
            s.t("SIM đứng tên bác", "A SIM in your name"),
            s.t("Nhớ số điện thoại", "Know your number"),
        ],
        230,
        x=610,
        w=560,
        size=42,
    )


def police(s: Scene) -> None:
    station(s, 200, s.t("Kiểm tra thẻ", "Checks the card"), "card")
    station(s, 600, s.t("Chụp ảnh", "Takes a photo"), "camera")
    station(s, 1000, s.t("Lấy vân tay", "Fingerprints"), "", draw_print=True)
    s.building(30, 530, 410, s.t("Công an xã", "Commune police"))
    s.person(640, 890, 470, uniform=True)
    s.person(940, 890, 430)


def approved(s: Scene) -> None:
    s.phone()
    vneid_mark(s, 285, 150, 150)
    s.text(360, 380, "VNeID", 60, INK, bold=True, anchor="middle")
    s.button(s.t("Đăng nhập", "Log in"), 460, BLUE)
    s.target(s.button(s.t("Kích hoạt tài khoản", "Activate account"), 630, GREEN))
    sms(
        s,
        s.t(
            "Hồ sơ đăng ký tài khoản định danh điện tử đã được phê duyệt",
            "Your electronic identity account has been approved",
        ),
        240,
    )


def enter_id(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Kích hoạt tài khoản", "Activate account"), RED, back=True)
    s.field(s.t("Số định danh", "ID number"), 260, "001056…")
    s.field(s.t("Số điện thoại", "Phone number"), 400, "09…")
    s.target(s.button(s.t("Gửi yêu cầu", "Send request"), 600, BLUE))
    s.card(
        s.t("Số định danh: 12 số trên thẻ căn cước", "ID number: the 12 digits on your ID card"),
        150,
    )
    s.id_card(735, 480, 390)


def otp(s: Scene) -> None:
    code_screen(
        s,
        s.t("Xác thực", "Verify"),
        s.t("Nhập mã gửi qua tin nhắn", "Enter the code sent by text"),
        "4821",
    )
    sms(s, s.t("Mã OTP của bạn: 482193", "Your OTP code: 482193"), 160, size=40)
    s.card(
        s.t(
            "Mã chỉ để bác gõ vào đây. Không đọc cho ai.",
            "The code is only for you to type here. Tell no one.",
        ),
        480,
        icon="lock",
        color=RED,
        size=40,
    )


def rule(s: Scene, y: float, mark: str, words: str, color: str) -> None:
    s.rect(SIDE_X + 30, y, 90, 80, color, r=16)
    s.text(SIDE_X + 75, y + 58, mark, 50, WHITE, bold=True, anchor="middle")
    s.text(SIDE_X + 145, y + 55, words, 40, INK, bold=True)


def password(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Thiết lập mật khẩu", "Set a password"), RED, back=True)
    s.field(s.t("Mật khẩu", "Password"), 250, "••••••••••")
    s.field(s.t("Nhập lại mật khẩu", "Password again"), 380, "••••••••••")
    s.button(s.t("Tiếp tục", "Continue"), 560, BLUE)
    s.rect(SIDE_X, 100, SIDE_W, 600, WHITE, r=28, stroke=INK, width=6)
    s.text(SIDE_X + 30, 170, s.t("8 ký tự trở lên, có:", "8 or more, with:"), 44, INK, bold=True)
    rule(s, 210, "A", s.t("chữ hoa", "a capital"), BLUE)
    rule(s, 320, "a", s.t("chữ thường", "a small letter"), GREEN)
    rule(s, 430, "1", s.t("chữ số", "a digit"), MUTED)
    rule(s, 540, "@", s.t("ký tự đặc biệt", "a sign like @"), RED)
    s.card(s.t("Giữ kín, không đưa ai", "Keep it secret"), 740, icon="lock", color=RED, size=40)


def passcode(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Thiết lập passcode", "Set a passcode"), RED, back=True)
    s.paragraph(
        360, 290, s.t("Nhập 6 chữ số", "Enter 6 digits"), 420, 40, INK, anchor="middle", bold=True
    )
    box = s.code_boxes("••••", 360)
    s.ring(box, round_=16)
    s.keyboard(560)
    s.card(
        s.t(
            "Passcode: 6 số, bác tự chọn, dễ nhớ", "Passcode: 6 digits you choose and can remember"
        ),
        150,
        icon="key",
        color=BLUE,
        size=40,
    )
    s.card(
        s.t("Đừng dùng ngày sinh hay 123456", "Not your birthday, not 123456"),
        470,
        icon="no",
        color=RED,
        size=40,
    )


def login(s: Scene) -> None:
    s.phone()
    vneid_mark(s, 300, 118, 120)
    s.text(360, 310, s.t("Đăng nhập", "Log in"), 52, INK, bold=True, anchor="middle")
    s.field(s.t("Số định danh", "ID number"), 350, "001056…")
    s.field(s.t("Mật khẩu", "Password"), 480, "••••••••••")
    s.target(s.button(s.t("Đăng nhập", "Log in"), 636, BLUE))
    s.check(820, 280, 130)
    s.card(
        s.t("Xong! Tài khoản mức 2 dùng được rồi", "Done! Your level 2 account is ready"),
        400,
        color=GREEN,
        size=40,
    )


def call_button(s: Scene, cx: float, cy: float, color: str, down: bool) -> None:
    s.circle(cx, cy, 62, color)
    s.raw(f'<g transform="rotate({135 if down else 0} {cx} {cy})">')
    s.icon("call", cx, cy, 70, WHITE)
    s.raw("</g>")


def scam(s: Scene) -> None:
    s.phone("#263238")
    s.text(360, 180, s.t("Cuộc gọi đến", "Incoming call"), 40, WHITE, anchor="middle")
    s.circle(360, 320, 90, GREY)
    s.icon("person", 360, 320, 120, "#263238")
    s.text(360, 480, s.t("Số lạ", "Unknown number"), 48, WHITE, bold=True, anchor="middle")
    call_button(s, 230, 680, RED, True)
    call_button(s, 490, 680, GREEN, False)
    s.ring(s.rect(168, 618, 124, 124, "none"))
    s.bubble(
        s.t(
            "Tôi là công an. Tôi kích hoạt VNeID giúp bác, bác đọc mã cho tôi.",
            "I'm the police. I'll activate VNeID for you: read me the code.",
        ),
        660,
        60,
        510,
        size=38,
        color=RED,
    )
    s.stop(760, 470, 110)
    s.card(
        s.t("Công an không kích hoạt qua điện thoại", "The police never activate by phone"),
        380,
        x=830,
        w=340,
        size=38,
        color=RED,
    )
    s.card(s.t("Tắt máy!", "Hang up!"), 700, x=830, w=340, size=44, color=RED)


def well_done(s: Scene) -> None:
    s.person(330, 860, 500, shirt=GREEN, hair="#2e2e2e")
    s.person(780, 860, 460, uniform=True)
    s.bubble(s.t("Cần gì, bác cứ đến hỏi ạ!", "Come and ask us any time!"), 40, 60, 500, size=42)
    s.card(
        s.t("Tài khoản mức 2 đã xong", "Your level 2 account is done"),
        110,
        x=620,
        w=540,
        icon="check",
        color=GREEN,
        size=42,
    )


LESSON = LessonSource(
    folder="03-vneid-level2",
    id="vneid-level2",
    topic="vneid",
    title=T(
        "Kích hoạt tài khoản định danh mức 2",
        "Activate your level 2 VNeID account",
    ),
    summary=T(
        "Đăng ký ở công an xã, rồi kích hoạt tài khoản định danh điện tử mức 2 trên VNeID.",
        "Register at the commune police, then activate your level 2 electronic identity "
        "account in VNeID.",
    ),
    icon=icon,
    channels=("vneid-android", "vneid-ios", "vneid-web"),
    pronunciations={"vi": {"passcode": "pát cốt"}},
    notes=T(
        "Phần đăng ký làm ở công an xã (bước 1 và 2); trong lớp, bà con tập phần kích hoạt trên "
        "máy, làm thật khi hồ sơ đã được duyệt. Nhắc trước buổi học: mang thẻ căn cước gắn chip và "
        "điện thoại có SIM đứng tên mình. Điều quan trọng nhất: công an không bao giờ gọi điện để "
        "kích hoạt tài khoản.",
        "Registering happens at the commune police (steps 1 and 2); in class, residents practise "
        "activating in the app, for real once their file is approved. Remind them beforehand: "
        "bring the chip ID card and a phone whose SIM is in their own name. The most important "
        "point: the police never call to activate an account.",
    ),
    steps=(
        StepSource(
            T(
                "Bác mang thẻ căn cước gắn chip và điện thoại có SIM đứng tên mình đến công an "
                "xã. Bác nhớ số điện thoại của mình nhé.",
                "Take your chip ID card and your own phone, with a SIM in your own name, to the "
                "commune police. Know your phone number.",
            ),
            bring,
            say=T(
                "Bác mang theo thẻ căn cước có gắn chip, và điện thoại của chính bác, có SIM "
                "đứng tên bác, rồi đến công an xã hoặc phường. Bác nhớ số điện thoại của mình "
                "nhé.",
                "Bring your chip ID card, and your own phone with a SIM registered in your own "
                "name, to the commune or ward police. Make sure you know your phone number.",
            ),
            notes=T(
                "Hỏi lớp: ai đã có thẻ căn cước gắn chip, và SIM có đứng tên chính mình không? "
                "Nhiều bác dùng SIM do con cháu đứng tên, hoặc không nhớ số điện thoại của mình: "
                "nhắc ghi số ra giấy mang theo.",
                "Ask the group: who has a chip ID card, and is their SIM in their own name? Many "
                "use a SIM in a child's name, or do not know their own number: suggest writing the "
                "number on paper to take along.",
            ),
        ),
        StepSource(
            T(
                "Ở công an xã, cán bộ kiểm tra thẻ, chụp ảnh chân dung và lấy vân tay của bác. "
                "Rồi cán bộ đăng ký tài khoản cho bác.",
                "At the commune police, an officer checks your card, takes your photo and your "
                "fingerprints. Then the officer registers your account.",
            ),
            police,
            say=T(
                "Ở công an xã, cán bộ sẽ kiểm tra thẻ căn cước, chụp ảnh chân dung và lấy vân "
                "tay của bác. Rồi cán bộ đăng ký tài khoản định danh điện tử cho bác.",
                "At the commune police, an officer checks your ID card, takes a photo of your "
                "face and your fingerprints. Then the officer registers your electronic "
                "identity account.",
            ),
            notes=T(
                "Giải thích phần này làm ở công an xã, không làm ở lớp: cán bộ kiểm tra thẻ, chụp "
                "ảnh chân dung, lấy vân tay rồi đăng ký tài khoản cho bác. Nếu biết giờ tiếp dân "
                "của công an xã, ghi lên bảng.",
                "Explain that this part happens at the commune police, not in class: the officer "
                "checks the card, takes a photo and fingerprints, and registers the account. If "
                "you know the commune police's opening hours, write them on the board.",
            ),
        ),
        StepSource(
            T(
                "Khi có tin nhắn báo hồ sơ đã được duyệt, bác mở VNeID, rồi chạm nút Kích hoạt "
                "tài khoản.",
                "When a text message says your account is approved, open VNeID. Touch "
                "Activate account.",
            ),
            approved,
            say=T(
                "Khi điện thoại nhận tin nhắn báo hồ sơ đã được duyệt, bác mở ứng dụng VNeID. "
                "Bác chạm vào nút Kích hoạt tài khoản.",
                "When your phone gets a text message saying the account is approved, open the "
                "VNeID app. Touch the Activate account button.",
            ),
            practice=T(
                "Bác hãy chạm vào nút Kích hoạt tài khoản.",
                "Please touch the Activate account button.",
            ),
            notes=T(
                "Nhấn mạnh: chỉ kích hoạt khi đã nhận tin nhắn báo hồ sơ được duyệt. Ai chưa nhận "
                "tin nhắn thì xem trên màn hình lớn, chưa làm trên máy mình.",
                "Stress that activation comes only after the text message saying the file is "
                "approved. Those without that message follow on the big screen, not on their own "
                "phone yet.",
            ),
        ),
        StepSource(
            T(
                "Bác gõ số định danh 12 số trên thẻ căn cước và số điện thoại, rồi chạm Gửi yêu"
                " cầu.",
                "Type your ID number, the 12 digits on your ID card, and your phone number. "
                "Then touch Send request.",
            ),
            enter_id,
            say=T(
                "Bác gõ số định danh cá nhân, là mười hai số in trên thẻ căn cước, và số điện "
                "thoại của bác. Rồi bác chạm vào nút Gửi yêu cầu.",
                "Type your personal ID number, the twelve digits printed on your ID card, and "
                "your phone number. Then touch the Send request button.",
            ),
            practice=T(
                "Bác hãy chạm vào nút Gửi yêu cầu.", "Please touch the Send request button."
            ),
            notes=T(
                "Nhờ bà con đặt thẻ căn cước lên bàn để gõ số định danh 12 số. Nhiều bác nhầm ô số "
                "định danh với ô số điện thoại: chỉ lên màn hình lớn từng ô.",
                "Ask everyone to put their ID card on the table to copy the 12-digit ID number. "
                "Many mix up the ID number box and the phone number box: point to each box on the "
                "big screen.",
            ),
        ),
        StepSource(
            T(
                "Máy nhận tin nhắn có mã OTP. Bác gõ mã vào các ô. Không đọc mã cho ai.",
                "A text message brings an OTP code. Type it in the boxes. Never tell anyone "
                "the code.",
            ),
            otp,
            say=T(
                "Điện thoại sẽ nhận một tin nhắn có mã OTP. Bác gõ mã đó vào các ô trống. Mã "
                "này chỉ để bác gõ, bác không đọc cho ai, kể cả người xưng là công an.",
                "Your phone gets a text message with an OTP code. Type the code into the "
                "boxes. It is only for you: never tell it to anyone, even someone who says "
                "they are the police.",
            ),
            notes=T(
                "Nhắc lại: mã OTP chỉ để tự gõ vào máy, không đọc cho ai, kể cả người xưng là công "
                "an. Hỏi lớp: có người gọi điện xin mã OTP thì làm gì?",
                "Say it again: the OTP code is only for typing into the phone, never for telling "
                "anyone, even someone who says they are the police. Ask the group: someone calls "
                "and asks for your OTP code; what do you do?",
            ),
        ),
        StepSource(
            T(
                "Bác đặt mật khẩu 8 ký tự trở lên, có chữ hoa, chữ thường, chữ số và ký tự đặc "
                "biệt như @. Bác gõ lại lần nữa, rồi chạm Tiếp tục.",
                "Set a password: 8 or more characters, with a capital, a small letter, a digit "
                "and a sign like @. Type it again, then touch Continue.",
            ),
            password,
            say=T(
                "Bác đặt mật khẩu có ít nhất 8 ký tự, gồm chữ hoa, chữ thường, chữ số, và một "
                "ký tự đặc biệt như chữ a còng. Bác gõ lại mật khẩu lần nữa, rồi chạm Tiếp "
                "tục, và giữ kín mật khẩu, không đưa cho ai.",
                "Choose a password of at least 8 characters, with a capital letter, a small "
                "letter, a digit, and a special sign such as the at sign. Type it once more, "
                "touch Continue, and keep it secret from everyone.",
            ),
            notes=T(
                "Viết lên bảng một mật khẩu mẫu, không dùng thật, có đủ chữ hoa, chữ thường, chữ "
                "số và ký tự @. Nhiều bác không tìm ra chữ hoa hay ký tự @ trên bàn phím: cầm máy "
                "lên chỉ cho cả lớp cách chuyển bàn phím.",
                "Write a sample password on the board, not a real one, with a capital, a small "
                "letter, a digit and @. Many cannot find capitals or @ on the keyboard: hold up a "
                "phone and show how to switch the keyboard.",
            ),
        ),
        StepSource(
            T(
                "Bác đặt passcode: 6 chữ số tự chọn, dễ nhớ. Máy hỏi passcode khi bác mở giấy "
                "tờ trong ứng dụng.",
                "Set a passcode: 6 digits you choose and can remember. The app asks for it "
                "when you open your papers in it.",
            ),
            passcode,
            say=T(
                "Bác đặt passcode gồm 6 chữ số, bác tự chọn sao cho dễ nhớ, nhưng đừng dùng "
                "ngày sinh. Ứng dụng sẽ hỏi passcode khi bác mở giấy tờ trong ứng dụng, và có "
                "thể hỏi thêm vài câu, bác cứ làm theo.",
                "Set a passcode of 6 digits that you choose and can remember, but not your "
                "birthday. The app asks for it when you open your papers, and it may ask a few "
                "more questions: just follow them.",
            ),
            notes=T(
                "Giải thích passcode khác mật khẩu: passcode là 6 chữ số để mở giấy tờ trong ứng "
                "dụng. Nhắc chọn số dễ nhớ nhưng đừng dùng ngày sinh. Hỏi lớp: mật khẩu và "
                "passcode khác nhau thế nào?",
                "Explain that the passcode is not the password: it is 6 digits for opening your "
                "papers in the app. Suggest numbers that are easy to remember, but not a date of "
                "birth. Ask the group: how are the password and the passcode different?",
            ),
        ),
        StepSource(
            T(
                "Xong rồi! Bác đăng nhập bằng số định danh và mật khẩu vừa đặt, rồi chạm Đăng "
                "nhập.",
                "All done! Log in with your ID number and the password you just set, then "
                "touch Log in.",
            ),
            login,
            say=T(
                "Xong rồi! Bác gõ số định danh và mật khẩu vừa đặt, rồi chạm vào nút Đăng nhập.",
                "All done! Type your ID number and the password you just set, then touch Log in.",
            ),
            practice=T("Bác hãy chạm vào nút Đăng nhập.", "Please touch the Log in button."),
            notes=T(
                "Cho bà con thử đăng nhập lại bằng số định danh và mật khẩu vừa đặt, để chắc là đã "
                "nhớ. Ai quên mật khẩu ngay thì ghi tên lại: bài Khôi phục tài khoản VNeID chỉ "
                "cách lấy lại.",
                "Let residents log in again with their ID number and new password, to be sure they "
                "remember it. Anyone who has forgotten it already: note their name; the lesson Get "
                "back into your VNeID account shows how to recover it.",
            ),
        ),
        StepSource(
            T(
                "Bác đừng nhờ ai đăng ký hay kích hoạt hộ qua điện thoại. Công an không bao giờ"
                " gọi điện để kích hoạt tài khoản: bác tắt máy.",
                "Never let anyone register or activate for you over the phone. The police "
                "never call to activate an account: hang up.",
            ),
            scam,
            say=T(
                "Bác đừng để ai đăng ký hay kích hoạt tài khoản hộ qua điện thoại. Công an "
                "không bao giờ gọi điện để kích hoạt tài khoản, ai gọi như vậy là lừa đảo, "
                "bác tắt máy ngay.",
                "Never let anyone register or activate your account for you over the phone. "
                "The police never call to activate an account: anyone who does is a "
                "scammer, so hang up at once.",
            ),
            notes=T(
                "Hỏi lớp: có ai từng nhận cuộc gọi xưng công an, đề nghị kích hoạt tài khoản hộ "
                "không? Nhắc: công an không bao giờ gọi điện để kích hoạt tài khoản, gặp cuộc gọi "
                "như vậy thì tắt máy.",
                "Ask the group: has anyone had a call from someone saying they are the police, "
                "offering to activate the account for them? Remind them: the police never call to "
                "activate an account; hang up on such calls.",
            ),
        ),
        StepSource(
            T(
                "Bác đã có tài khoản định danh điện tử mức 2. Cần giúp, bác cứ hỏi tình nguyện "
                "viên ở nhà văn hóa, hoặc công an xã.",
                "You now have a level 2 electronic identity account. For help, ask a volunteer "
                "at the cultural house or the commune police.",
            ),
            well_done,
            say=T(
                "Bác đã có tài khoản định danh điện tử mức 2. Khi cần giúp, bác cứ hỏi tình "
                "nguyện viên ở nhà văn hóa, hoặc đến công an xã. Cảm ơn bác đã học bài này ạ.",
                "You now have a level 2 electronic identity account. When you need help, ask a "
                "volunteer at the cultural house, or go to the commune police. Well done!",
            ),
            notes=T(
                "Ghi tên những bác chưa đăng ký ở công an xã hoặc chưa kích hoạt xong, để hướng "
                "dẫn riêng. Nhắc bà con: cần giúp thì hỏi tình nguyện viên ở nhà văn hóa hoặc công "
                "an xã.",
                "Note who has not registered at the commune police yet, or not finished "
                "activating, to guide them separately. Remind them: for help, ask the cultural "
                "house's volunteers or the commune police.",
            ),
        ),
    ),
)
