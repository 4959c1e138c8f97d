"""Lesson 7: log in to the National Public Service Portal (dichvucong.gov.vn) with VNeID."""

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
    SCREEN_Y,
    SOFT,
    WHITE,
    YELLOW,
)
from kiosk.authoring.scenes import help_ending
from kiosk.authoring.svg import Box, Scene

ADDRESS = "dichvucong.gov.vn"


def vneid_mark(s: Scene, x: float, y: float, size: float) -> None:
    """Our own sign for VNeID: a red shield with a yellow star (not the app's real logo)."""
    s.rect(x, y, size, size, WHITE, r=size * 0.22, stroke=INK, width=size * 0.04)
    s.icon("badge", x + size / 2, y + size / 2, size * 0.8, RED)
    s.icon("star", x + size / 2, y + size * 0.48, size * 0.34, YELLOW)


def globe(s: Scene, cx: float, cy: float, r: float, color: str) -> None:
    """A globe (the web): a circle with its meridians and parallels."""
    w = max(4, r * 0.12)
    s.circle(cx, cy, r, "none", stroke=color, width=w)
    s.raw(
        f'<ellipse cx="{cx}" cy="{cy}" rx="{r * 0.45}" ry="{r}" fill="none" '
        f'stroke="{color}" stroke-width="{w}"/>'
    )
    s.line(cx - r, cy, cx + r, cy, color, w)
    s.line(cx, cy - r, cx, cy + r, color, w)
    s.path(
        f"M {cx - r * 0.85} {cy - r * 0.5} L {cx + r * 0.85} {cy - r * 0.5} "
        f"M {cx - r * 0.85} {cy + r * 0.5} L {cx + r * 0.85} {cy + r * 0.5}",
        stroke=color,
        width=w * 0.8,
    )


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["red"], r=40)
    globe(s, 82, 88, 62, RED)
    s.circle(148, 146, 42, WHITE, stroke=INK, width=5)
    s.icon("key", 148, 146, 60, GREEN)


def browser(s: Scene, url: str = ADDRESS) -> Box:
    """A phone's web browser: the address bar at the top; returns the address bar."""
    s.phone()
    s.rect(SCREEN_X, SCREEN_Y, SCREEN_W, 120, "#e6e9ed", r=22)
    s.rect(SCREEN_X, SCREEN_Y + 60, SCREEN_W, 60, "#e6e9ed")
    box = s.rect(
        SCREEN_X + 20, SCREEN_Y + 22, SCREEN_W - 40, 78, WHITE, r=39, stroke=MUTED, width=3
    )
    if url:
        s.icon("lock", SCREEN_X + 62, SCREEN_Y + 61, 36, GREEN)
        size = 36
        while len(url) * size * 0.52 > SCREEN_W - 130 and size > 26:
            size -= 2
        s.text(SCREEN_X + 92, SCREEN_Y + 61 + size * 0.36, url, size, INK)
    return box


def portal_header(s: Scene) -> None:
    """The portal's banner under the address bar (our drawing, not its real emblem)."""
    s.rect(SCREEN_X, 212, SCREEN_W, 120, RED)
    s.icon("star", SCREEN_X + 56, 272, 64, YELLOW)
    s.text(SCREEN_X + 100, 262, s.t("Cổng Dịch vụ công", "Public Service"), 36, WHITE, bold=True)
    s.text(SCREEN_X + 100, 310, s.t("Quốc gia", "Portal"), 36, WHITE, bold=True)


def page_rows(s: Scene, top: float, count: int) -> None:
    """Grey blocks standing for the rest of the page."""
    for index in range(count):
        s.rect(
            SCREEN_X + 30,
            top + index * 70,
            (SCREEN_W - 60) * (1 - (index % 2) * 0.3),
            36,
            GREY,
            r=12,
        )


def monitor(s: Scene, x: float, y: float, w: float, h: float) -> Box:
    """A computer screen on its stand; returns the screen."""
    s.rect(x, y, w, h, INK, r=20)
    screen = s.rect(x + 18, y + 18, w - 36, h - 36, WHITE, r=8)
    s.rect(x + w / 2 - 30, y + h, 60, 60, INK)
    s.rect(x + w / 2 - 110, y + h + 56, 220, 22, INK, r=10)
    return screen


