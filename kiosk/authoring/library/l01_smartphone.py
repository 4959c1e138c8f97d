"""Lesson 1: the smartphone's basic moves: touch, swipe, Back and Home, Wi-Fi and mobile data,
and installing an app from the store."""

from __future__ import annotations

from kiosk.authoring.library.l02_vneid_install import vneid_mark
from kiosk.authoring.model import LessonSource, StepSource, T
from kiosk.authoring.palette import (
    BLUE,
    GREEN,
    GREY,
    INK,
    MUTED,
    ORANGE,
    RED,
    SCREEN_W,
    SCREEN_X,
    SCREEN_Y,
    SIDE_W,
    SIDE_X,
    SOFT,
    WHITE,
)
from kiosk.authoring.svg import Box, Scene

DIM = "#5b5b5b"  # the home screen behind the quick settings panel


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["blue"], r=40)
    s.rect(52, 14, 96, 172, INK, r=18)
    s.rect(62, 34, 76, 122, WHITE, r=6)
    s.circle(100, 172, 6, WHITE)
    s.circle(100, 95, 30, "none", stroke=ORANGE, width=8)
    s.circle(100, 95, 12, ORANGE)


# -- small pieces of the pictures ------------------------------------------------------------


def app(s: Scene, x: float, y: float, label: str, color: str, glyph: str) -> Box:
    """An app on the home screen: a coloured square with a pictogram, its name below in large
    letters."""
    box = s.app_icon(x, y, "", color, glyph=glyph, size=140)
    s.text(x + 70, y + 140 + 42, label, 36, INK, anchor="middle")
    return box


