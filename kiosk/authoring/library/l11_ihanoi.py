"""Lesson 11: iHanoi, the city's app: install it, log in with VNeID, send a report of a problem
in the street, follow the city's answer, and receive the city's news."""

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
)
from kiosk.authoring.scenes import dialog, help_ending, real_or_fake, store_bar
from kiosk.authoring.svg import Box, Scene


def ihanoi_mark(s: Scene, x: float, y: float, size: float) -> Box:
    """Our own sign for iHanoi: a red rounded square with the letters iH (not the real logo)."""
    return s.app_icon(x, y, "iH", RED, size=size)


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["red"], r=40)
    ihanoi_mark(s, 25, 25, 150)


def pin(s: Scene, cx: float, cy: float, size: float, color: str = RED) -> None:
    """A map pin whose point is at (cx, cy + size / 2)."""
    r = size * 0.3
    top = cy - size / 2 + r
    s.path(
        f"M {cx} {cy + size / 2} C {cx - r * 0.4} {cy + size * 0.1} {cx - r} {top + r * 0.6} "
        f"{cx - r} {top} C {cx - r} {top - r * 1.35} {cx + r} {top - r * 1.35} {cx + r} {top} "
        f"C {cx + r} {top + r * 0.6} {cx + r * 0.4} {cy + size * 0.1} {cx} {cy + size / 2} Z",
        fill=color,
        stroke=color,
        width=4,
    )
    s.circle(cx, top, r * 0.42, WHITE)


def street_light(s: Scene, x: float, bottom: float, height: float) -> None:
    """A broken street light seen from the side: a pole, an arm, a cracked dark lamp, and
    bits of glass falling from it."""
    k = height / 400
    top = bottom - height
    s.rect(x - 10 * k, top, 20 * k, height, "#546e7a", r=6 * k)
    s.path(
        f"M {x} {top + 10 * k} C {x} {top - 34 * k} {x + 70 * k} {top - 34 * k} "
        f"{x + 120 * k} {top - 12 * k}",
        stroke="#546e7a",
        width=16 * k,
    )
    lamp_x, lamp_y = x + 130 * k, top - 12 * k
    s.path(
        f"M {lamp_x - 75 * k} {lamp_y} L {lamp_x + 75 * k} {lamp_y} "
        f"L {lamp_x + 48 * k} {lamp_y + 56 * k} L {lamp_x - 48 * k} {lamp_y + 56 * k} Z",
        fill="#757575",
        stroke=INK,
        width=6 * k,
    )
    s.path(
        f"M {lamp_x - 16 * k} {lamp_y + 4 * k} L {lamp_x + 10 * k} {lamp_y + 22 * k} "
        f"L {lamp_x - 10 * k} {lamp_y + 36 * k} L {lamp_x + 16 * k} {lamp_y + 54 * k}",
        stroke=WHITE,
        width=7 * k,
    )
    for dx, dy in ((-30, 90), (20, 120), (-6, 160)):
        px, py = lamp_x + dx * k, lamp_y + dy * k
        s.path(
            f"M {px} {py} L {px + 16 * k} {py + 8 * k} L {px + 4 * k} {py + 22 * k} Z",
            fill="#757575",
            stroke=INK,
            width=4 * k,
        )


def photo_thumb(s: Scene, x: float, y: float, w: float, h: float) -> Box:
    """The photo the resident took: the broken street light on a dusk sky."""
    box = s.rect(x, y, w, h, "#cfd8dc", r=14, stroke=INK, width=4)
    s.rect(x + 3, y + h * 0.72, w - 6, h * 0.28 - 3, "#90a4ae", r=10)
    street_light(s, x + w * 0.35, y + h * 0.9, h * 0.62)
    return box


def menu_item(s: Scene, label: str, y: float, glyph: str, *, h: float = 140) -> Box:
    """A big entry of the app's home: a pictogram and a label on up to two lines."""
    x, w = SCREEN_X + 30, SCREEN_W - 60
    box = s.rect(x, y, w, h, SOFT["blue"], r=26, stroke=BLUE, width=5)
    s.circle(x + 70, y + h / 2, 48, WHITE, stroke=BLUE, width=5)
    s.icon(glyph, x + 70, y + h / 2, 56, BLUE)
    lines = label.split("\n")
    size = 40
    top = y + h / 2 + size * 0.36 - (len(lines) - 1) * size * 0.62
    for index, line in enumerate(lines):
        s.text(x + 140, top + index * size * 1.24, line, size, INK, bold=True)
    return box


