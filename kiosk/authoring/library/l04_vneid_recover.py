"""Lesson 4: get back into VNeID after forgetting the password, after changing the phone
number or losing the phone, and when moving to a new phone."""

from __future__ import annotations

from kiosk.authoring.library.l02_vneid_install import vneid_mark
from kiosk.authoring.model import LessonSource, StepSource, T
from kiosk.authoring.palette import (
    BLUE,
    GREEN,
    GREY,
    INK,
    ORANGE,
    RED,
    SCREEN_W,
    SCREEN_X,
    SIDE_W,
    SIDE_X,
    SOFT,
    WHITE,
)
from kiosk.authoring.svg import Box, Scene


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["blue"], r=40)
    vneid_mark(s, 14, 14, 110)
    s.circle(124, 124, 66, WHITE, stroke=BLUE, width=8)
    s.icon("key", 124, 124, 96, BLUE)


# -- small pieces of the pictures ------------------------------------------------------------


def sms(s: Scene, words: str, y: float, *, size: float = 40) -> None:
    """A text message arriving, beside the phone."""
    s.icon("chat", SIDE_X + 50, y - 50, 80, BLUE)
    s.text(SIDE_X + 110, y - 32, s.t("Tin nhắn", "Text message"), 38, BLUE, bold=True)
    s.bubble(words, SIDE_X, y, SIDE_W, size=size)


def radio(s: Scene, label: str, y: float, *, chosen: bool) -> None:
    """A choice with a round button on its left."""
    s.circle(SCREEN_X + 56, y, 22, WHITE, stroke=BLUE, width=5)
    if chosen:
        s.circle(SCREEN_X + 56, y, 11, BLUE)
    size = 40
    while len(label) * size * 0.52 > SCREEN_W - 130 and size > 28:
        size -= 2
    s.text(SCREEN_X + 96, y + size * 0.36, label, size, INK)


def waves(s: Scene, x: float, y: float) -> None:
    """The little arcs of a chip being read (NFC)."""
    for r in (30, 55, 80):
        s.path(
            f"M {x - r * 0.7:.1f} {y - r * 0.7:.1f} Q {x:.1f} {y - r * 1.3:.1f} "
            f"{x + r * 0.7:.1f} {y - r * 0.7:.1f}",
            stroke=ORANGE,
            width=9,
        )


def word_chip(s: Scene, words: str, x: float, y: float, w: float, color: str) -> None:
    s.rect(x, y, w, 110, color, r=55)
    size = 44
    while len(words) * size * 0.56 > w - 50 and size > 32:
        size -= 2
    s.text(x + w / 2, y + 55 + size * 0.36, words, size, WHITE, bold=True, anchor="middle")


# -- the steps ------------------------------------------------------------------------------


def two_cases(s: Scene) -> None:
    vneid_mark(s, 90, 170, 380)
    s.text(280, 650, "VNeID", 80, INK, bold=True, anchor="middle")
    s.card(
        s.t("Quên mật khẩu", "Forgot the password"),
        190,
        x=620,
        w=550,
        icon="key",
        color=BLUE,
        size=46,
    )
    s.card(
        s.t(
            "Đổi số điện thoại, mất máy, hay đổi máy mới", "New number, lost phone, or a new phone"
        ),
        440,
        x=620,
        w=550,
        icon="phone",
        color=GREEN,
        size=44,
    )


def forgot(s: Scene) -> None:
    s.phone()
    vneid_mark(s, 310, 108, 100)
    s.text(360, 262, s.t("Đăng nhập", "Log in"), 48, INK, bold=True, anchor="middle")
    s.field(s.t("Số định danh", "ID number"), 290, "001056…", h=90)
    s.field(s.t("Mật khẩu", "Password"), 400, s.t("Mật khẩu", "Password"), h=90)
    s.button(s.t("Đăng nhập", "Log in"), 515, BLUE, h=110)
    label = s.t("Quên mật khẩu?", "Forgot password?")
    s.text(360, 745, label, 40, BLUE, bold=True, anchor="middle")
    width = len(label) * 40 * 0.56
    s.line(360 - width / 2, 758, 360 + width / 2, 758, BLUE, 4)
    s.target(Box(SCREEN_X + 50, 662, SCREEN_W - 100, 130))
    s.card(
        s.t("Chữ này ở dưới nút Đăng nhập", "These words are under the Log in button"),
        250,
        icon="search",
        color=BLUE,
        size=38,
    )


