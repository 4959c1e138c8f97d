"""Lesson 2: install VNeID from the store, check it is the real one, and log in the first time."""

from __future__ import annotations

from kiosk.authoring.model import LessonSource, StepSource, T
from kiosk.authoring.palette import (
    BLUE,
    GREEN,
    GREY,
    INK,
    RED,
    SCREEN_W,
    SCREEN_X,
    SOFT,
    WHITE,
    YELLOW,
)
from kiosk.authoring.scenes import (
    code_screen,
    dialog,
    help_ending,
    iphone_says_get,
    real_or_fake,
    store_bar,
)
from kiosk.authoring.svg import Box, Scene


def vneid_mark(s: Scene, x: float, y: float, size: float) -> None:
    """Our own sign for VNeID: a red shield with a yellow star (not the app's real logo)."""
    s.rect(x, y, size, size, WHITE, r=size * 0.22, stroke=INK, width=size * 0.04)
    s.icon("badge", x + size / 2, y + size / 2, size * 0.8, RED)
    s.icon("star", x + size / 2, y + size * 0.48, size * 0.34, YELLOW)


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["yellow"], r=40)
    vneid_mark(s, 20, 20, 160)


def app_listing(s: Scene) -> None:
    vneid_mark(s, 140, 236, 130)
    s.text(296, 300, "VNeID", 56, INK, bold=True)
    s.paragraph(
        140,
        430,
        s.t("Trung tâm dữ liệu quốc gia về dân cư", "Trung tâm dữ liệu quốc gia về dân cư"),
        440,
        44,
        GREEN,
        bold=True,
        gap=1.22,
    )


def open_store(s: Scene) -> None:
    s.phone()
    s.app_icon(150, 150, "", GREEN, glyph="store", label="CH Play")
    s.app_icon(420, 420, "", BLUE, glyph="store", label="App Store")
    for x, y in ((420, 150), (150, 420), (150, 620), (420, 620)):
        s.rect(x, y, 150, 150, GREY, r=36)
    s.hand(262, 212, -62)  # from the right, so that the label under the icon stays seen
    s.card(s.t("Android: CH Play", "Android: Play Store"), 200, icon="store", color=GREEN)
    s.card(s.t("iPhone: App Store", "iPhone: App Store"), 400, icon="store", color=BLUE)


def search(s: Scene) -> None:
    s.phone()
    store_bar(s)
    box = s.field(s.t("Tìm kiếm", "Search"), 240, "VNeID")
    s.ring(box, round_=24)
    s.keyboard()
    s.arrow(box.right + 40, box.cy, 180)
    s.card(s.t("Gõ: VNeID", "Type: VNeID"), 220, icon="search", color=BLUE)


def publisher(s: Scene) -> None:
    s.phone()
    store_bar(s)
    app_listing(s)
    s.ring(Box(130, 384, 460, 114), round_=20)
    real_or_fake(
        s,
        s.t("Đúng tên này mới cài", "Only this name is real"),
        s.t("Tên khác: đừng cài", "Other name: don't install"),
    )


def install(s: Scene) -> None:
    s.phone()
    store_bar(s)
    app_listing(s)
    s.target(s.button(s.t("Cài đặt", "Install"), 540))
    iphone_says_get(s)


def wait(s: Scene) -> None:
    s.phone()
    store_bar(s)
    app_listing(s)
    s.rect(SCREEN_X + 30, 560, SCREEN_W - 60, 40, GREY, r=20)
    s.rect(SCREEN_X + 30, 560, (SCREEN_W - 60) * 0.6, 40, GREEN, r=20)
    s.text(360, 670, s.t("Đang cài…", "Installing…"), 44, INK, bold=True, anchor="middle")
    s.icon("clock", 930, 330, 170, BLUE)
    s.card(s.t("Chờ một lát. Đừng tắt máy.", "Wait a little. Keep the phone on."), 480, color=BLUE)


def open_app(s: Scene) -> None:
    s.phone()
    store_bar(s)
    app_listing(s)
    button = s.button(s.t("Mở", "Open"), 540)
    s.ring(button)
    s.hand_at(button)
    s.card(s.t("Lần sau: chạm biểu tượng này", "Next time: touch this icon"), 250, color=INK)
    vneid_mark(s, 855, 470, 150)


