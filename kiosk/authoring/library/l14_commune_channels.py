"""Lesson 14: follow the commune's official channels: Zalo OA, Facebook Fanpage, YouTube."""

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
from kiosk.authoring.scenes import volunteer_and_resident
from kiosk.authoring.svg import Box, Scene

# -- our own signs (never the real logos) -----------------------------------------------


def commune_mark(s: Scene, cx: float, cy: float, r: float) -> Box:
    """The commune's picture on its pages: a green disc with a public building."""
    box = s.circle(cx, cy, r, GREEN, stroke=WHITE, width=max(4.0, r * 0.08))
    s.icon("bank", cx, cy + r * 0.02, r * 1.1, WHITE)
    return box


def verified(s: Scene, cx: float, cy: float, r: float = 22) -> Box:
    """The verified tick next to a channel's name (yellow on Zalo)."""
    box = s.circle(cx, cy, r, YELLOW, stroke=INK, width=4)
    s.path(
        f"M {cx - r * 0.5:.1f} {cy + r * 0.02:.1f} L {cx - r * 0.12:.1f} {cy + r * 0.42:.1f} "
        f"L {cx + r * 0.55:.1f} {cy - r * 0.4:.1f}",
        stroke=INK,
        width=max(4.0, r * 0.24),
    )
    return box


def zalo_icon(s: Scene, x: float, y: float, size: float = 150, label: str = "") -> Box:
    return s.app_icon(x, y, "Zalo", BLUE, size=size, label=label)


def facebook_icon(s: Scene, x: float, y: float, size: float = 150, label: str = "") -> Box:
    """Our sign for a Facebook page: people on blue (not the real logo)."""
    return s.app_icon(x, y, "", BLUE, size=size, label=label, glyph="people")


def youtube_icon(s: Scene, x: float, y: float, size: float = 150, label: str = "") -> Box:
    """Our sign for a video channel: a white round 'play' button on red (not the real logo,
    which is a rounded rectangle)."""
    box = s.rect(x, y, size, size, RED, r=size * 0.24)
    cx, cy = x + size / 2, y + size / 2
    s.circle(cx, cy, size * 0.3, "none", stroke=WHITE, width=max(3.0, size * 0.06))
    s.path(
        f"M {cx - size * 0.09:.1f} {cy - size * 0.13:.1f} L {cx + size * 0.15:.1f} {cy:.1f} "
        f"L {cx - size * 0.09:.1f} {cy + size * 0.13:.1f} Z",
        fill=WHITE,
        stroke=WHITE,
        width=4,
    )
    if label:
        s.text(x + size / 2, y + size + 44, label, s.least_text, INK, anchor="middle")
    return box


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["green"], r=40)
    commune_mark(s, 100, 92, 70)
    for index, color in enumerate((BLUE, BLUE, RED)):
        s.circle(52 + index * 48, 172, 16, color, stroke=WHITE, width=4)


# -- screens ----------------------------------------------------------------------------


def zalo_bar(s: Scene) -> Box:
    """Zalo's blue top bar: the search box on the left, the QR-scan button on the right (a
    large square: it is a practice target)."""
    s.app_bar("", BLUE, height=140)
    s.icon("search", 166, SCREEN_Y + 70, 50, WHITE)
    s.text(206, SCREEN_Y + 84, s.t("Tìm kiếm", "Search"), 38, WHITE)
    button = s.rect(
        SCREEN_X + SCREEN_W - 140, SCREEN_Y + 5, 130, 130, "none", r=30, stroke=WHITE, width=4
    )
    s.icon("qr", button.cx, button.cy, 76, WHITE)
    return button


def chat_rows(s: Scene, top: float, count: int) -> None:
    """Other conversations: grey faces and lines."""
    for index in range(count):
        y = top + index * 120
        s.circle(SCREEN_X + 66, y + 56, 40, GREY)
        s.rect(SCREEN_X + 128, y + 30, 260, 24, GREY, r=12)
        s.rect(SCREEN_X + 128, y + 70, 190, 20, GREY, r=10)