def open_browser(s: Scene) -> None:
    s.phone()
    s.target(s.app_icon(150, 150, "", BLUE, label=s.t("Trình duyệt", "Browser")))
    globe(s, 225, 225, 50, WHITE)
    vneid_mark(s, 420, 150, 150)
    s.text(495, 344, "VNeID", 36, INK, anchor="middle")
    s.app_icon(150, 420, "", GREEN, glyph="chat", label=s.t("Tin nhắn", "Messages"))
    s.app_icon(420, 420, "", MUTED, glyph="camera", label=s.t("Máy ảnh", "Camera"))
    s.card(
        s.t("Cần: tài khoản VNeID mức 2", "You need: a level 2 VNeID account"),
        200,
        icon="badge",
        color=RED,
        size=40,
    )
    s.card(
        s.t("Trình duyệt: ứng dụng để vào các trang web", "Browser: the app that opens websites"),
        450,
        icon="search",
        color=BLUE,
        size=40,
    )


def type_address(s: Scene) -> None:
    bar = browser(s)
    s.ring(bar, pad=8)
    s.keyboard(520)
    page_rows(s, 250, 3)
    s.card(s.t("Gõ:\ndichvucong.gov.vn", "Type:\ndichvucong.gov.vn"), 110, color=BLUE, size=42)
    s.check(760, 480, 100)
    s.card(
        s.t("Đuôi .gov.vn: trang nhà nước", "Ends in .gov.vn: the state's site"),
        400,
        x=830,
        w=340,
        size=38,
        color=GREEN,
    )
    s.stop(760, 720, 100)
    s.card(
        s.t("Đuôi khác: trang giả", "Any other ending: fake"), 650, x=830, w=340, size=38, color=RED
    )


def touch_login(s: Scene) -> None:
    browser(s)
    portal_header(s)
    s.target(s.button(s.t("Đăng nhập", "Log in"), 370, BLUE))
    s.button(s.t("Đăng ký", "Register"), 530, BLUE, outline=True, h=100, size=40)
    page_rows(s, 670, 2)
    s.card(s.t("Nút Đăng nhập ở trên cùng", "Log in is at the top"), 250, icon="person", color=BLUE)


def choose_vneid(s: Scene) -> None:
    browser(s)
    s.text(
        360,
        290,
        s.t("Chọn cách đăng nhập", "Choose how to log in"),
        40,
        INK,
        bold=True,
        anchor="middle",
    )
    box = s.rect(SCREEN_X + 24, 330, SCREEN_W - 48, 170, SOFT["red"], r=24, stroke=RED, width=6)
    vneid_mark(s, SCREEN_X + 48, 365, 100)
    s.paragraph(
        SCREEN_X + 170,
        395,
        s.t("Tài khoản định danh điện tử", "Electronic ID account"),
        290,
        36,
        INK,
        bold=True,
    )
    s.target(box)
    s.rect(SCREEN_X + 24, 540, SCREEN_W - 48, 110, WHITE, r=24, stroke=MUTED, width=4)
    s.text(360, 608, s.t("Cách khác", "Other ways"), 38, MUTED, anchor="middle")
    s.card(s.t("Chọn dòng có VNeID", "Choose the one with VNeID"), 250, icon="badge", color=RED)


def scan_qr(s: Scene) -> None:
    s.phone()
    s.app_bar("VNeID", RED)
    s.rect(SCREEN_X + 30, 260, SCREEN_W - 60, 90, GREY, r=20)
    button = s.button("", 400, RED)
    s.icon("qr", SCREEN_X + 100, 460, 60, WHITE)
    s.text(SCREEN_X + 150, 475, s.t("Quét mã QR", "Scan QR code"), 42, WHITE, bold=True)
    s.rect(SCREEN_X + 30, 570, SCREEN_W - 60, 90, GREY, r=20)
    s.ring(button)
    s.hand(button.right - 30, button.cy + 20, angle=0)
    screen = monitor(s, 700, 90, 460, 360)
    s.text(
        screen.cx, screen.y + 52, s.t("Máy tính", "Computer"), 36, INK, bold=True, anchor="middle"
    )
    s.qr(screen.cx - 100, screen.y + 90, 200)
    s.card(
        s.t("Dùng máy tính?\nQuét mã\nbằng VNeID", "On a computer?\nScan it\nwith VNeID"),
        600,
        x=730,
        w=440,
        color=BLUE,
        size=40,
    )