def allow(s: Scene) -> None:
    yes = dialog(
        s,
        "bell",
        s.t("VNeID muốn gửi thông báo cho bạn", "VNeID wants to send you notifications"),
        s.t("Cho phép", "Allow"),
        s.t("Không cho phép", "Don't allow"),
    )
    s.target(yes)
    s.card(
        s.t("Ứng dụng thật: chạm Cho phép", "The real app: touch Allow"),
        300,
        icon="check",
        color=GREEN,
    )


def login(s: Scene) -> None:
    s.phone()
    vneid_mark(s, 300, 118, 120)
    s.text(360, 310, s.t("Đăng nhập", "Log in"), 52, INK, bold=True, anchor="middle")
    s.field(s.t("Số định danh", "ID number"), 350, "001056…")
    s.field(s.t("Mật khẩu", "Password"), 480, "••••••••")
    s.target(s.button(s.t("Đăng nhập", "Log in"), 630, BLUE))
    s.card(
        s.t("Số định danh: 12 số trên thẻ căn cước", "ID number: the 12 digits on your ID card"),
        250,
    )
    s.id_card(735, 560, 390)


def otp(s: Scene) -> None:
    code_screen(
        s,
        s.t("Xác thực", "Verify"),
        s.t("Nhập mã gửi qua tin nhắn", "Enter the code sent by text"),
        "4821",
    )
    s.bubble(s.t("Mã VNeID của bạn: 482193", "Your VNeID code: 482193"), 700, 180, 450, size=38)
    s.card(
        s.t(
            "Mã chỉ để bác gõ vào đây. Không đọc cho ai.",
            "The code is only for you to type here. Tell no one.",
        ),
        470,
        icon="lock",
        color=RED,
        size=40,
    )