def name_line(s: Scene, y: float, size: float = 48) -> Box:
    """The name 'UBND xã' centred on the screen, with its verified tick; returns the line."""
    name = "UBND xã"
    width = len(name) * size * 0.6
    left = SCREEN_X + SCREEN_W / 2 - (width + 60) / 2
    s.text(left, y, name, size, INK, bold=True)
    verified(s, left + width + 44, y - size * 0.36, size * 0.46)
    return Box(left - 10, y - size - 4, width + 90, size * 1.5)


def oa_profile(s: Scene) -> Box:
    """The commune's Zalo OA page: a green cover, its picture, its name; returns the name."""
    s.phone()
    s.app_bar("", GREEN, back=True, height=150)
    commune_mark(s, 360, SCREEN_Y + 160, 74)
    return name_line(s, 388)


def camera_view(s: Scene, title: str) -> None:
    """The phone's camera pointed at a QR code, inside a scanning frame."""
    s.phone("#2b2b2b")
    s.text(360, 160, title, 40, WHITE, bold=True, anchor="middle")
    s.qr(240, 250, 240, seed=3)
    for d in (
        "M 190 260 L 190 200 L 250 200",
        "M 470 200 L 530 200 L 530 260",
        "M 190 480 L 190 540 L 250 540",
        "M 530 480 L 530 540 L 470 540",
    ):
        s.path(d, stroke=WHITE, width=10)


def poster(s: Scene, x: float, y: float, label: str, seed: int) -> Box:
    """A small poster with one of the commune's QR codes and its name."""
    box = s.rect(x, y, 400, 400, WHITE, r=28, stroke=INK, width=6)
    s.text(x + 200, y + 66, label, 40, INK, bold=True, anchor="middle")
    s.qr(x + 95, y + 100, 210, seed=seed)
    return box


# -- steps ------------------------------------------------------------------------------


def channels(s: Scene) -> None:
    for index, (draw, name) in enumerate(
        ((zalo_icon, "Zalo"), (facebook_icon, "Facebook"), (youtube_icon, "YouTube"))
    ):
        y = 110 + index * 250
        draw(s, 90, y, 170)
        s.text(300, y + 102, name, 56, INK, bold=True)
    s.rect(720, 90, 430, 560, WHITE, r=28, stroke=GREEN, width=8)
    commune_mark(s, 935, 190, 70)
    s.text(935, 320, s.t("Kênh của xã", "Your commune"), 42, GREEN, bold=True, anchor="middle")
    s.qr(840, 370, 190, seed=5)
    s.card(
        s.t("Mã QR ở cuối bài và trên áp phích", "QR codes: end of lesson, poster"),
        690,
        x=690,
        w=480,
        size=38,
        icon="qr",
        color=BLUE,
    )


def open_zalo(s: Scene) -> None:
    s.phone(SOFT["blue"])
    facebook_icon(s, 150, 150, label="Facebook")
    s.target(zalo_icon(s, 420, 150, label="Zalo"))
    youtube_icon(s, 150, 420, label="YouTube")
    s.app_icon(420, 420, "", MUTED, glyph="camera", label=s.t("Máy ảnh", "Camera"))
    s.rect(150, 660, 150, 110, GREY, r=36)
    s.rect(420, 660, 150, 110, GREY, r=36)
    s.card(s.t("Chạm vào Zalo", "Touch Zalo"), 200, icon="touch", color=BLUE)
    s.card(
        s.t("Chưa có Zalo? Hỏi tình nguyện viên", "No Zalo yet? Ask a volunteer"),
        420,
        icon="people",
        color=GREEN,
        size=40,
    )


def qr_button(s: Scene) -> None:
    s.phone()
    s.target(zalo_bar(s))
    chat_rows(s, SCREEN_Y + 170, 5)
    s.card(s.t("Nút quét mã QR", "The QR scan button"), 150, color=BLUE)
    s.rect(840, 340, 180, 180, BLUE, r=30)
    s.icon("qr", 930, 430, 120, WHITE)
    s.card(s.t("Ở góc trên, bên phải", "At the top right"), 580, color=INK, size=40)