def home_screen(s: Scene) -> dict[str, Box]:
    """A phone's home screen with six apps in two columns."""
    s.phone()
    apps = (
        (s.t("Điện thoại", "Phone"), GREEN, "call"),
        (s.t("Tin nhắn", "Messages"), BLUE, "chat"),
        (s.t("Máy ảnh", "Camera"), INK, "camera"),
        (s.t("Cài đặt", "Settings"), MUTED, "settings"),
        ("CH Play" if s.lang == "vi" else "Play Store", GREEN, "store"),
        (s.t("Đồng hồ", "Clock"), BLUE, "clock"),
    )
    boxes: dict[str, Box] = {}
    for index, (label, color, glyph) in enumerate(apps):
        x = 170 + (index % 2) * 240
        y = 130 + (index // 2) * 220
        boxes[glyph] = app(s, x, y, label, color, glyph)
    return boxes


def double_arrow(
    s: Scene, cx: float, cy: float, angle: float, length: float = 220, thick: float = 40
) -> None:
    """A thick orange arrow with a head at both ends: a swipe either way along `angle`
    (0: left and right, 90: up and down)."""
    half, head, shaft = length / 2, thick * 1.2, thick / 2
    points = (
        f"{-half},0 {-half + head},{-thick} {-half + head},{-shaft} {half - head},{-shaft} "
        f"{half - head},{-thick} {half},0 {half - head},{thick} {half - head},{shaft} "
        f"{-half + head},{shaft} {-half + head},{thick}"
    )
    s.raw(
        f'<g transform="translate({cx} {cy}) rotate({angle})"><polygon points="{points}" '
        f'fill="{ORANGE}" stroke="{INK}" stroke-width="5" stroke-linejoin="round"/></g>'
    )


def gesture_card(s: Scene, words: str, y: float, angle: float) -> Box:
    """A card of text with a double arrow on its left."""
    h = 190
    box = s.rect(SIDE_X, y, SIDE_W, h, WHITE, r=28, stroke=INK, width=6)
    double_arrow(s, SIDE_X + 80, y + h / 2, angle, 130, 26)
    s.paragraph(SIDE_X + 170, y + 80, words, SIDE_W - 190, 42, INK, bold=True)
    return box


def back_symbol(s: Scene, cx: float, cy: float, size: float, color: str = INK) -> None:
    half = size / 2
    s.path(
        f"M {cx + half * 0.6} {cy - half} L {cx - half * 0.8} {cy} L {cx + half * 0.6} "
        f"{cy + half} Z",
        stroke=color,
        width=7,
    )


def home_symbol(s: Scene, cx: float, cy: float, size: float, color: str = INK) -> None:
    s.circle(cx, cy, size / 2, "none", stroke=color, width=7)


def quick_tile(s: Scene, label: str, x: float, y: float, glyph: str, *, on: bool) -> Box:
    """A tile of the quick settings: dark blue with white marks when on, white when off."""
    w, h = 210, 180
    fill, ink = (BLUE, WHITE) if on else (WHITE, INK)
    box = s.rect(x, y, w, h, fill, r=30, stroke=BLUE if on else MUTED, width=5)
    lines = label.split("\n")
    s.icon(glyph, x + w / 2, y + (60 if len(lines) == 1 else 50), 60, ink)
    base = y + 140 if len(lines) == 1 else y + 118
    for index, line in enumerate(lines):
        s.text(x + w / 2, base + index * 42, line, 38, ink, bold=True, anchor="middle")
    return box


def quick_settings(s: Scene, *, wifi_on: bool, data_on: bool = False) -> dict[str, Box]:
    """The quick settings panel pulled down over the dimmed home screen."""
    s.phone(DIM)
    s.rect(SCREEN_X, SCREEN_Y, SCREEN_W, 560, WHITE, r=22)
    s.text(SCREEN_X + 30, SCREEN_Y + 58, s.t("Cài đặt nhanh", "Quick settings"), 38, INK, bold=True)
    boxes = {
        "wifi": quick_tile(s, "Wi-Fi", 134, 180, "wifi", on=wifi_on),
        "data": quick_tile(
            s, s.t("Dữ liệu\ndi động", "Mobile\ndata"), 376, 180, "signal", on=data_on
        ),
        "sound": quick_tile(s, s.t("Âm thanh", "Sound"), 134, 414, "bell", on=True),
    }
    s.rect(376, 414, 210, 180, GREY, r=30)
    s.rect(310, 622, 100, 12, GREY, r=6)
    for index in range(2):
        s.rect(170 + index * 240, 690, 140, 100, "#7a7a7a", r=30)
    return boxes


def switch(s: Scene, x: float, y: float, *, on: bool) -> Box:
    box = s.rect(x, y, 104, 58, GREEN if on else GREY, r=29)
    s.circle(x + 75 if on else x + 29, y + 29, 22, WHITE)
    return box


def store_bar(s: Scene) -> None:
    s.app_bar("CH Play" if s.lang == "vi" else "Play Store", GREEN)


# -- the steps ------------------------------------------------------------------------------


def tap(s: Scene) -> None:
    boxes = home_screen(s)
    clock = boxes["clock"]
    s.hand(clock.cx, clock.cy - 10)
    s.card(
        s.t("Chạm nhẹ rồi nhấc tay lên", "Touch lightly, then lift"),
        200,
        icon="check",
        color=GREEN,
        size=40,
    )
    s.card(
        s.t("Đừng ấn mạnh, đừng giữ lâu", "Don't press hard or hold"),
        450,
        icon="no",
        color=RED,
        size=40,
    )


def swipe(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Tin tức", "News"), BLUE)
    for index in range(5):
        y = 250 + index * 105
        s.rect(144, y, 130, 80, GREY, r=12)
        s.rect(294, y + 8, 280, 22, GREY, r=8)
        s.rect(294, y + 48, 200, 22, GREY, r=8)
    for index in range(3):
        s.circle(320 + index * 40, 785, 10, INK if index == 0 else GREY)
    double_arrow(s, 360, 450, 90, 360, 44)
    double_arrow(s, 360, 735, 0, 320, 34)
    gesture_card(s, s.t("Lên, xuống: xem thêm", "Up, down: see more"), 160, 90)
    gesture_card(s, s.t("Trái, phải: sang trang", "Left, right: next page"), 440, 0)


def back_home(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Tin nhắn", "Messages"), BLUE)
    for index in range(4):
        s.row(
            s.t("Tin nhắn", "Message") + f" {index + 1}",
            212 + index * 110,
            icon="chat",
            chevron=False,
        )
    s.rect(SCREEN_X, 700, SCREEN_W, 108, "#eeeeee", r=22)
    back_symbol(s, 210, 754, 44)
    home_symbol(s, 360, 754, 50)
    s.rect(488, 732, 44, 44, "none", r=6, stroke=INK, width=7)
    s.ring(Box(170, 714, 80, 80))
    s.ring(Box(320, 714, 80, 80))
    for y, label, draw in (
        (150, s.t("Quay lại: về màn hình trước", "Back: to the screen before"), back_symbol),
        (420, s.t("Home: về màn hình chính", "Home: to the home screen"), home_symbol),
    ):
        s.rect(SIDE_X, y, SIDE_W, 220, WHITE, r=28, stroke=INK, width=6)
        s.circle(SIDE_X + 80, y + 110, 52, "#eeeeee")
        draw(s, SIDE_X + 80, y + 110, 50, INK)
        s.paragraph(SIDE_X + 160, y + 92, label, SIDE_W - 180, 42, INK, bold=True)
    s.paragraph(
        SIDE_X, 720, s.t("Không có nút? Vuốt.", "No buttons? Swipe."), SIDE_W, 42, BLUE, bold=True
    )


def open_quick(s: Scene) -> None:
    home_screen(s)
    s.rect(SCREEN_X, SCREEN_Y, SCREEN_W, 34, ORANGE, r=14)
    s.rect(SCREEN_X + 40, SCREEN_Y + 8, SCREEN_W - 80, 10, WHITE, r=5)
    s.arrow(360, 560, 90, 420)
    s.card(
        s.t("Vuốt từ mép trên xuống", "Swipe down from the top edge"), 180, icon="touch", color=BLUE
    )
    s.card(
        s.t("iPhone: vuốt từ góc trên bên phải", "iPhone: swipe down from the top right corner"),
        440,
        icon="phone",
        color=INK,
    )


def wifi_on(s: Scene) -> None:
    boxes = quick_settings(s, wifi_on=False)
    s.target(boxes["wifi"])
    s.card(s.t("Chạm ô Wi-Fi để bật", "Touch Wi-Fi to turn it on"), 180, icon="wifi", color=BLUE)
    s.rect(SIDE_X, 440, SIDE_W, 230, WHITE, r=28, stroke=INK, width=6)
    s.rect(SIDE_X + 30, 470, 74, 74, BLUE, r=16)
    s.text(SIDE_X + 130, 522, s.t("Xanh đậm: bật", "Dark blue: on"), 42, INK, bold=True)
    s.rect(SIDE_X + 30, 570, 74, 74, WHITE, r=16, stroke=MUTED, width=5)
    s.text(SIDE_X + 130, 622, s.t("Trắng: tắt", "White: off"), 42, INK, bold=True)


def home_network(s: Scene) -> None:
    s.phone()
    s.app_bar("Wi-Fi", BLUE, back=True)
    s.text(SCREEN_X + 30, 280, "Wi-Fi", 44, INK, bold=True)
    switch(s, 470, 238, on=True)
    s.line(SCREEN_X + 20, 320, SCREEN_X + SCREEN_W - 20, 320, GREY, 3)
    rows = [
        s.row("Nha Lan", 350, icon="wifi"),
        s.row("Cafe Hong", 470, icon="wifi"),
        s.row("Tap hoa 86", 590, icon="wifi"),
    ]
    s.ring(rows[0], pad=6, round_=20)
    s.card(
        s.t(
            "Tên mạng và mật khẩu: xem nhãn dán dưới cục phát Wi-Fi",
            "Name and password: on the label under the Wi-Fi box",
        ),
        150,
        icon="wifi",
        color=BLUE,
        size=40,
    )
    s.card(
        s.t("Gõ mật khẩu một lần, máy tự nhớ", "Type the password once: the phone remembers it"),
        500,
        icon="key",
        color=GREEN,
        size=40,
    )


def mobile_data(s: Scene) -> None:
    boxes = quick_settings(s, wifi_on=True)
    s.ring(boxes["data"], round_=36)
    s.card(
        s.t("Ra ngoài, không có Wi-Fi: bật 4G, 5G", "Out, with no Wi-Fi: turn on 4G, 5G"),
        150,
        icon="signal",
        color=BLUE,
        size=40,
    )
    s.card(
        s.t("Dùng tiền trong gói cước của SIM", "It uses the money of your SIM's data plan"),
        470,
        icon="money",
        color=RED,
        size=40,
    )


def open_store(s: Scene) -> None:
    boxes = home_screen(s)
    s.target(boxes["store"])
    s.card(s.t("Android: CH Play", "Android: Play Store"), 200, icon="store", color=GREEN)
    s.card(s.t("iPhone: App Store", "iPhone: App Store"), 400, icon="store", color=BLUE)


def install(s: Scene) -> None:
    s.phone()
    store_bar(s)
    s.field(s.t("Tìm kiếm", "Search"), 228, "VNeID")
    vneid_mark(s, 140, 356, 110)
    s.text(272, 420, "VNeID", 50, INK, bold=True)
    s.paragraph(140, 518, "Trung tâm dữ liệu quốc gia về dân cư", 440, 36, GREEN, bold=True)
    s.target(s.button(s.t("Cài đặt", "Install"), 640))
    s.card(
        s.t("1. Gõ tên ứng dụng", "1. Type the app's name"), 110, icon="search", color=BLUE, size=40
    )
    s.card(
        s.t("2. Xem tên nơi làm ra ứng dụng", "2. Check who made the app"),
        300,
        icon="eye",
        color=GREEN,
        size=40,
    )
    s.card(
        s.t("3. Chạm Cài đặt (iPhone: Nhận)", "3. Touch Install (iPhone: Get)"),
        540,
        icon="touch",
        color=INK,
        size=40,
    )


def well_done(s: Scene) -> None:
    s.person(330, 860, 500, shirt=GREEN, hair="#2e2e2e")
    s.person(760, 860, 460)
    s.bubble(
        s.t("Bác cứ hỏi, cháu chỉ lại ạ!", "Just ask, I'll show you again!"), 40, 60, 500, size=42
    )
    s.card(
        s.t(
            "Chạm, vuốt, quay lại, Wi-Fi, cài ứng dụng", "Touch, swipe, back, Wi-Fi, install an app"
        ),
        110,
        x=620,
        w=540,
        icon="check",
        color=GREEN,
        size=40,
    )


LESSON = LessonSource(
    folder="01-smartphone-basics",
    id="smartphone-basics",
    topic="phone",
    title=T("Dùng điện thoại thông minh", "Using a smartphone"),
    summary=T(
        "Dùng điện thoại thông minh: chạm, vuốt, quay lại, bật Wi-Fi và 4G/5G, cài một ứng "
        "dụng từ cửa hàng.",
        "Using a smartphone: touch, swipe, go back, turn on Wi-Fi and 4G/5G, install an app "
        "from the store.",
    ),
    icon=icon,
    channels=("binhdanhocvuso",),
    pronunciations={"vi": {"Home": "hôm"}},
    notes=T(
        "Bài nền cho mọi bài khác: chạm, vuốt, quay lại, bật Wi-Fi và 4G/5G, cài ứng dụng. Nhờ bà "
        "con để sẵn điện thoại của mình trên tay; nếu nhà văn hóa có Wi-Fi, viết tên mạng và mật "
        "khẩu lên bảng cho bước 6. Máy Android và iPhone khác nhau ở vài bước: đầu buổi hỏi xem ai "
        "dùng iPhone.",
        "The base for every other lesson: touch, swipe, go back, Wi-Fi and 4G/5G, installing an "
        "app. Ask everyone to have their own phone in hand; if the hall has Wi-Fi, write its name "
        "and password on the board for step 6. Android phones and iPhones differ in a few steps: "
        "ask at the start who has an iPhone.",
    ),
    steps=(
        StepSource(
            T(
                "Bác chạm nhẹ một cái vào biểu tượng, rồi nhấc tay lên. Không cần ấn mạnh, "
                "không giữ lâu.",
                "Touch the icon lightly once, then lift your finger. No need to press hard or "
                "hold.",
            ),
            tap,
            say=T(
                "Bác chạm nhẹ một cái vào biểu tượng, rồi nhấc ngón tay lên ngay. Bác không cần "
                "ấn mạnh, và đừng giữ lâu, vì giữ lâu thì máy sẽ hiện thêm lựa chọn khác.",
                "Touch the icon lightly, once, and lift your finger straight away. There is no "
                "need to press hard, and do not hold, because holding makes the phone show "
                "other choices.",
            ),
            notes=T(
                "Cầm máy lên cho cả lớp xem: chạm nhẹ một cái rồi nhấc ngón tay lên ngay. Nhiều "
                "bác ấn mạnh hoặc giữ lâu, máy hiện thêm lựa chọn khác: cho bác ấy thử lại bằng "
                "một cái chạm thật nhẹ.",
                "Hold up a phone for the room: one light touch, then lift the finger at once. Many "
                "residents press hard or hold, and the phone shows extra options: let them try "
                "again with one light touch.",
            ),
        ),
        StepSource(
            T(
                "Bác vuốt lên, xuống để xem thêm. Bác vuốt sang trái, sang phải để đổi trang.",
                "Swipe up and down to see more. Swipe left and right to change pages.",
            ),
            swipe,
            say=T(
                "Bác đặt ngón tay lên màn hình rồi kéo lên hoặc kéo xuống, để xem thêm phần bên"
                " dưới hay bên trên. Bác kéo ngang sang trái hoặc sang phải, để sang trang "
                "khác.",
                "Put your finger on the screen and slide it up or down to see more of the "
                "page. Slide it left or right to go to another page.",
            ),
            notes=T(
                "Cho cả lớp cùng vuốt lên, xuống trên một trang, rồi vuốt ngang để đổi trang. Hay "
                "gặp: vuốt quá nhanh, hoặc nhấc tay giữa chừng. Hỏi lớp: muốn xem phần bên dưới "
                "thì vuốt lên hay vuốt xuống?",
                "Have everyone swipe up and down on a page, then sideways to change pages. A "
                "common slip: swiping too fast, or lifting the finger halfway. Ask the group: to "
                "see what is further down, do you swipe up or down?",
            ),
        ),
        StepSource(
            T(
                "Nút Quay lại: về màn hình trước. Nút Home: về màn hình chính. Máy không có nút "
                "thì bác vuốt.",
                "Back: to the screen before. Home: to the home screen. No buttons? Swipe instead.",
            ),
            back_home,
            say=T(
                "Nút hình tam giác là nút Quay lại, đưa bác về màn hình trước. Nút hình tròn "
                "là nút Home, đưa bác về màn hình chính. Nếu máy không có các nút này, bác "
                "vuốt từ cạnh màn hình vào trong để quay lại, và vuốt từ dưới đáy lên để về "
                "màn hình chính.",
                "The triangle is the Back button: it takes you to the screen before. The circle "
                "is the Home button: it takes you to the home screen. If your phone has no such "
                "buttons, swipe in from the side of the screen to go back, and swipe up from "
                "the bottom to go home.",
            ),
            notes=T(
                "Nhờ bà con xem máy mình: có ba nút ở đáy màn hình, hay phải vuốt. Nhiều bác nhầm "
                "nút Quay lại (hình tam giác) với nút Home (hình tròn). Hỏi lớp: muốn về màn hình "
                "chính thì chạm nút nào?",
                "Ask everyone to look at their own phone: three buttons at the bottom, or swipes? "
                "Many mix up Back (the triangle) and Home (the circle). Ask the group: which one "
                "takes you to the home screen?",
            ),
        ),
        StepSource(
            T(
                "Bác vuốt từ mép trên xuống để mở Cài đặt nhanh. Trên iPhone, bác vuốt từ góc "
                "trên bên phải.",
                "Swipe down from the top edge to open Quick settings. On an iPhone, swipe from "
                "the top right corner.",
            ),
            open_quick,
            say=T(
                "Bác đặt ngón tay ở sát mép trên của màn hình, rồi kéo xuống, để mở bảng cài "
                "đặt nhanh. Trên iPhone, bác kéo xuống từ góc trên bên phải, còn iPhone có nút "
                "Home tròn ở dưới thì bác vuốt từ đáy màn hình lên.",
                "Put your finger at the very top edge of the screen and slide it down, to open "
                "the quick settings. On an iPhone, slide down from the top right corner, but on "
                "an iPhone with a round Home button, slide up from the bottom of the screen.",
            ),
            notes=T(
                "Cầm máy lên, vuốt chậm từ sát mép trên xuống cho cả lớp xem. Nhiều bác bắt đầu "
                "vuốt từ giữa màn hình nên không mở được: ngón tay phải đặt sát mép. Người dùng "
                "iPhone vuốt từ góc trên bên phải.",
                "Hold up a phone and swipe slowly down from the very top edge. Many start the "
                "swipe in the middle of the screen and nothing opens: the finger must start at the "
                "edge. iPhone users swipe from the top right corner.",
            ),
        ),
        StepSource(
            T(
                "Bác chạm ô Wi-Fi để bật. Ô xanh đậm là đã bật.",
                "Touch the Wi-Fi tile to turn it on. Dark blue means on.",
            ),
            wifi_on,
            say=T(
                "Ở nhà có Wi-Fi, bác chạm vào ô Wi-Fi để bật. Ô đổi sang màu xanh đậm là đã "
                "bật rồi. Trên vài máy, ô này có tên là Internet.",
                "At home, where there is Wi-Fi, touch the Wi-Fi tile to turn it on. When the "
                "tile turns dark blue, it is on. On some phones, this tile is called Internet.",
            ),
            practice=T("Bác hãy chạm vào ô Wi-Fi.", "Please touch the Wi-Fi tile."),
            notes=T(
                "Đi một vòng xem máy bà con: ô Wi-Fi đổi sang xanh đậm là đã bật. Có máy gọi ô "
                "này là Internet. Hỏi lớp: làm sao biết Wi-Fi đã bật?",
                "Walk round and look at the phones: a dark blue Wi-Fi tile means it is on. On some "
                "phones the tile is called Internet. Ask the group: how can you tell Wi-Fi is on?",
            ),
        ),
        StepSource(
            T(
                "Lần đầu, bác vào Cài đặt, chạm vào Wi-Fi, chọn tên mạng nhà mình. Bác gõ mật "
                "khẩu một lần, máy sẽ tự nhớ.",
                "The first time: open Settings, touch Wi-Fi, and choose your home network. "
                "Type its password once: the phone remembers it.",
            ),
            home_network,
            say=T(
                "Lần đầu dùng Wi-Fi ở nhà, bác vào Cài đặt, chạm Wi-Fi, rồi chạm vào tên mạng "
                "nhà mình. Bác gõ mật khẩu một lần thôi, máy sẽ tự nhớ, thường tên mạng và "
                "mật khẩu được ghi trên nhãn dán dưới cục phát Wi-Fi.",
                "The first time you use your home Wi-Fi, open Settings, touch Wi-Fi, and touch "
                "the name of your home network. Type the password just once and the phone "
                "remembers it. The name and the password are often on a label under the Wi-Fi "
                "box.",
            ),
            notes=T(
                "Nếu nhà văn hóa có Wi-Fi, cho cả lớp cùng kết nối theo tên mạng và mật khẩu trên "
                "bảng. Nhắc bà con: ở nhà, tên mạng và mật khẩu thường ghi trên nhãn dán dưới cục "
                "phát Wi-Fi; chỉ gõ một lần, máy tự nhớ.",
                "If the hall has Wi-Fi, have the whole class join it with the name and password on "
                "the board. Remind them: at home, the name and password are usually on the sticker "
                "under the Wi-Fi box; they type it once and the phone remembers.",
            ),
        ),
        StepSource(
            T(
                "Ra ngoài không có Wi-Fi, bác bật ô Dữ liệu di động để dùng 4G, 5G. Cách này "
                "dùng tiền trong gói cước của SIM.",
                "Out of the house, with no Wi-Fi, turn on Mobile data to use 4G or 5G. This "
                "uses the money of your SIM's data plan.",
            ),
            mobile_data,
            say=T(
                "Khi ra ngoài, không có Wi-Fi, bác chạm ô Dữ liệu di động để dùng mạng 4G "
                "hoặc 5G. Cách này tốn tiền trong gói cước của SIM, nên về nhà bác dùng Wi-Fi "
                "cho đỡ tốn.",
                "When you are out and there is no Wi-Fi, touch Mobile data to use 4G or 5G. "
                "This uses money from your SIM's data plan, so at home use Wi-Fi to save it.",
            ),
            notes=T(
                "Nói rõ sự khác nhau: Wi-Fi ở nhà không tốn gói cước, còn Dữ liệu di động (4G, 5G) "
                "dùng tiền trong gói cước của SIM. Hỏi lớp: ra chợ không có Wi-Fi thì bật ô nào?",
                "Make the difference clear: home Wi-Fi does not use the SIM's data plan, Mobile "
                "data (4G, 5G) does. Ask the group: at the market, with no Wi-Fi, which tile do "
                "you turn on?",
            ),
        ),
        StepSource(
            T(
                "Để cài ứng dụng, bác mở cửa hàng: CH Play trên máy Android, App Store trên "
                "iPhone.",
                "To install an app, open the store: Play Store on Android, App Store on iPhone.",
            ),
            open_store,
            say=T(
                "Muốn cài một ứng dụng, bác mở cửa hàng ứng dụng. Trên máy Android là Xê Hát "
                "Play, trên iPhone là App Store.",
                "To install an app, open the app store. On an Android phone it is Play Store, "
                "and on an iPhone it is App Store.",
            ),
            practice=T("Bác hãy chạm vào biểu tượng CH Play.", "Please touch the Play Store icon."),
            notes=T(
                "Cho bà con tìm cửa hàng ứng dụng trên máy mình: CH Play trên máy Android, App "
                "Store trên iPhone. Có bác không biết máy mình là loại nào: máy có App Store là "
                "iPhone.",
                "Have everyone find the store on their own phone: Play Store on Android, App Store "
                "on iPhone. Some do not know which kind of phone they have: if it has the App "
                "Store, it is an iPhone.",
            ),
        ),
        StepSource(
            T(
                "Bác gõ tên ứng dụng vào ô Tìm kiếm. Bác xem đúng tên nơi làm ra ứng dụng, rồi "
                "chạm Cài đặt.",
                "Type the app's name in the Search box. Check the name of who made it, then "
                "touch Install.",
            ),
            install,
            say=T(
                "Bác chạm vào ô Tìm kiếm và gõ tên ứng dụng. Bác xem dòng chữ dưới tên, phải "
                "đúng là cơ quan làm ra ứng dụng, rồi bác chạm nút Cài đặt, trên iPhone là "
                "nút Nhận.",
                "Touch the Search box and type the app's name. Check the line under the name: "
                "it must be the office that really made the app. Then touch Install, or Get "
                "on an iPhone.",
            ),
            practice=T("Bác hãy chạm vào nút Cài đặt.", "Please touch the Install button."),
            notes=T(
                "Chỉ lên màn hình lớn dòng chữ dưới tên ứng dụng: đó là nơi làm ra ứng dụng, phải "
                "xem trước khi cài. Nhiều bác chạm Cài đặt ngay ở kết quả đầu tiên. Hỏi lớp: trên "
                "iPhone, nút Cài đặt có chữ gì? (Nhận.)",
                "Point on the big screen to the line under the app's name: who made the app, to "
                "check before installing. Many touch Install on the first result straight away. "
                "Ask the group: what does the Install button say on an iPhone? (Get.)",
            ),
        ),
        StepSource(
            T(
                "Bác đã biết chạm, vuốt, quay lại, bật Wi-Fi và cài ứng dụng. Cần giúp, bác cứ "
                "hỏi tình nguyện viên ở nhà văn hóa.",
                "You can now touch, swipe, go back, turn on Wi-Fi and install an app. For help, "
                "ask a volunteer at the cultural house.",
            ),
            well_done,
            say=T(
                "Bác đã biết chạm, vuốt, quay lại, bật Wi-Fi và cài ứng dụng. Khi cần giúp, bác"
                " cứ hỏi tình nguyện viên ở nhà văn hóa. Cảm ơn bác đã học bài này ạ.",
                "You can now touch, swipe, go back, turn on Wi-Fi and install an app. When you "
                "need help, ask a volunteer at the cultural house. Well done!",
            ),
            notes=T(
                "Hỏi lại cả lớp năm việc vừa học: chạm, vuốt, quay lại, bật Wi-Fi, cài ứng dụng; "
                "ai còn lúng túng việc nào thì ghi tên để giúp riêng sau buổi học. Nhắc bà con: "
                "cần giúp thì hỏi tình nguyện viên ở nhà văn hóa.",
                "Go over the five skills with the group: touch, swipe, go back, Wi-Fi, installing "
                "an app; note who still struggles with one, to help them after class. Remind them "
                "the cultural house's volunteers can help.",
            ),
        ),
    ),
)