def type_login(s: Scene) -> None:
    browser(s)
    s.text(360, 290, s.t("Đăng nhập", "Log in"), 48, INK, bold=True, anchor="middle")
    s.field(s.t("Số định danh", "ID number"), 330, "001056…")
    s.field(s.t("Mật khẩu", "Password"), 460, "••••••••")
    button = s.button(s.t("Đăng nhập", "Log in"), 610, BLUE)
    s.ring(button)
    s.hand_at(button)
    s.card(
        s.t(
            "Dùng điện thoại?\nGõ số định danh và mật khẩu VNeID",
            "On the phone?\nType your ID number and VNeID password",
        ),
        130,
        color=INK,
        size=40,
    )
    s.id_card(760, 470, 360)


def confirm_app(s: Scene) -> None:
    s.phone()
    s.app_bar("VNeID", RED)
    s.paragraph(
        360,
        280,
        s.t("Xác nhận đăng nhập Dịch vụ công", "Confirm logging in to Public Services"),
        440,
        38,
        INK,
        anchor="middle",
        bold=True,
    )
    s.text(360, 430, s.t("Nhập passcode", "Enter passcode"), 38, MUTED, anchor="middle")
    box = s.code_boxes("•••", 460)
    s.ring(box, round_=16)
    s.keyboard(600)
    s.card(
        s.t("Nhập passcode\nhoặc mã OTP", "Enter your passcode\nor OTP code"),
        200,
        icon="lock",
        color=BLUE,
        size=40,
    )
    s.card(
        s.t(
            "Chỉ xác nhận khi chính bác đang đăng nhập",
            "Confirm only when you yourself are logging in",
        ),
        460,
        icon="warning",
        color=RED,
        size=40,
    )


def logged_in(s: Scene) -> None:
    browser(s)
    portal_header(s)
    name = s.rect(
        SCREEN_X + 24, 350, SCREEN_W - 48, 110, SOFT["green"], r=24, stroke=GREEN, width=5
    )
    s.icon("person", SCREEN_X + 80, 405, 64, GREEN)
    s.text(SCREEN_X + 130, 420, "Nguyễn Văn An", 42, INK, bold=True)
    s.ring(name, round_=28)
    page_rows(s, 520, 4)
    s.check(930, 280, 170)
    s.card(s.t("Thấy tên mình: đã vào được", "You see your name: you are in"), 440, color=GREEN)