def scan_zalo(s: Scene) -> None:
    camera_view(s, s.t("Quét mã QR", "Scan QR code"))
    s.paragraph(
        360,
        640,
        s.t("Để mã nằm trong khung", "Keep the code in the frame"),
        420,
        38,
        WHITE,
        anchor="middle",
        bold=True,
    )
    poster(s, 760, 220, s.t("Zalo của xã", "Commune Zalo"), 7)
    s.arrow(740, 400, 180)
    s.card(
        s.t("Ở cuối bài học và trên áp phích", "End of lesson, and on the poster"),
        660,
        x=720,
        w=450,
        size=38,
    )


def check_name(s: Scene) -> None:
    name = oa_profile(s)
    s.button(s.t("Quan tâm", "Follow"), 470, BLUE)
    for index, length in enumerate((400, 360, 380)):
        s.rect(SCREEN_X + 46, 640 + index * 46, length, 22, GREY, r=11)
    s.ring(name, round_=24)
    s.card(
        s.t("Đúng tên xã, có dấu tích vàng", "Your commune's name, yellow tick"),
        150,
        icon="check",
        color=GREEN,
        size=40,
    )
    s.card(
        s.t("Sai tên? Không có dấu? Hỏi tình nguyện viên", "Wrong name? No tick? Ask a volunteer"),
        470,
        icon="warning",
        color=RED,
        size=40,
    )


def follow_zalo(s: Scene) -> None:
    oa_profile(s)
    s.target(s.button(s.t("Quan tâm", "Follow"), 450, BLUE))
    s.button(s.t("Nhắn tin", "Message"), 620, MUTED, outline=True, h=100, size=40)
    s.card(
        s.t("Quan tâm là nhận tin của xã", "Follow: get the commune's news"),
        180,
        icon="bell",
        color=BLUE,
    )
    if s.lang == "en":
        s.card("In Vietnamese: Quan tâm", 470, color=INK, size=40)


def read_news(s: Scene) -> None:
    s.phone()
    zalo_bar(s)
    row = Box(SCREEN_X + 10, SCREEN_Y + 160, SCREEN_W - 20, 130)
    s.rect(row.x, row.y, row.width, row.height, SOFT["yellow"], r=20)
    commune_mark(s, SCREEN_X + 76, row.cy, 46)
    s.text(SCREEN_X + 140, row.cy + 2, "UBND xã", 42, INK, bold=True)
    verified(s, SCREEN_X + 362, row.cy - 14, 18)
    s.rect(SCREEN_X + 140, row.cy + 22, 230, 18, GREY, r=9)
    s.circle(SCREEN_X + 440, row.cy, 26, RED)
    s.text(SCREEN_X + 440, row.cy + 14, "1", 38, WHITE, bold=True, anchor="middle")
    chat_rows(s, row.bottom + 20, 3)
    s.rect(SCREEN_X, 700, SCREEN_W, 108, SOFT["blue"], r=22)
    s.icon("chat", 230, 728, 46, BLUE)
    s.text(230, 794, s.t("Tin nhắn", "Messages"), 36, BLUE, bold=True, anchor="middle")
    s.ring(row, pad=8, round_=24)
    s.hand(SCREEN_X + 300, row.cy + 40)
    s.bubble(
        s.t("Thông báo: lịch tiêm chủng…", "Notice: vaccination days…"),
        690,
        140,
        480,
        size=40,
    )
    s.card(
        s.t("Tin của xã đến ngay trong Zalo", "The commune's news comes in Zalo"),
        470,
        icon="bell",
        color=BLUE,
        size=40,
    )