# -- the steps ---------------------------------------------------------------------------


def what_is(s: Scene) -> None:
    s.phone()
    for index in range(6):
        col, row = index % 2, index // 2
        if index == 1:
            continue
        s.rect(150 + col * 270, 150 + row * 230, 150, 150, GREY, r=36)
    app = ihanoi_mark(s, 420, 150, 150)
    s.text(495, 366, "iHanoi", 36, INK, bold=True, anchor="middle")
    s.ring(app, round_=44)
    s.arrow(app.right + 30, app.cy, 180)
    s.building(760, 260, 380, label=s.t("Hà Nội", "Hanoi"))
    s.card(
        s.t("Ứng dụng của\nthành phố Hà Nội", "The official app\nof Hanoi city"),
        630,
        color=RED,
        size=42,
    )


def store(s: Scene) -> None:
    s.phone()
    store_bar(s)
    ihanoi_mark(s, 140, 236, 130)
    s.text(296, 300, "iHanoi", 56, INK, bold=True)
    s.text(146, 450, s.t("Thành phố Hà Nội", "Thành phố Hà Nội"), 42, GREEN, bold=True)
    s.ring(Box(134, 396, 452, 74), round_=20)
    s.button(s.t("Cài đặt", "Install"), 560)
    real_or_fake(
        s,
        s.t("Cơ quan của Hà Nội: cài", "A Hanoi authority: install"),
        s.t("Tên lạ:\nđừng cài", "Other name:\ndon't install"),
    )


def login(s: Scene) -> None:
    s.phone()
    ihanoi_mark(s, 305, 118, 110)
    s.text(360, 300, s.t("Đăng nhập", "Log in"), 50, INK, bold=True, anchor="middle")
    s.target(
        s.button(
            s.t("Đăng nhập\nbằng VNeID", "Log in\nwith VNeID"),
            334,
            RED,
            size=42,
            h=140,
            x=SCREEN_X + 16,
            w=SCREEN_W - 32,
        )
    )
    s.text(360, 520, s.t("hoặc", "or"), 36, MUTED, anchor="middle")
    s.field(s.t("Số điện thoại", "Phone number"), 550)
    s.button(s.t("Đăng nhập", "Log in"), 680, BLUE, outline=True, h=100, size=40)
    s.card(
        s.t("Dùng tài khoản\nVNeID của bác", "Use your\nVNeID account"),
        250,
        icon="shield",
        color=RED,
    )
    s.card(
        s.t("Máy mở VNeID để bác đồng ý", "VNeID opens so you can agree"),
        480,
        icon="phone",
        color=BLUE,
    )


def home(s: Scene) -> None:
    s.phone()
    s.app_bar("iHanoi", RED)
    s.target(menu_item(s, s.t("Phản ánh\nhiện trường", "Report\na problem"), 250, "camera"))
    menu_item(s, s.t("Tin tức", "News"), 430, "document")
    menu_item(s, s.t("Thông báo", "Notices"), 610, "bell")
    s.card(
        s.t("Thấy chỗ hỏng? Báo cho thành phố", "See a problem? Tell the city"),
        300,
        icon="camera",
        color=BLUE,
    )