def fake_link(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Tin nhắn", "Messages"), GREEN)
    s.rect(SCREEN_X + 24, 250, SCREEN_W - 48, 330, SOFT["blue"], r=28, stroke=BLUE, width=4)
    s.paragraph(
        SCREEN_X + 50,
        310,
        s.t("Hồ sơ của bác bị lỗi. Đăng nhập tại đây:", "Your file has an error. Log in here:"),
        400,
        38,
        INK,
    )
    s.icon("link", SCREEN_X + 80, 500, 60, BLUE)
    s.text(SCREEN_X + 125, 512, "http://…", 40, BLUE, bold=True)
    s.line(SCREEN_X + 125, 522, SCREEN_X + 290, 522, BLUE, 4)
    s.stop(480, 500, 110)
    s.card(
        s.t("Không mở link lạ, không nhập mật khẩu", "Don't open strange links or type passwords"),
        200,
        icon="warning",
        color=RED,
        size=40,
    )
    s.card(
        s.t("Tự gõ:\ndichvucong.gov.vn", "Type it yourself:\ndichvucong.gov.vn"),
        480,
        color=GREEN,
        size=40,
    )


LESSON = LessonSource(
    folder="07-dvc-login",
    id="dvc-login",
    topic="portal",
    title=T(
        "Đăng nhập Cổng Dịch vụ công bằng VNeID",
        "Log in to the public service portal",
    ),
    summary=T(
        "Vào đúng trang dichvucong.gov.vn và đăng nhập an toàn bằng tài khoản VNeID.",
        "Open the real dichvucong.gov.vn site and log in safely with your VNeID account.",
    ),
    icon=icon,
    channels=("dichvucong",),
    notes=T(
        "Bài cần tài khoản VNeID mức 2 và điện thoại có mạng. Có hai cách đăng nhập: trên máy tính "
        "thì quét mã QR bằng VNeID (bước 5), trên điện thoại thì gõ số định danh và mật khẩu (bước "
        "6); trong lớp, bà con làm theo cách trên điện thoại. Điểm chính: tự gõ địa chỉ có đuôi "
        ".gov.vn, không mở link trong tin nhắn.",
        "This lesson needs a level 2 VNeID account and a phone with internet. There are two ways "
        "to log in: on a computer, scan a QR code with VNeID (step 5); on a phone, type the ID "
        "number and password (step 6). In class, residents use the phone way. The key point: type "
        "the address ending in .gov.vn yourself, never open a link from a message.",
    ),
    steps=(
        StepSource(
            T(
                "Bác cần tài khoản VNeID mức 2. Bác mở trình duyệt, là ứng dụng để vào các "
                "trang web.",
                "You need a level 2 VNeID account. Open the browser, the app that opens websites.",
            ),
            open_browser,
            say=T(
                "Để đăng nhập, bác cần có tài khoản VNeID mức 2. Bác mở trình duyệt, là ứng "
                "dụng dùng để vào các trang web, trên điện thoại hay máy tính đều được.",
                "To log in, you need a level 2 VNeID account. Open the browser, the app you "
                "use to visit websites, on a phone or a computer.",
            ),
            practice=T(
                "Bác hãy chạm vào biểu tượng trình duyệt.", "Please touch the browser icon."
            ),
            notes=T(
                "Giải thích: trình duyệt là ứng dụng để vào trang web; biểu tượng trên máy mỗi "
                "người có thể khác nhau. Cho bà con tìm trình duyệt trên máy mình.",
                "Explain that the browser is the app that opens websites; its icon may differ from "
                "phone to phone. Have everyone find the browser on their own phone.",
            ),
        ),
        StepSource(
            T(
                "Bác chạm ô địa chỉ trên cùng, gõ dichvucong.gov.vn. Bác xem kỹ: phải có đuôi "
                ".gov.vn.",
                "Touch the address bar at the top and type dichvucong.gov.vn. Check it ends "
                "in .gov.vn.",
            ),
            type_address,
            say=T(
                "Bác chạm vào ô địa chỉ trên cùng, rồi gõ dichvucong.gov.vn. Bác xem kỹ, "
                "trang của nhà nước phải có đuôi là chấm gốp chấm vê en, đuôi khác là trang "
                "giả.",
                "Touch the address bar at the top, and type dichvucong.gov.vn. Check it "
                "carefully: the state's site ends in dot gov dot V N, and any other ending is "
                "a fake.",
            ),
            notes=T(
                "Viết to lên bảng: dichvucong.gov.vn, cho bà con gõ theo vào ô địa chỉ trên cùng. "
                "Nhiều bác gõ thiếu hoặc sai một chữ: so lại với bảng. Hỏi lớp: trang của nhà nước "
                "có đuôi gì?",
                "Write dichvucong.gov.vn large on the board and have everyone type it into the "
                "address bar at the top. Many miss or mistype a letter: check against the board. "
                "Ask the group: what ending does a government site have?",
            ),
        ),
        StepSource(
            T(
                "Trang Dịch vụ công hiện ra. Bác chạm nút Đăng nhập.",
                "The Public Service Portal opens. Touch Log in.",
            ),
            touch_login,
            say=T(
                "Trang Cổng Dịch vụ công quốc gia hiện ra. Bác chạm vào nút Đăng nhập ở phía trên.",
                "The National Public Service Portal opens. Touch the Log in button near the top.",
            ),
            practice=T("Bác hãy chạm vào nút Đăng nhập.", "Please touch the Log in button."),
            notes=T(
                "Chỉ lên màn hình lớn nút Đăng nhập ở phía trên trang. Đi một vòng xem máy ai chưa "
                "mở được trang Cổng Dịch vụ công.",
                "Point on the big screen to Log in at the top of the page. Walk round to see whose "
                "phone has not opened the portal yet.",
            ),
        ),
        StepSource(
            T(
                "Bác chọn đăng nhập bằng tài khoản định danh điện tử, tức là VNeID.",
                "Choose to log in with your electronic ID account, that is VNeID.",
            ),
            choose_vneid,
            say=T(
                "Trang hỏi bác đăng nhập bằng cách nào, bác chọn tài khoản định danh điện tử, "
                "tức là tài khoản VNeID của bác.",
                "The page asks how you want to log in: choose the electronic ID account, which "
                "is your VNeID account.",
            ),
            practice=T(
                "Bác hãy chạm vào ô Tài khoản định danh điện tử.",
                "Please touch Electronic ID account.",
            ),
            notes=T(
                "Giải thích: tài khoản định danh điện tử chính là tài khoản VNeID. Hỏi lớp: bác "
                "đăng nhập bằng tài khoản nào?",
                "Explain: the electronic ID account is the VNeID account. Ask the group: which "
                "account do you log in with?",
            ),
        ),
        StepSource(
            T(
                "Trên máy tính, trang hiện mã QR. Bác mở VNeID trên điện thoại, chạm Quét mã "
                "QR, rồi hướng vào mã.",
                "On a computer, the page shows a QR code. Open VNeID on your phone, touch Scan "
                "QR code, and point it at the code.",
            ),
            scan_qr,
            say=T(
                "Nếu bác dùng máy tính, trang sẽ hiện một mã QR. Bác mở VNeID trên điện thoại, "
                "chạm vào nút Quét mã QR, rồi đưa camera hướng vào mã trên màn hình máy tính.",
                "If you are on a computer, the page shows a QR code. Open VNeID on your phone, "
                "touch Scan QR code, and point the camera at the code on the computer screen.",
            ),
            notes=T(
                "Bước này dành cho máy tính, bà con chỉ xem trên màn hình lớn. Giải thích: ở nhà "
                "có máy tính thì mở VNeID trên điện thoại, chạm Quét mã QR, rồi hướng camera vào "
                "mã trên màn hình.",
                "This step is for a computer: residents just watch on the big screen. Explain: at "
                "home with a computer, they open VNeID on the phone, touch Scan QR code and point "
                "the camera at the code on the screen.",
            ),
        ),
        StepSource(
            T(
                "Trên điện thoại, bác gõ số định danh và mật khẩu VNeID, rồi chạm Đăng nhập.",
                "On the phone, type your VNeID ID number and password, then touch Log in.",
            ),
            type_login,
            say=T(
                "Nếu bác dùng trình duyệt trên điện thoại, bác gõ số định danh mười hai số "
                "trên thẻ căn cước, gõ mật khẩu VNeID, rồi chạm vào nút Đăng nhập.",
                "If you use the browser on your phone, type your ID number, the twelve digits "
                "on your ID card, and your VNeID password, then touch Log in.",
            ),
            notes=T(
                "Bà con làm bước này trên điện thoại của mình: số định danh 12 số trên thẻ căn "
                "cước, rồi mật khẩu VNeID. Nhiều bác gõ nhầm chữ hoa, chữ thường trong mật khẩu.",
                "Residents do this step on their own phone: the 12-digit ID number from the ID "
                "card, then the VNeID password. Many get capital and small letters wrong in the "
                "password.",
            ),
        ),
        StepSource(
            T(
                "Bác mở VNeID để xác nhận bằng passcode hoặc mã OTP. Chỉ xác nhận khi chính bác"
                " đang đăng nhập.",
                "Open VNeID to confirm with your passcode or OTP code. Confirm only when you "
                "yourself are logging in.",
            ),
            confirm_app,
            say=T(
                "Ứng dụng VNeID sẽ hỏi bác xác nhận, bác nhập mã pát cốt hoặc mã ô tê pê. Bác "
                "chỉ xác nhận khi chính bác đang đăng nhập, còn nếu không phải bác thì bấm hủy.",
                "The VNeID app asks you to confirm; enter your passcode or OTP code. Confirm "
                "only when you yourself are logging in; if it is not you, cancel.",
            ),
            notes=T(
                "Nhấn mạnh: chỉ xác nhận khi chính mình đang đăng nhập; không phải mình thì bấm "
                "hủy. Hỏi lớp: đang ngồi xem ti vi mà VNeID hỏi xác nhận đăng nhập thì làm gì?",
                "Stress it: confirm only when you yourself are logging in; if not, cancel. Ask the "
                "group: you are watching television and VNeID asks you to confirm a login; what do "
                "you do?",
            ),
        ),
        StepSource(
            T(
                "Đăng nhập xong, tên bác hiện ở trên cùng. Bây giờ bác làm được thủ tục trên mạng.",
                "Once you are logged in, your name shows at the top. Now you can use the "
                "online services.",
            ),
            logged_in,
            say=T(
                "Khi đăng nhập xong, tên của bác sẽ hiện ở trên cùng trang. Bây giờ bác có thể "
                "làm các thủ tục trên mạng.",
                "When you are logged in, your name shows at the top of the page. Now you can "
                "use the online services.",
            ),
            notes=T(
                "Cho bà con xem tên mình hiện ở trên cùng trang: đó là dấu hiệu đã đăng nhập. Đi "
                "một vòng xem ai đã vào được.",
                "Have residents look for their name at the top of the page: that means they are "
                "logged in. Walk round to see who got in.",
            ),
        ),
        StepSource(
            T(
                "Tin nhắn lạ gửi link bảo đăng nhập: bác đừng mở. Bác chỉ tự gõ dichvucong.gov.vn.",
                "A strange message with a link to log in: don't open it. Always type "
                "dichvucong.gov.vn yourself.",
            ),
            fake_link,
            say=T(
                "Kẻ gian hay gửi tin nhắn có đường link, bảo bác đăng nhập, đó là trang giả, "
                "bác đừng mở và đừng gõ mật khẩu. Bác chỉ tự gõ dichvucong.gov.vn như vừa học.",
                "Scammers send messages with a link asking you to log in: it is a fake site, "
                "so do not open it or type your password. Always type dichvucong.gov.vn "
                "yourself, as you just learnt.",
            ),
            notes=T(
                "Hỏi lớp: ai từng nhận tin nhắn có link bảo đăng nhập? Nhắc: đó là trang giả, đừng "
                "mở và đừng gõ mật khẩu; chỉ tự gõ dichvucong.gov.vn.",
                "Ask the group: has anyone received a text with a link asking them to log in? "
                "Remind them: that is a fake site; do not open it or type a password. Only type "
                "dichvucong.gov.vn yourself.",
            ),
        ),
        StepSource(
            T(
                "Trang web có thể trông khác một chút. Cần giúp, bác cứ hỏi tình nguyện viên ở "
                "nhà văn hóa.",
                "The site may look a little different. For help, ask at the cultural house "
                "or the commune police. Well done!",
            ),
            help_ending,
            say=T(
                "Trang web có thể trông khác một chút so với hình vẽ. Khi cần giúp, bác hỏi "
                "tình nguyện viên ở nhà văn hóa, hoặc hỏi công an xã. Cảm ơn bác đã học bài này"
                " ạ.",
                "The website may look a little different from the pictures. If you need help, "
                "ask a volunteer at the cultural house, or the commune police. Well done!",
            ),
            notes=T(
                "Ghi tên những bác chưa đăng nhập được để giúp riêng. Nhắc bà con: cần giúp thì "
                "hỏi tình nguyện viên ở nhà văn hóa hoặc công an xã.",
                "Note who could not log in, to help them separately. Remind them: for help, ask "
                "the cultural house's volunteers or the commune police.",
            ),
        ),
    ),
)