def scan_fanpage(s: Scene) -> None:
    camera_view(s, s.t("Máy ảnh", "Camera"))
    link = s.rect(SCREEN_X + 30, 610, SCREEN_W - 60, 110, YELLOW, r=34, stroke=INK, width=4)
    s.icon("link", SCREEN_X + 90, link.cy, 56, INK)
    s.text(SCREEN_X + 136, link.cy + 14, "facebook.com", 40, INK, bold=True)
    s.ring(link, round_=40)
    s.hand(SCREEN_X + 90, link.cy + 10)
    s.card(
        s.t("Mở máy ảnh của điện thoại", "Open the phone's camera"),
        110,
        icon="camera",
        color=BLUE,
        size=40,
    )
    poster(s, 770, 400, "Fanpage", 11)


def follow_fanpage(s: Scene) -> None:
    s.phone()
    s.app_bar("Facebook", BLUE, back=True, height=110)
    s.rect(SCREEN_X, SCREEN_Y + 110, SCREEN_W, 130, GREY)
    commune_mark(s, 210, SCREEN_Y + 250, 66)
    s.text(300, SCREEN_Y + 330, "UBND xã", 48, INK, bold=True)
    s.target(s.button(s.t("Theo dõi", "Follow"), 470, BLUE))
    s.button(s.t("Nhắn tin", "Message"), 630, MUTED, outline=True, h=100, size=40)
    s.card(
        s.t("Đúng tên xã mình, giống trên áp phích?", "Your commune's name, as on the poster?"),
        150,
        icon="check",
        color=GREEN,
        size=40,
    )
    s.card(
        s.t("Có trang ghi: Thích", "Some pages say: Like"),
        480,
        icon="thumb",
        color=BLUE,
        size=40,
    )


def subscribe_youtube(s: Scene) -> None:
    s.phone()
    youtube_icon(s, SCREEN_X + 30, SCREEN_Y + 22, 76)
    s.text(SCREEN_X + 124, SCREEN_Y + 76, "YouTube", 44, INK, bold=True)
    s.line(SCREEN_X, SCREEN_Y + 120, SCREEN_X + SCREEN_W, SCREEN_Y + 120, GREY, 4)
    commune_mark(s, 360, SCREEN_Y + 210, 70)
    s.text(360, SCREEN_Y + 350, "UBND xã", 48, INK, bold=True, anchor="middle")
    s.target(s.button(s.t("Đăng ký", "Subscribe"), 480, INK))
    for index in range(2):
        x = SCREEN_X + 30 + index * 226
        s.rect(x, 650, 206, 130, GREY, r=16)
        s.icon("play", x + 103, 715, 70, MUTED)
    s.card(
        s.t("Đăng ký kênh: miễn phí", "Subscribing is free"),
        200,
        icon="check",
        color=GREEN,
    )
    if s.lang == "en":
        s.card("In Vietnamese: Đăng ký", 460, color=INK, size=40)