def photo(s: Scene) -> None:
    s.phone("#263238")
    view = Box(SCREEN_X + 20, SCREEN_Y + 40, SCREEN_W - 40, 520)
    s.rect(view.x, view.y, view.width, view.height, "#cfd8dc", r=16)
    s.rect(view.x, view.y + 380, view.width, 140, "#90a4ae", r=16)
    street_light(s, 250, view.y + 470, 360)
    for cx, cy in (
        (view.x + 20, view.y + 20),
        (view.right - 20, view.y + 20),
        (view.x + 20, view.bottom - 20),
        (view.right - 20, view.bottom - 20),
    ):
        dx = 40 if cx < 360 else -40
        dy = 40 if cy < 400 else -40
        s.path(f"M {cx} {cy + dy} L {cx} {cy} L {cx + dx} {cy}", stroke=WHITE, width=7)
    shutter = s.circle(360, 706, 62, WHITE, stroke=GREY, width=10)
    s.ring(shutter)
    s.hand_at(shutter)
    s.card(
        s.t("Chụp rõ\nchỗ bị hỏng", "Take a clear photo of the problem"),
        200,
        icon="camera",
        color=BLUE,
    )
    s.card(
        s.t(
            "Ví dụ: đèn đường hỏng, rác, đường hư",
            "For example: a broken street light, rubbish, a damaged road",
        ),
        430,
        color=INK,
        size=40,
        bold=False,
    )


def form_top(s: Scene, description: str) -> tuple[Box, Box]:
    """The report form: the photo, the description, and the place the phone found."""
    s.app_bar(s.t("Phản ánh", "Report"), RED, back=True)
    photo_thumb(s, SCREEN_X + 30, 236, 200, 130)
    s.text(SCREEN_X + 250, 316, s.t("1 ảnh", "1 photo"), 38, MUTED)
    field = s.field(s.t("Nội dung", "Description"), 390, description)
    place = Box(SCREEN_X + 26, 516, SCREEN_W - 52, 84)
    s.rect(place.x, place.y, place.width, place.height, SOFT["green"], r=18)
    pin(s, place.x + 44, place.cy, 56, RED)
    s.text(place.x + 90, place.cy + 14, s.t("Vị trí của bác", "Your location"), 38, INK)
    return field, place


def describe(s: Scene) -> None:
    s.phone()
    field, place = form_top(s, s.t("Đèn đường bị hỏng", "Street light broken"))
    s.ring(field, round_=24)
    s.keyboard(630)
    s.card(
        s.t("Viết ngắn: hỏng cái gì", "Write a few words: what is wrong"),
        200,
        icon="pen",
        color=BLUE,
    )
    s.card(
        s.t("Vị trí:\nmáy tự lấy", "The place: the phone finds it"), 450, icon="phone", color=GREEN
    )
    s.arrow(place.right + 40, place.cy, 180)


def send(s: Scene) -> None:
    s.phone()
    form_top(s, s.t("Đèn đường bị hỏng", "Street light broken"))
    s.target(s.button(s.t("Gửi", "Send"), 650, GREEN))
    s.card(
        s.t("Xem lại ảnh và chữ, rồi chạm Gửi", "Check the photo and words, then touch Send"),
        300,
        icon="check",
        color=GREEN,
    )