LESSON = LessonSource(
    folder="02-vneid-install",
    id="vneid-install",
    topic="vneid",
    title=T("Cài đặt VNeID và đăng nhập lần đầu", "Install VNeID and log in the first time"),
    summary=T(
        "Tải đúng ứng dụng VNeID, cài đặt, rồi đăng nhập lần đầu.",
        "Download the real VNeID app, install it, and log in the first time.",
    ),
    icon=icon,
    channels=("vneid-android", "vneid-ios", "vneid-web"),
    notes=T(
        "Bà con cần điện thoại có mạng (Wi-Fi hoặc 4G) và thẻ căn cước để đăng nhập ở bước 8. Hai "
        "điều chính của bài: cài đúng ứng dụng thật (dòng Trung tâm dữ liệu quốc gia về dân cư) và "
        "không đọc mã cho ai. Ai đã cài VNeID rồi thì nhờ ngồi cạnh giúp người chưa cài.",
        "Residents need a phone with internet (Wi-Fi or 4G) and their ID card for logging in at "
        "step 8. The two key points: install the real app (the line Trung tâm dữ liệu quốc gia về "
        "dân cư) and never tell anyone the code. Ask those who already have VNeID to sit next to "
        "someone who does not.",
    ),
    steps=(
        StepSource(
            T(
                "Bác mở cửa hàng ứng dụng: CH Play trên máy Android, App Store trên iPhone.",
                "Open the app store: Play Store on Android, App Store on iPhone.",
            ),
            open_store,
            say=T(
                "Bác mở cửa hàng ứng dụng trên điện thoại. Trên máy Android, bác chạm vào "
                "Xê Hát Play. Trên iPhone, bác chạm vào App Store.",
                "Open the app store on your phone. On an Android phone, touch Play Store. "
                "On an iPhone, touch App Store.",
            ),
            notes=T(
                "Cho cả lớp mở cửa hàng ứng dụng trên máy mình: CH Play trên Android, App Store "
                "trên iPhone. Đi một vòng xem ai chưa tìm thấy biểu tượng.",
                "Have the whole class open the store on their own phone: Play Store on Android, "
                "App Store on iPhone. Walk round and look for anyone who cannot find the icon.",
            ),
        ),
        StepSource(
            T(
                "Bác chạm vào ô tìm kiếm ở trên cùng, rồi gõ chữ VNeID.",
                "Touch the search box at the top and type VNeID.",
            ),
            search,
            say=T(
                "Bác chạm vào ô tìm kiếm ở trên cùng, rồi gõ tên ứng dụng là VNeID. "
                "Nếu gõ khó, bác cứ nhờ người thân gõ giúp.",
                "Touch the search box at the top, and type the name of the app, VNeID. "
                "If typing is hard, ask a family member to help.",
            ),
            notes=T(
                "Viết chữ VNeID lên bảng cho bà con gõ theo. Nhiều bác lúng túng khi gõ: nhắc bà "
                "con cứ nhờ người ngồi cạnh gõ giúp.",
                "Write VNeID on the board for everyone to copy. Typing is hard for many: let them "
                "ask their neighbour to type it.",
            ),
        ),
        StepSource(
            T(
                "Bác xem dòng dưới tên: phải là Trung tâm dữ liệu quốc gia về dân cư. Tên khác "
                "là ứng dụng giả, bác đừng cài.",
                "Check the line under the name: it must say Trung tâm dữ liệu quốc gia về "
                "dân cư. Any other name is a fake app: do not install it.",
            ),
            publisher,
            say=T(
                "Bác xem kỹ dòng chữ dưới tên ứng dụng. Phải đúng là Trung tâm dữ liệu quốc "
                "gia về dân cư. Nếu là tên khác, đó là ứng dụng giả, bác đừng cài.",
                "Look carefully at the line under the app name. It must say Trung tâm dữ liệu "
                "quốc gia về dân cư, the National Population Data Center. Any other name is a "
                "fake app, so do not install it.",
            ),
            notes=T(
                "Chỉ lên màn hình lớn dòng chữ dưới tên ứng dụng: phải đúng là Trung tâm dữ liệu "
                "quốc gia về dân cư. Hỏi lớp: thấy tên khác thì làm gì? (Không cài, đó là ứng dụng "
                "giả.)",
                "Point on the big screen to the line under the app's name: it must be Trung tâm dữ "
                "liệu quốc gia về dân cư. Ask the group: what do you do if it says something else? "
                "(Don't install it: it is a fake.)",
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
                "Nhắc người dùng iPhone: nút có chữ Nhận, không phải Cài đặt. Đi một vòng xem ai "
                "đã chạm được.",
                "Remind iPhone users: their button says Get, not Install. Walk round to see who "
                "has touched it.",
            ),
        ),
        StepSource(
            T(
                "Bác chờ một lát cho máy tải và cài xong, đừng tắt máy nhé.",
                "Wait a little while the phone downloads and installs it. Keep the phone on.",
            ),
            wait,
            say=T(
                "Bác chờ một lát nhé. Máy đang tải và cài ứng dụng. Bác để điện thoại có mạng, "
                "và đừng tắt máy.",
                "Please wait a little. The phone is downloading and installing the app. Keep "
                "it connected, and do not switch it off.",
            ),
            notes=T(
                "Tải có thể mất một lúc, nhất là khi cả lớp dùng chung một mạng Wi-Fi: trấn an bà "
                "con, dặn đừng tắt máy. Trong lúc chờ, hỏi lớp: ứng dụng thật do ai làm ra?",
                "The download can take a while, especially with the whole class on one Wi-Fi: "
                "reassure everyone and tell them not to switch off. While waiting, ask the group: "
                "who makes the real app?",
            ),
        ),
        StepSource(
            T(
                "Cài xong, bác chạm nút Mở. Lần sau, bác chạm biểu tượng VNeID trên màn hình.",
                "When it is done, touch Open. Next time, touch the VNeID icon on your screen.",
            ),
            open_app,
            say=T(
                "Khi cài xong, nút sẽ đổi thành chữ Mở. Bác chạm vào nút Mở. Lần sau, bác chỉ "
                "cần chạm vào biểu tượng VNeID trên màn hình điện thoại.",
                "When it is installed, the button changes to Open. Touch Open. Next time, "
                "just touch the VNeID icon on your phone's screen.",
            ),
            notes=T(
                "Cho bà con tìm biểu tượng VNeID trên màn hình chính của mình, để lần sau tự mở "
                "được. Nhiều bác chạm Mở xong, lần sau không biết ứng dụng nằm ở đâu.",
                "Have everyone find the VNeID icon on their home screen, so they can open it next "
                "time. Many touch Open, then later cannot find where the app is.",
            ),
        ),
        StepSource(
            T(
                "Nếu ứng dụng xin gửi thông báo, bác chạm Cho phép.",
                "If the app asks to send notifications, touch Allow.",
            ),
            allow,
            say=T(
                "Khi mở lần đầu, ứng dụng có thể xin phép gửi thông báo. Đây là ứng dụng "
                "thật, nên bác chạm Cho phép.",
                "The first time it opens, the app may ask to send you notifications. This is "
                "the real app, so touch Allow.",
            ),
            practice=T("Bác hãy chạm vào nút Cho phép.", "Please touch the Allow button."),
            notes=T(
                "Giải thích: đây là ứng dụng thật vừa cài từ cửa hàng, nên chạm Cho phép. Có máy "
                "không hỏi câu này; khi đó bà con cứ sang bước sau.",
                "Explain: this is the real app just installed from the store, so touch Allow. Some "
                "phones do not ask; then just go on to the next step.",
            ),
        ),
        StepSource(
            T(
                "Bác gõ số định danh 12 số trên thẻ căn cước và mật khẩu, rồi chạm Đăng nhập.",
                "Type your ID number, the 12 digits on your ID card, and your password. "
                "Then touch Log in.",
            ),
            login,
            say=T(
                "Bác gõ số định danh cá nhân, là mười hai số in trên thẻ căn cước. Rồi bác "
                "gõ mật khẩu, và chạm vào nút Đăng nhập.",
                "Type your personal ID number, the twelve digits printed on your ID card. "
                "Then type your password, and touch Log in.",
            ),
            practice=T("Bác hãy chạm vào nút Đăng nhập.", "Please touch the Log in button."),
            notes=T(
                "Nhờ bà con lấy thẻ căn cước ra: số định danh là 12 số in trên thẻ. Nhiều bác gõ "
                "thiếu hoặc nhầm một số: gõ xong đếm lại cho đủ 12 số. Ai chưa có mật khẩu sẽ đặt "
                "ở bài Kích hoạt tài khoản định danh mức 2.",
                "Ask everyone to take out their ID card: the ID number is the 12 digits printed on "
                "it. Many miss or swap a digit: count to 12 after typing. Those with no password "
                "yet will set one in the lesson on activating a level 2 account.",
            ),
        ),
        StepSource(
            T(
                "Máy nhận tin nhắn có mã. Bác gõ mã vào ô, không đọc mã cho ai.",
                "A code comes by text message. Type it in the boxes. Never tell anyone the code.",
            ),
            otp,
            say=T(
                "Điện thoại sẽ nhận một tin nhắn có mã số. Bác gõ mã đó vào các ô trống. Mã "
                "này chỉ để bác gõ, bác không đọc cho ai, kể cả người xưng là công an.",
                "Your phone will get a text message with a code. Type that code into the "
                "boxes. The code is only for you: never tell it to anyone, even someone who "
                "says they are the police.",
            ),
            notes=T(
                "Nhấn mạnh: mã trong tin nhắn chỉ để tự gõ, không đọc cho ai, kể cả người xưng là "
                "công an. Trong lớp cũng vậy: người giúp gõ hộ thì bác tự xem mã, không đọc to.",
                "Stress it: the code in the text message is only for typing in, never for telling "
                "anyone, even someone who says they are the police. In class too: when someone "
                "helps with typing, the resident reads the code themselves, not aloud.",
            ),
        ),
        StepSource(
            T(
                "Cần giúp, bác cứ hỏi tình nguyện viên ở nhà văn hóa, hoặc gọi đường dây nóng "
                "của xã.",
                "Need help? Ask a volunteer at the cultural house, or call the commune's hotline.",
            ),
            help_ending,
            say=T(
                "Nếu cần giúp, bác cứ hỏi tình nguyện viên ở nhà văn hóa, hoặc gọi đường dây "
                "nóng của xã. Cảm ơn bác đã học bài này ạ.",
                "If you need help, ask a volunteer at the cultural house, or call the "
                "commune's hotline. Well done!",
            ),
            notes=T(
                "Ghi tên những bác chưa cài xong hoặc chưa đăng nhập được, để giúp riêng sau buổi "
                "học. Hỏi lớp: dòng chữ nào cho biết VNeID là ứng dụng thật?",
                "Write down who has not finished installing or logging in, to help them after "
                "class. Ask the group: which line tells you VNeID is the real app?",
            ),
        ),
    ),
)