def safety(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Tin nhắn lạ", "Strange messages"), MUTED)
    for index, words in enumerate(
        (
            s.t("Gửi mã OTP cho tôi", "Send me your OTP"),
            s.t("Chuyển tiền đi", "Transfer money"),
            s.t("Cho tôi mật khẩu", "Give me your password"),
        )
    ):
        y = SCREEN_Y + 160 + index * 190
        s.bubble(words, SCREEN_X + 24, y, 340, size=36)
        s.stop(SCREEN_X + 420, y + 50, 80)
    s.card(
        s.t(
            "Xã KHÔNG BAO GIỜ\nhỏi mã OTP, mật khẩu, hay xin tiền",
            "The commune NEVER\nasks for OTP codes, passwords or money",
        ),
        120,
        color=WHITE,
        fill=RED,
        size=40,
    )
    s.card(
        s.t("Ai hỏi: đừng trả lời, báo công an xã", "If asked: don't reply, tell the police"),
        520,
        icon="shield",
        color=GREEN,
        size=40,
    )


def ending(s: Scene) -> None:
    volunteer_and_resident(s)
    zalo_icon(s, 660, 60, 100)
    facebook_icon(s, 790, 60, 100)
    youtube_icon(s, 920, 60, 100)
    s.card(
        s.t("Tin của xã trên điện thoại của bác", "Commune news on your phone"),
        190,
        x=640,
        w=520,
        icon="check",
        color=GREEN,
        size=40,
    )


LESSON = LessonSource(
    folder="14-commune-channels",
    id="commune-zalo-follow",
    topic="commune",
    title=T(
        "Theo dõi kênh chính thức của xã",
        "Follow your commune's official channels",
    ),
    summary=T(
        "Quét mã QR để nhận tin của xã trên Zalo, Facebook và YouTube.",
        "Scan a QR code to get your commune's news on Zalo, Facebook and YouTube.",
    ),
    icon=icon,
    channels=("commune-zalo", "commune-fanpage", "commune-youtube"),
    pronunciations={"vi": {"Fanpage": "phan pết"}},
    notes=T(
        "Trước buổi học, kiểm tra các kênh của xã đã được điền trong kiosk để mã QR hiện ở cuối "
        "bài, và có sẵn áp phích. Bà con cần Zalo trên máy; ai chưa có thì nhờ tình nguyện viên "
        "cài giúp. Nhắc: chỉ theo dõi kênh có đúng tên xã và dấu tích xác thực.",
        "Before class, check that the commune's channels are filled in on the kiosk, so their QR "
        "codes show at the end of the lesson, and have the poster ready. Residents need Zalo on "
        "their phone; volunteers can install it for those without it. Remind them: follow only "
        "channels with the commune's right name and the verified tick.",
    ),
    steps=(
        StepSource(
            T(
                "Xã của bác có kênh chính thức trên Zalo, Facebook và YouTube. Mã QR của các "
                "kênh có ở cuối bài học và trên áp phích.",
                "Your commune has official channels on Zalo, Facebook and YouTube. Their QR "
                "codes are at the end of this lesson and on the poster.",
            ),
            channels,
            say=T(
                "Xã của bác có các kênh thông tin chính thức trên Zalo, Facebook và YouTube. "
                "Mã kiu a của các kênh này có ở cuối bài học, và trên tờ áp phích ở nhà văn "
                "hóa.",
                "Your commune has official news channels on Zalo, Facebook and YouTube. The "
                "Q R codes of these channels are at the end of this lesson, and on the poster "
                "at the cultural house.",
            ),
            notes=T(
                "Chỉ cho lớp tờ áp phích có mã QR các kênh của xã, và nói mã cũng có ở cuối bài. "
                "Hỏi lớp: ai đang dùng Zalo, Facebook, YouTube?",
                "Show the class the poster with the commune's channel QR codes, and say they are "
                "also at the end of the lesson. Ask the group: who uses Zalo, Facebook, YouTube?",
            ),
        ),
        StepSource(
            T(
                "Trước hết là Zalo. Bác mở ứng dụng Zalo trên điện thoại.",
                "First, Zalo. Open the Zalo app on your phone.",
            ),
            open_zalo,
            say=T(
                "Trước hết, bác theo dõi kênh Zalo của xã. Bác chạm vào biểu tượng Zalo trên "
                "điện thoại để mở, nếu máy chưa có Zalo, bác nhờ tình nguyện viên cài giúp.",
                "First, follow the commune on Zalo. Touch the Zalo icon on your phone to open "
                "it, and if your phone does not have Zalo yet, ask a volunteer to install it.",
            ),
            practice=T("Bác hãy chạm vào biểu tượng Zalo.", "Please touch the Zalo icon."),
            notes=T(
                "Cho bà con mở Zalo trên máy mình. Ai chưa có Zalo thì ghi tên lại để tình nguyện "
                "viên cài giúp.",
                "Have everyone open Zalo on their phone. Note who has no Zalo, so a volunteer can "
                "install it.",
            ),
        ),
        StepSource(
            T(
                "Nút quét mã QR ở góc trên bên phải, cạnh ô tìm kiếm. Bác chạm vào nút đó.",
                "The QR scan button is at the top right, next to the search box. Touch it.",
            ),
            qr_button,
            say=T(
                "Ở góc trên bên phải màn hình, ngay cạnh ô tìm kiếm, có nút hình mã kiu a. "
                "Bác chạm vào nút đó.",
                "At the top right of the screen, next to the search box, there is a button "
                "that looks like a Q R code. Touch that button.",
            ),
            practice=T("Bác hãy chạm vào nút quét mã QR.", "Please touch the QR scan button."),
            notes=T(
                "Cầm máy lên chỉ nút quét mã QR ở góc trên bên phải, cạnh ô tìm kiếm. Nhiều bác "
                "chạm vào ô tìm kiếm thay vì nút bên cạnh.",
                "Hold up a phone and show the QR scan button at the top right, next to the search "
                "box. Many touch the search box instead of the button beside it.",
            ),
        ),
        StepSource(
            T(
                "Bác hướng máy ảnh vào mã QR Zalo của xã. Mã có ở cuối bài học và trên áp phích.",
                "Point the camera at the commune's Zalo QR code. It is at the end of this "
                "lesson and on the poster.",
            ),
            scan_zalo,
            say=T(
                "Máy ảnh sẽ bật lên, bác giữ máy cho vững, hướng vào mã kiu a Zalo của xã, để "
                "mã nằm gọn trong khung. Mã này có ở cuối bài học, và trên tờ áp phích ở nhà "
                "văn hóa.",
                "The camera turns on, so hold the phone steady and point it at the commune's "
                "Zalo Q R code, with the code inside the frame. You will find the code at the "
                "end of this lesson, and on the poster at the cultural house.",
            ),
            notes=T(
                "Giơ áp phích lên, hoặc đặt vài tờ trên bàn cho bà con lần lượt quét mã Zalo của "
                "xã. Nhắc giữ máy cho vững, để mã nằm gọn trong khung.",
                "Hold up the poster, or lay a few copies on the tables for residents to scan the "
                "commune's Zalo code in turn. Remind them to hold the phone steady with the code "
                "inside the frame.",
            ),
        ),
        StepSource(
            T(
                "Bác xem kỹ: đúng tên xã mình, có dấu tích vàng cạnh tên. Sai tên, không có dấu"
                " tích: bác hỏi tình nguyện viên.",
                "Check: it is your commune's name, with the yellow verified tick next to it. "
                "Wrong name or no tick: ask a volunteer.",
            ),
            check_name,
            say=T(
                "Trang của xã hiện ra, bác xem kỹ tên có đúng là tên xã mình không, và có dấu "
                "tích vàng xác thực ngay cạnh tên không. Nếu sai tên, hoặc không thấy dấu "
                "tích, bác hỏi tình nguyện viên trước khi làm tiếp.",
                "The commune's page opens, so check carefully that the name is your "
                "commune's, with a yellow verified tick right next to it. If the name is "
                "wrong, or there is no tick, ask a volunteer before you go on.",
            ),
            notes=T(
                "Chỉ lên màn hình lớn tên xã và dấu tích vàng cạnh tên. Hỏi lớp: thấy tên xã khác "
                "hoặc không có dấu tích thì làm gì? (Hỏi tình nguyện viên trước khi làm tiếp.)",
                "Point on the big screen to the commune's name and the yellow tick beside it. Ask "
                "the group: what if the name is different or there is no tick? (Ask a volunteer "
                "before going on.)",
            ),
        ),
        StepSource(
            T(
                "Bác chạm nút Quan tâm màu xanh. Quan tâm là nhận tin của xã.",
                "Touch Follow to get the commune's news. In Vietnamese, it says Quan tâm.",
            ),
            follow_zalo,
            say=T(
                "Bác chạm vào nút Quan tâm màu xanh. Quan tâm nghĩa là theo dõi kênh, để tin "
                "của xã gửi đến điện thoại của bác.",
                "Touch the blue Follow button. If your Zalo is in Vietnamese, the button says "
                "Quan tâm.",
            ),
            practice=T("Bác hãy chạm vào nút Quan tâm.", "Please touch the Follow button."),
            notes=T(
                "Giải thích: Quan tâm nghĩa là theo dõi kênh, để tin của xã gửi đến máy mình. Đi "
                "một vòng xem ai đã chạm được nút Quan tâm màu xanh.",
                "Explain: Quan tâm (Follow) means following the channel, so the commune's news "
                "comes to your phone. Walk round to see who has touched the blue button.",
            ),
        ),
        StepSource(
            T(
                "Từ nay, tin của xã đến trong Zalo, mang tên xã. Bác chạm vào tên xã để đọc.",
                "From now on, the commune's news comes in Zalo, under its name. Touch the "
                "name to read it.",
            ),
            read_news,
            say=T(
                "Từ nay, tin của xã sẽ đến trong mục Tin nhắn của Zalo, giống như tin của "
                "người thân, và mang tên của xã. Bác chạm vào tên xã để đọc.",
                "From now on, the commune's news arrives in your Zalo messages, just like "
                "messages from your family, under the commune's name. Touch the name to "
                "read it.",
            ),
            notes=T(
                "Cho bà con mở mục Tin nhắn của Zalo và tìm tên xã trong danh sách, giống như tin "
                "của người thân.",
                "Have residents open Zalo's Messages and find the commune's name in the list, like "
                "a message from family.",
            ),
        ),
        StepSource(
            T(
                "Trang Facebook của xã: bác mở máy ảnh, hướng vào mã QR Fanpage của xã. Bác "
                "chạm vào dòng chữ hiện lên.",
                "The Facebook page: open your phone's camera and point it at the commune's "
                "Facebook QR code. Touch the words that appear.",
            ),
            scan_fanpage,
            say=T(
                "Tiếp theo là Fanpage, tức là trang Facebook của xã, bác mở máy ảnh của điện "
                "thoại, và hướng vào mã kiu a Fanpage của xã. Trên màn hình sẽ hiện một dòng "
                "chữ, bác chạm vào dòng chữ đó để mở trang, nếu máy hỏi đăng nhập, bác nhờ "
                "người thân giúp.",
                "Next is the commune's Facebook page, so open your phone's camera, and point "
                "it at the commune's Facebook Q R code. A line of words appears on the "
                "screen, so touch it to open the page, and if the phone asks you to log in, "
                "ask a family member to help.",
            ),
            notes=T(
                "Cho bà con mở máy ảnh của điện thoại, hướng vào mã Fanpage. Nhiều bác chờ mà "
                "không chạm vào dòng chữ hiện lên: chỉ lên màn hình lớn dòng chữ đó. Máy hỏi đăng "
                "nhập Facebook thì nhờ người thân giúp sau.",
                "Have residents open the phone's camera and point it at the Facebook page's code. "
                "Many wait and never touch the words that appear: point them out on the big "
                "screen. If the phone asks for a Facebook login, family can help later.",
            ),
        ),
        StepSource(
            T(
                "Bác xem kỹ đúng trang của xã mình, rồi chạm nút Theo dõi.",
                "Check it is your commune's page. Then touch Follow.",
            ),
            follow_fanpage,
            say=T(
                "Trang của xã hiện ra, bác xem kỹ tên trang, phải đúng là tên xã mình, giống "
                "như trên áp phích. Rồi bác chạm vào nút Theo dõi. Có trang thì nút này ghi là "
                "Thích.",
                "When the page opens, check its name carefully, it must be your commune's "
                "name, as on the poster. Then touch Follow. Some pages say Like instead.",
            ),
            practice=T("Bác hãy chạm vào nút Theo dõi.", "Please touch the Follow button."),
            notes=T(
                "Nhắc so tên trang với tên trên áp phích trước khi chạm Theo dõi. Có trang thì nút "
                "ghi là Thích.",
                "Remind residents to compare the page's name with the poster before touching "
                "Follow. On some pages the button says Like.",
            ),
        ),
        StepSource(
            T(
                "Kênh YouTube: bác quét mã QR như trên, rồi chạm nút Đăng ký, miễn phí.",
                "YouTube: scan the QR code the same way. Touch Subscribe: it is free.",
            ),
            subscribe_youtube,
            say=T(
                "Với kênh YouTube của xã, bác cũng mở máy ảnh và quét mã kiu a như trên. Rồi "
                "bác chạm vào nút Đăng ký, đăng ký kênh hoàn toàn miễn phí, bác không mất "
                "tiền.",
                "For the commune's YouTube channel, scan its Q R code with the camera in the "
                "same way. Then touch Subscribe, which is completely free, and costs you "
                "nothing.",
            ),
            practice=T("Bác hãy chạm vào nút Đăng ký.", "Please touch the Subscribe button."),
            notes=T(
                "Nhấn mạnh: đăng ký kênh YouTube hoàn toàn miễn phí, không mất tiền. Nhiều bác sợ "
                "chữ Đăng ký là phải trả tiền.",
                "Stress it: subscribing to the YouTube channel is free; it costs nothing. Many "
                "fear that Subscribe means paying.",
            ),
        ),
        StepSource(
            T(
                "Bác nhớ: xã không bao giờ hỏi mã OTP, mật khẩu hay xin tiền qua Zalo, "
                "Facebook, YouTube. Ai hỏi, bác đừng trả lời.",
                "Remember: the commune never asks for OTP codes, passwords or money on Zalo, "
                "Facebook or YouTube. If anyone asks, don't reply.",
            ),
            safety,
            say=T(
                "Bác nhớ giúp, xã không bao giờ hỏi mã ô tê pê, mật khẩu, hay xin tiền qua "
                "Zalo, Facebook hay YouTube. Nếu có ai hỏi, bác đừng trả lời, và báo cho "
                "công an xã, bác chỉ quét mã kiu a của xã, đừng quét mã người lạ gửi.",
                "Please remember, the commune never asks for your one time codes, your "
                "passwords, or money on Zalo, Facebook or YouTube. If anyone asks, do not "
                "reply, tell the commune police, and only scan the commune's own Q R codes, "
                "never a code that a stranger sends you.",
            ),
            notes=T(
                "Hỏi lớp: có người nhắn qua Zalo xưng là xã, xin mã OTP hay xin tiền thì làm gì? "
                "(Không trả lời, báo công an xã.) Nhắc: chỉ quét mã QR của xã, không quét mã người "
                "lạ gửi.",
                "Ask the group: someone on Zalo says they are the commune and asks for an OTP code "
                "or money; what do you do? (Don't reply; tell the commune police.) Remind them: "
                "scan only the commune's QR codes, never one a stranger sends.",
            ),
        ),
        StepSource(
            T(
                "Bác đã biết theo dõi các kênh của xã. Cần giúp, bác cứ hỏi tình nguyện viên ở "
                "nhà văn hóa.",
                "Now you know how to follow your commune's channels. For help, ask a "
                "volunteer at the cultural house. Well done!",
            ),
            ending,
            say=T(
                "Bác đã biết cách theo dõi các kênh chính thức của xã. Nếu cần giúp, bác cứ hỏi"
                " tình nguyện viên ở nhà văn hóa, hoặc gọi đường dây nóng của xã. Cảm ơn bác đã"
                " học bài này ạ.",
                "Now you know how to follow your commune's official channels. If you need "
                "help, ask a volunteer at the cultural house, or call the commune's hotline. "
                "Well done!",
            ),
            notes=T(
                "Đi một vòng xem máy bà con đã theo dõi đủ các kênh của xã chưa. Ai chưa làm được "
                "thì ghi tên để giúp riêng sau buổi học.",
                "Walk round and check that each phone now follows the commune's channels. Note who "
                "could not, to help them after class.",
            ),
        ),
    ),
)