def follow(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Phản ánh của tôi", "My reports"), RED, back=True)
    photo_thumb(s, SCREEN_X + 30, 240, 150, 110)
    s.text(SCREEN_X + 200, 282, s.t("Đèn hỏng", "Broken light"), 38, INK, bold=True)
    s.rect(SCREEN_X + 200, 300, 230, 62, SOFT["green"], r=31, stroke=GREEN, width=4)
    s.text(SCREEN_X + 315, 344, s.t("Đã xử lý", "Done"), 38, GREEN, bold=True, anchor="middle")
    answer = s.rect(
        SCREEN_X + 30, 400, SCREEN_W - 60, 250, SOFT["blue"], r=22, stroke=BLUE, width=4
    )
    s.text(answer.x + 24, answer.y + 54, s.t("Trả lời:", "Answer:"), 36, BLUE, bold=True)
    s.paragraph(
        answer.x + 24,
        answer.y + 112,
        s.t("Đã thay bóng đèn mới. Cảm ơn bác.", "The lamp has been replaced. Thank you."),
        answer.width - 48,
        38,
        INK,
    )
    s.ring(answer, round_=30)
    s.card(
        s.t("Thành phố trả lời ngay trong ứng dụng", "The city answers in the app"),
        220,
        icon="chat",
        color=BLUE,
    )
    s.card(
        s.t("Chưa xong: chờ thêm vài ngày", "Not done yet: wait a few days"),
        470,
        icon="clock",
        color=INK,
    )


def news(s: Scene) -> None:
    yes = dialog(
        s,
        "bell",
        s.t("iHanoi muốn gửi thông báo cho bạn", "iHanoi wants to send you notifications"),
        s.t("Cho phép", "Allow"),
        s.t("Không cho phép", "Don't allow"),
    )
    s.target(yes)
    s.card(
        s.t("Nhận tin tức và thông báo của thành phố", "Get the city's news and notices"),
        300,
        icon="bell",
        color=BLUE,
    )


LESSON = LessonSource(
    folder="11-ihanoi",
    id="ihanoi",
    topic="apps",
    title=T(
        "iHanoi: gửi phản ánh, nhận tin",
        "iHanoi: report a problem, get news",
    ),
    summary=T(
        "Cài iHanoi, đăng nhập bằng VNeID, gửi phản ánh có ảnh và nhận tin của thành phố.",
        "Install iHanoi, log in with VNeID, report a problem with a photo, and get the "
        "city's news.",
    ),
    icon=icon,
    channels=("hanoi-portal",),
    notes=T(
        "iHanoi là ứng dụng của thành phố Hà Nội: bài này hợp với lớp ở Hà Nội. Bà con cần tài "
        "khoản VNeID để đăng nhập. Gợi ý cả lớp nghĩ trước một chỗ hư hỏng gần nhà văn hóa để làm "
        "ví dụ phản ánh.",
        "iHanoi is Hanoi city's app: this lesson suits classes in Hanoi. Residents need a VNeID "
        "account to log in. Ask the class to think of a problem near the cultural house to use as "
        "the example report.",
    ),
    steps=(
        StepSource(
            T(
                "iHanoi là ứng dụng chính thức của thành phố Hà Nội. Bác dùng nó để báo chỗ "
                "hỏng và nhận tin của thành phố.",
                "iHanoi is the official app of Hanoi city. Use it to report problems and to "
                "get the city's news.",
            ),
            what_is,
            say=T(
                "iHanoi là ứng dụng chính thức của chính quyền thành phố Hà Nội. Bác dùng nó "
                "để báo cho thành phố những chỗ hư hỏng, và để nhận tin tức của thành phố.",
                "iHanoi is the official app of the Hanoi city government. You can use it to "
                "tell the city about problems in the street, and to get the city's news.",
            ),
            notes=T(
                "Hỏi lớp: gần nhà mình có chỗ nào hỏng, như đèn đường, rác, đường hư? Giải thích: "
                "iHanoi là ứng dụng chính thức để báo cho thành phố và nhận tin của thành phố.",
                "Ask the group: is there a broken street light, rubbish or a damaged road near "
                "home? Explain: iHanoi is the official app for telling the city and getting its "
                "news.",
            ),
        ),
        StepSource(
            T(
                "Bác tìm iHanoi trong CH Play hoặc App Store. Dòng dưới tên phải là cơ quan của"
                " thành phố Hà Nội. Rồi bác chạm Cài đặt.",
                "Search for iHanoi in the Play Store or the App Store. The line under the "
                "name must be an authority of Hanoi city. Then touch Install.",
            ),
            store,
            say=T(
                "Bác mở Xê Hát Play hoặc App Store, và tìm chữ iHanoi. Bác xem dòng chữ dưới "
                "tên: phải là một cơ quan của thành phố Hà Nội, tên khác là ứng dụng giả. "
                "Đúng rồi thì bác chạm Cài đặt.",
                "Open the Play Store or the App Store, and search for iHanoi. Look at the line "
                "under the name: it must be an authority of Hanoi city, any other name is a "
                "fake app. If it is right, touch Install.",
            ),
            notes=T(
                "Chỉ lên màn hình lớn dòng dưới tên: phải là một cơ quan của thành phố Hà Nội. "
                "Nhắc người dùng iPhone: nút cài có chữ Nhận.",
                "Point on the big screen to the line under the name: it must be an authority of "
                "Hanoi city. Remind iPhone users: the install button says Get.",
            ),
        ),
        StepSource(
            T(
                "Bác mở iHanoi, chạm Đăng nhập bằng VNeID. Máy chuyển sang VNeID, bác làm theo "
                "để đồng ý.",
                "Open iHanoi and touch Log in with VNeID. The phone switches to VNeID: follow "
                "it to agree.",
            ),
            login,
            say=T(
                "Bác mở iHanoi, rồi chạm vào nút Đăng nhập bằng VNeID. Máy sẽ chuyển sang "
                "ứng dụng VNeID, bác làm theo hướng dẫn để đồng ý.",
                "Open iHanoi, and touch the button Log in with VNeID. The phone switches to "
                "the VNeID app: follow what it says to agree.",
            ),
            practice=T(
                "Bác hãy chạm vào nút Đăng nhập bằng VNeID.", "Please touch Log in with VNeID."
            ),
            notes=T(
                "Giải thích: máy sẽ chuyển sang ứng dụng VNeID để bác đồng ý, đó là bình thường; "
                "nhiều bác lo khi thấy màn hình đổi. Ai chưa có tài khoản VNeID thì xem trên màn "
                "hình lớn.",
                "Explain: the phone switches to the VNeID app to agree, and that is normal, though "
                "many worry when the screen changes. Those without a VNeID account follow on the "
                "big screen.",
            ),
        ),
        StepSource(
            T(
                "Thấy đèn hỏng, rác, đường hư? Bác chạm Phản ánh hiện trường.",
                "See a broken light, rubbish, a damaged road? Touch Report a problem "
                "(Phản ánh hiện trường).",
            ),
            home,
            say=T(
                "Khi thấy đèn đường hỏng, rác thải, hay đường bị hư, bác báo cho thành phố "
                "qua iHanoi. Bác chạm vào mục Phản ánh hiện trường.",
                "When you see a broken street light, rubbish, or a damaged road, tell the city "
                "through iHanoi. Touch Report a problem.",
            ),
            practice=T(
                "Bác hãy chạm vào mục Phản ánh hiện trường.", "Please touch Report a problem."
            ),
            notes=T(
                "Chỉ lên màn hình lớn mục Phản ánh hiện trường. Hỏi lớp: những việc gì nên phản "
                "ánh? (Đèn hỏng, rác, đường hư.)",
                "Point on the big screen to Report a problem. Ask the group: what kind of things "
                "would you report? (A broken light, rubbish, a damaged road.)",
            ),
        ),
        StepSource(
            T(
                "Bác chạm ô thêm ảnh, hướng máy vào chỗ hỏng, rồi chạm nút tròn để chụp.",
                "Touch the box to add a photo. Aim at the problem, then touch the round button.",
            ),
            photo,
            say=T(
                "Bác chạm vào ô để thêm ảnh, máy sẽ mở camera. Bác hướng máy vào chỗ bị hỏng "
                "cho rõ, rồi chạm vào nút tròn để chụp.",
                "Touch the box to add a photo, and the camera opens. Point the phone at the "
                "problem so it is clear, then touch the round button to take the photo.",
            ),
            notes=T(
                "Cho cả lớp tập chụp một đồ vật trong phòng: hướng máy cho rõ rồi chạm nút tròn. "
                "Nhiều bác rung tay làm ảnh mờ: giữ máy bằng hai tay.",
                "Let everyone practise photographing something in the room: aim clearly, then "
                "touch the round button. Shaky hands blur many photos: hold the phone with both "
                "hands.",
            ),
        ),
        StepSource(
            T(
                "Bác viết vài chữ: cái gì hỏng. Vị trí do máy tự lấy, bác xem có đúng không. "
                "Máy hỏi vị trí thì bác chạm Cho phép.",
                "Write a few words: what is wrong. The phone finds the place by itself: check "
                "it is right. If it asks for your location, touch Allow.",
            ),
            describe,
            say=T(
                "Bác viết vài chữ ngắn, nói cái gì bị hỏng. Vị trí do điện thoại tự lấy, bác "
                "xem có đúng chỗ không. Nếu máy hỏi quyền dùng vị trí, bác chạm Cho phép.",
                "Write a few short words saying what is wrong. The phone finds the place by "
                "itself: check that it is right. If it asks to use your location, touch "
                "Allow.",
            ),
            notes=T(
                "Giải thích: chỉ cần vài chữ nói cái gì hỏng; vị trí do máy tự lấy, bác xem có "
                "đúng chỗ không. Máy hỏi quyền dùng vị trí thì chạm Cho phép.",
                "Explain: a few words on what is broken are enough; the phone finds the place "
                "itself: check it is right. If it asks to use the location, touch Allow.",
            ),
        ),
        StepSource(
            T(
                "Bác xem lại ảnh và chữ, rồi chạm Gửi.",
                "Check the photo and the words, then touch Send.",
            ),
            send,
            say=T(
                "Bác xem lại ảnh và lời viết, rồi chạm vào nút Gửi.",
                "Check the photo and the words once more, then touch Send.",
            ),
            practice=T("Bác hãy chạm vào nút Gửi.", "Please touch the Send button."),
            notes=T(
                "Nhắc xem lại ảnh và lời viết trước khi chạm Gửi. Trong lớp chỉ tập trên hình; chỉ "
                "gửi phản ánh thật khi có chỗ hỏng thật.",
                "Remind them to check the photo and the words before touching Send. In class, "
                "practise on the picture; only send a real report for a real problem.",
            ),
        ),
        StepSource(
            T(
                "Cơ quan của thành phố sẽ trả lời trong ứng dụng. Bác xem ở mục phản ánh của mình.",
                "The city's office answers in the app. Look in your own reports.",
            ),
            follow,
            say=T(
                "Cơ quan của thành phố sẽ xử lý và trả lời bác ngay trong ứng dụng. Bác mở mục "
                "phản ánh của mình để xem đã xử lý chưa.",
                "The city's office deals with it and answers you in the app. Open your own "
                "reports to see whether it is done.",
            ),
            notes=T(
                "Giải thích: câu trả lời của thành phố nằm trong mục phản ánh của mình, ngay trong "
                "ứng dụng. Hỏi lớp: gửi phản ánh rồi, xem câu trả lời ở đâu?",
                "Explain: the city's answer comes in your own reports, inside the app. Ask the "
                "group: after sending a report, where do you look for the answer?",
            ),
        ),
        StepSource(
            T(
                "Ứng dụng xin gửi thông báo: bác chạm Cho phép để nhận tin tức và thông báo "
                "của thành phố.",
                "When the app asks to send notifications, touch Allow to get the city's news "
                "and notices.",
            ),
            news,
            say=T(
                "Khi ứng dụng xin gửi thông báo, bác chạm Cho phép, để nhận tin tức và thông "
                "báo của thành phố.",
                "When the app asks to send notifications, touch Allow, so you get the city's "
                "news and notices.",
            ),
            practice=T("Bác hãy chạm vào nút Cho phép.", "Please touch the Allow button."),
            notes=T(
                "Giải thích: cho phép gửi thông báo để nhận tin tức và thông báo của thành phố. "
                "Đây là ứng dụng chính thức nên chạm Cho phép.",
                "Explain: allowing notifications brings the city's news and notices. This is the "
                "official app, so touch Allow.",
            ),
        ),
        StepSource(
            T(
                "Ứng dụng có thể trông hơi khác. Cần giúp, bác cứ hỏi tình nguyện viên ở nhà "
                "văn hóa.",
                "The app may look a little different. For help, ask at the cultural house or "
                "call the commune's hotline. Well done!",
            ),
            help_ending,
            say=T(
                "Ứng dụng có thể trông hơi khác một chút, bác cứ tìm đúng tên nút. Nếu cần "
                "giúp, bác hỏi tình nguyện viên ở nhà văn hóa, hoặc gọi đường dây nóng của xã. "
                "Cảm ơn bác đã học bài này ạ.",
                "The app may look a little different: look for the button's name. If you need "
                "help, ask a volunteer at the cultural house, or call the commune's hotline. "
                "Well done!",
            ),
            notes=T(
                "Ghi tên những bác chưa đăng nhập được để giúp sau buổi học. Nhắc: ứng dụng có thể "
                "trông hơi khác, cứ tìm đúng tên nút; cần giúp thì hỏi tình nguyện viên hoặc gọi "
                "đường dây nóng của xã.",
                "Note who could not log in, to help after class. Remind them: the app may look "
                "different, so look for the button names; for help, ask a volunteer or call the "
                "commune's hotline.",
            ),
        ),
    ),
)