def fill_in(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Quên mật khẩu", "Forgot password"), RED, back=True)
    s.field(s.t("Số định danh", "ID number"), 236, "001056…", h=90)
    s.field(s.t("Số điện thoại", "Phone number"), 344, "09…", h=90)
    radio(s, s.t("Nhập thông tin", "Enter details"), 488, chosen=True)
    radio(s, s.t("Xác thực NFC", "NFC check"), 568, chosen=False)
    s.target(s.button(s.t("Gửi yêu cầu", "Send request"), 650, BLUE))
    s.card(
        s.t("Số định danh: 12 số trên thẻ căn cước", "ID number: the 12 digits on your ID card"),
        150,
        size=40,
    )
    s.id_card(735, 470, 390)


def details_code(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Thông tin xác thực", "Your details"), RED, back=True)
    s.field(s.t("Họ và tên", "Full name"), 236, h=90)
    s.field(s.t("Ngày sinh", "Date of birth"), 344, h=90)
    s.field(s.t("Ngày cấp thẻ", "Card issue date"), 452, h=90)
    s.button(s.t("Tiếp tục", "Continue"), 620, BLUE, h=110)
    sms(s, s.t("Mã OTP của bạn: 482193", "Your OTP code: 482193"), 170)
    s.card(
        s.t("Gõ mã vào ứng dụng. Không đọc cho ai.", "Type the code in the app. Tell no one."),
        470,
        icon="lock",
        color=RED,
        size=40,
    )


def new_password(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Thiết lập mật khẩu", "Set a password"), RED, back=True)
    s.field(s.t("Mật khẩu mới", "New password"), 250, "••••••••••")
    s.field(s.t("Nhập lại mật khẩu", "Password again"), 380, "••••••••••")
    s.target(s.button(s.t("Xác nhận", "Confirm"), 560, GREEN))
    s.card(
        s.t(
            "8 ký tự trở lên: chữ hoa, chữ thường, chữ số, ký tự như @",
            "8 or more: a capital, a small letter, a digit, a sign like @",
        ),
        150,
        icon="key",
        color=BLUE,
        size=40,
    )
    s.card(s.t("Giữ kín, không đưa ai", "Keep it secret"), 560, icon="lock", color=RED, size=40)


def nfc_face(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Xác thực NFC", "NFC check"), RED, back=True)
    s.paragraph(
        360,
        290,
        s.t("Áp thẻ căn cước vào mặt sau điện thoại", "Hold your ID card to the back of the phone"),
        420,
        40,
        INK,
        anchor="middle",
        bold=True,
    )
    s.id_card(170, 530, 380)
    waves(s, 360, 525)
    s.icon("face", 800, 210, 160, BLUE)
    s.paragraph(900, 200, s.t("Rồi quét khuôn mặt", "Then a face scan"), 270, 42, BLUE, bold=True)
    s.card(
        s.t(
            "Cần máy có NFC. Máy không có: nhờ người giúp.",
            "The phone needs NFC. If it has none: ask for help.",
        ),
        420,
        icon="phone",
        color=INK,
        size=40,
    )


def police(s: Scene) -> None:
    s.building(40, 330, 460, s.t("Công an xã", "Commune police"))
    s.person(700, 890, 470, uniform=True)
    s.person(1000, 890, 430)
    s.id_card(880, 720, 230)
    s.card(
        s.t("Mang thẻ căn cước đến công an xã", "Take your ID card to the commune police"),
        40,
        x=60,
        w=1080,
        icon="card",
        color=GREEN,
        size=44,
    )


def new_phone(s: Scene) -> None:
    s.phone("#5b5b5b")
    s.rect(SCREEN_X + 20, 210, SCREEN_W - 40, 470, WHITE, r=30)
    s.icon("phone", 360, 280, 80, BLUE)
    s.paragraph(
        360,
        380,
        s.t("Bạn đang đăng nhập trên thiết bị mới", "You are logging in on a new device"),
        400,
        38,
        INK,
        bold=True,
        anchor="middle",
    )
    button = s.button(
        s.t("Xác nhận", "Confirm"), 530, GREEN, h=110, x=SCREEN_X + 50, w=SCREEN_W - 100
    )
    s.ring(button)
    s.hand_at(button)
    sms(s, s.t("Mã OTP của bạn: 735014", "Your OTP code: 735014"), 170)
    s.card(
        s.t("Mã gửi về số điện thoại đã đăng ký", "The code goes to your registered number"),
        470,
        icon="sim",
        color=GREEN,
        size=40,
    )


def words(s: Scene) -> None:
    s.icon("search", 130, 150, 130, BLUE)
    s.paragraph(
        230,
        130,
        s.t(
            "Ứng dụng hay thay đổi. Bác tìm đúng các chữ này:",
            "The app changes often. Look for these words:",
        ),
        900,
        48,
        INK,
        bold=True,
    )
    chips = (
        (s.t("Quên mật khẩu", "Forgot password"), BLUE),
        (s.t("Gửi yêu cầu", "Send request"), BLUE),
        (s.t("Tiếp tục", "Continue"), BLUE),
        (s.t("Xác nhận", "Confirm"), GREEN),
    )
    for index, (label, color) in enumerate(chips):
        word_chip(s, label, 90 + (index % 2) * 530, 330 + (index // 2) * 170, 490, color)
    s.line(90, 700, 1110, 700, GREY, 4)
    s.icon("people", 150, 790, 110, GREEN)
    s.paragraph(
        230,
        780,
        s.t("Không thấy? Hỏi người giúp.", "Can't find them? Ask for help."),
        900,
        46,
        GREEN,
        bold=True,
    )


def well_done(s: Scene) -> None:
    s.person(330, 860, 500, shirt=GREEN, hair="#2e2e2e")
    s.person(780, 860, 460)
    s.bubble(s.t("Để cháu xem cùng bác ạ!", "Let me look at it with you!"), 40, 60, 500, size=42)
    s.card(
        s.t(
            "Nhà văn hóa, công an xã luôn giúp bác",
            "The cultural house and the commune police will help",
        ),
        110,
        x=620,
        w=540,
        icon="people",
        color=GREEN,
        size=40,
    )


LESSON = LessonSource(
    folder="04-vneid-recover",
    id="vneid-recover",
    topic="vneid",
    title=T("Khôi phục tài khoản VNeID", "Get back into your VNeID account"),
    summary=T(
        "Khôi phục tài khoản VNeID khi quên mật khẩu hoặc đổi điện thoại.",
        "Recover your VNeID account when you forget the password or change phones.",
    ),
    icon=icon,
    channels=("vneid-web", "commune-hotline"),
    pronunciations={"vi": {"NFC": "en ép xê"}, "en": {"NFC": "N F C"}},
    notes=T(
        "Bài có hai trường hợp: quên mật khẩu (bước 2 đến 5), và đổi số, mất máy hay đổi máy (bước "
        "6 đến 8). Đầu buổi hỏi xem ai đang gặp trường hợp nào. Bà con cần thẻ căn cước và điện "
        "thoại có số đã đăng ký với VNeID.",
        "Two cases here: a forgotten password (steps 2 to 5), and a new number, a lost phone or a "
        "new phone (steps 6 to 8). Ask at the start who is in which case. Residents need their ID "
        "card and the phone with the number registered for VNeID.",
    ),
    steps=(
        StepSource(
            T(
                "Bài này giúp bác khi quên mật khẩu VNeID. Và khi bác đổi số điện thoại, mất "
                "máy hay đổi sang điện thoại mới.",
                "This lesson helps when you forget your VNeID password. And when you change "
                "your number, lose your phone or move to a new phone.",
            ),
            two_cases,
            say=T(
                "Bài này giúp bác vào lại ứng dụng VNeID khi quên mật khẩu. Và cả khi bác đổi "
                "số điện thoại, bị mất máy, hay chuyển sang điện thoại mới.",
                "This lesson helps you get back into the VNeID app when you forget your "
                "password. And also when you change your number, lose your phone, or move to "
                "a new phone.",
            ),
            notes=T(
                "Hỏi lớp: ai từng quên mật khẩu VNeID, ai đã đổi số điện thoại hay đổi máy? Ghi "
                "nhanh lên bảng để biết phần nào cần nhiều thời gian hơn.",
                "Ask the group: who has forgotten their VNeID password, who has changed number or "
                "phone? Jot it on the board to know which part needs more time.",
            ),
        ),
        StepSource(
            T(
                "Quên mật khẩu: ở màn hình Đăng nhập, bác chạm chữ Quên mật khẩu.",
                "Forgot the password? On the Log in screen, touch Forgot password.",
            ),
            forgot,
            say=T(
                "Nếu quên mật khẩu, bác mở VNeID, rồi ở màn hình Đăng nhập, bác chạm vào chữ "
                "Quên mật khẩu, nằm ngay dưới nút Đăng nhập.",
                "If you forget your password, open VNeID. On the Log in screen, touch the words "
                "Forgot password, just under the Log in button.",
            ),
            practice=T(
                "Bác hãy chạm vào chữ Quên mật khẩu.", "Please touch the words Forgot password."
            ),
            notes=T(
                "Chỉ lên màn hình lớn: chữ Quên mật khẩu nằm ngay dưới nút Đăng nhập. Nhiều bác "
                "chạm nhầm vào nút Đăng nhập.",
                "Point on the big screen: Forgot password is just under the Log in button. Many "
                "touch Log in by mistake.",
            ),
        ),
        StepSource(
            T(
                "Bác gõ số định danh và số điện thoại, chọn cách xác thực, rồi chạm Gửi yêu cầu.",
                "Type your ID number and phone number, and choose how to verify. Then touch "
                "Send request.",
            ),
            fill_in,
            say=T(
                "Bác gõ số định danh, là mười hai số trên thẻ căn cước, và số điện thoại, rồi "
                "chọn cách xác thực, thường là nhập thông tin xác thực. Rồi bác chạm vào nút "
                "Gửi yêu cầu.",
                "Type your ID number, the twelve digits on your ID card, and your phone "
                "number, and choose how to verify: usually, enter your details. Then touch "
                "Send request.",
            ),
            practice=T(
                "Bác hãy chạm vào nút Gửi yêu cầu.", "Please touch the Send request button."
            ),
            notes=T(
                "Nhắc: số định danh là 12 số trên thẻ căn cước, số điện thoại là số đã đăng ký với "
                "VNeID. Cách xác thực thường chọn là nhập thông tin xác thực.",
                "Remind them: the ID number is the 12 digits on the ID card; the phone number is "
                "the one registered with VNeID. The usual way to verify is entering your details.",
            ),
        ),
        StepSource(
            T(
                "Bác gõ họ tên, ngày sinh, ngày cấp thẻ. Máy nhận mã OTP qua tin nhắn: bác gõ "
                "mã vào, không đọc cho ai.",
                "Type your full name, date of birth and card issue date. A text message brings "
                "an OTP code: type it in and tell no one.",
            ),
            details_code,
            say=T(
                "Ứng dụng hỏi họ tên, ngày sinh và ngày cấp thẻ căn cước, bác gõ vào rồi chạm "
                "Tiếp tục. Điện thoại sẽ nhận tin nhắn có mã OTP, bác gõ mã vào ứng dụng, và "
                "không đọc mã cho ai.",
                "The app asks for your full name, date of birth and the date your ID card was "
                "issued: type them and touch Continue. Your phone gets a text message with an "
                "OTP code: type it in the app, and never tell it to anyone.",
            ),
            notes=T(
                "Nhờ bà con xem thẻ căn cước để gõ ngày cấp thẻ: nhiều bác không nhớ ngày này. "
                "Nhắc lại: mã OTP chỉ để tự gõ, không đọc cho ai.",
                "Ask residents to look at their ID card for the issue date: many do not remember "
                "it. Say it again: the OTP code is only for typing in, never for telling anyone.",
            ),
        ),
        StepSource(
            T(
                "Bác đặt mật khẩu mới, gõ lại lần nữa, rồi chạm Xác nhận.",
                "Set a new password and type it again. Then touch Confirm.",
            ),
            new_password,
            say=T(
                "Bác đặt mật khẩu mới, có ít nhất 8 ký tự, gồm chữ hoa, chữ thường, chữ số và "
                "ký tự đặc biệt, rồi gõ lại lần nữa. Rồi bác chạm nút Xác nhận, và đăng nhập "
                "bằng mật khẩu mới.",
                "Choose a new password of at least 8 characters, with a capital letter, a "
                "small letter, a digit and a special sign, and type it again. Then touch "
                "Confirm, and log in with the new password.",
            ),
            practice=T("Bác hãy chạm vào nút Xác nhận.", "Please touch the Confirm button."),
            notes=T(
                "Nhắc lại quy tắc mật khẩu: ít nhất 8 ký tự, có chữ hoa, chữ thường, chữ số và ký "
                "tự đặc biệt. Nhiều bác gõ lần hai không khớp lần một: gõ chậm, xem kỹ từng ký tự.",
                "Recall the password rules: at least 8 characters, with a capital, a small letter, "
                "a digit and a special sign. Many type it differently the second time: type slowly "
                "and check each character.",
            ),
        ),
        StepSource(
            T(
                "Đổi số điện thoại hay mất máy: ứng dụng có thể xin đọc chip thẻ căn cước "
                "(NFC) và quét khuôn mặt. Bác áp thẻ vào mặt sau điện thoại.",
                "New number or lost phone: the app may ask to read your ID card's chip (NFC) "
                "and scan your face. Hold the card to the back of the phone.",
            ),
            nfc_face,
            say=T(
                "Nếu bác đã đổi số điện thoại hoặc bị mất máy, ứng dụng có thể xin đọc chip "
                "trên thẻ căn cước bằng NFC, và quét khuôn mặt của bác. Bác áp thẻ vào mặt sau "
                "điện thoại, giữ yên, rồi nhìn thẳng vào máy khi ứng dụng quét khuôn mặt.",
                "If you have changed your number or lost your phone, the app may ask to read "
                "the chip of your ID card with NFC, and to scan your face. Hold the card still "
                "against the back of the phone, then look straight at the phone for the face "
                "scan.",
            ),
            notes=T(
                "Cầm một thẻ căn cước và điện thoại lên cho cả lớp xem cách áp thẻ vào mặt sau máy "
                "và giữ yên. Khi quét khuôn mặt: nhìn thẳng vào máy. Không làm được thì có công an "
                "xã giúp (bước 7).",
                "Hold up an ID card and a phone to show how the card goes against the back of the "
                "phone and stays still. For the face scan: look straight at the phone. If it does "
                "not work, the commune police can help (step 7).",
            ),
        ),
        StepSource(
            T(
                "Không làm được trên máy? Bác mang thẻ căn cước đến công an xã để được giúp "
                "lấy lại tài khoản.",
                "Can't do it on the phone? Take your ID card to the commune police to get "
                "your account back.",
            ),
            police,
            say=T(
                "Nếu không làm được trên điện thoại, bác mang thẻ căn cước đến công an xã, "
                "cán bộ sẽ giúp bác cập nhật số điện thoại và cấp lại tài khoản.",
                "If you cannot do it on the phone, take your ID card to the commune police: an "
                "officer will help update your phone number and reset your account.",
            ),
            notes=T(
                "Trấn an bà con: không làm được trên máy thì không sao, mang thẻ căn cước đến công "
                "an xã, cán bộ giúp cập nhật số điện thoại và cấp lại tài khoản.",
                "Reassure residents: if it does not work on the phone, that is fine; take the ID "
                "card to the commune police, who update the number and restore the account.",
            ),
        ),
        StepSource(
            T(
                "Đổi sang điện thoại mới: bác cài VNeID, đăng nhập, rồi chạm Xác nhận. Mã OTP "
                "gửi về số điện thoại bác đã đăng ký.",
                "Moving to a new phone: install VNeID, log in, touch Confirm. The OTP code "
                "goes to your registered number.",
            ),
            new_phone,
            say=T(
                "Khi đổi sang điện thoại mới, bác cài VNeID rồi đăng nhập, ứng dụng báo đây là "
                "thiết bị mới, bác chạm Xác nhận. Mã OTP sẽ gửi về số điện thoại bác đã đăng "
                "ký, bác gõ mã vào là xong.",
                "When you move to a new phone, install VNeID and log in. The app says this is "
                "a new device: touch Confirm. The OTP code goes to the phone number you "
                "registered: type it in, and you are done.",
            ),
            notes=T(
                "Giải thích: mã OTP gửi về số điện thoại đã đăng ký, nên khi đổi máy bà con cần có "
                "số đó bên mình. Hỏi lớp: mã OTP gửi về số nào?",
                "Explain: the OTP code goes to the registered number, so residents need that "
                "number with them when changing phones. Ask the group: which number does the OTP "
                "code go to?",
            ),
        ),
        StepSource(
            T(
                "Ứng dụng hay thay đổi, có thể trông hơi khác. Bác cứ tìm đúng các chữ này.",
                "The app changes often and may look a little different. Just look for these words.",
            ),
            words,
            say=T(
                "Ứng dụng VNeID hay được cập nhật, nên màn hình có thể trông hơi khác. Bác cứ "
                "tìm đúng các chữ Quên mật khẩu, Gửi yêu cầu, Tiếp tục và Xác nhận.",
                "The VNeID app is updated often, so the screens may look a little different. "
                "Just look for the words Forgot password, Send request, Continue and Confirm.",
            ),
            notes=T(
                "Nói trước với lớp: máy của bà con có thể trông khác hình trên màn hình lớn. Viết "
                "lên bảng các chữ cần tìm: Quên mật khẩu, Gửi yêu cầu, Tiếp tục, Xác nhận.",
                "Tell the class upfront: their phones may look different from the big screen. "
                "Write the words to look for on the board: Forgot password, Send request, "
                "Continue, Confirm.",
            ),
        ),
        StepSource(
            T(
                "Cần giúp, bác cứ hỏi tình nguyện viên ở nhà văn hóa, hoặc công an xã.",
                "For help, ask a volunteer at the cultural house or the commune police. Well done!",
            ),
            well_done,
            say=T(
                "Khi cần giúp, bác cứ hỏi tình nguyện viên ở nhà văn hóa, hoặc đến công an xã. "
                "Cảm ơn bác đã học bài này ạ.",
                "When you need help, ask a volunteer at the cultural house, or go to the "
                "commune police. Well done!",
            ),
            notes=T(
                "Ghi tên những bác cần đến công an xã để lấy lại tài khoản, và nhắc mang theo thẻ "
                "căn cước. Cần giúp thì hỏi tình nguyện viên ở nhà văn hóa.",
                "Note who needs to go to the commune police to get their account back, and remind "
                "them to bring their ID card. For help, the cultural house's volunteers are there.",
            ),
        ),
    ),
)
