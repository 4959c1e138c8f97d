"""Lesson 10: install VssID, log in, and look up the health insurance card, the years of social
insurance and the pension or benefits; where to get help."""

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
from kiosk.authoring.scenes import iphone_says_get, login_form, real_or_fake, store_bar
from kiosk.authoring.svg import Box, Scene

VALID_UNTIL = "31/12/2026"


def vssid_mark(s: Scene, x: float, y: float, size: float) -> None:
    """Our own sign for VssID: a green square with a white shield and a cross (not the real
    logo)."""
    s.rect(x, y, size, size, GREEN, r=size * 0.22)
    s.icon("badge", x + size / 2, y + size / 2, size * 0.7, WHITE)
    bar, arm = size * 0.09, size * 0.3
    s.rect(x + (size - bar) / 2, y + (size - arm) / 2, bar, arm, GREEN)
    s.rect(x + (size - arm) / 2, y + (size - bar) / 2, arm, bar, GREEN)


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["green"], r=40)
    vssid_mark(s, 20, 20, 160)


def app_listing(s: Scene, top: float = 236) -> Box:
    vssid_mark(s, 140, top, 130)
    s.text(296, top + 64, "VssID", 56, INK, bold=True)
    return s.paragraph(140, top + 194, "Bảo hiểm xã hội Việt Nam", 440, 40, GREEN, bold=True)


def tile(s: Scene, label: str, x: float, y: float, glyph: str, color: str = BLUE) -> Box:
    """A shortcut on the app's home: a pictogram above a label of up to three lines, broken
    where `label` has a "|"."""
    w, h = 206, 220
    box = s.rect(x, y, w, h, SOFT["blue"] if color == BLUE else WHITE, r=24, stroke=color, width=5)
    s.icon(glyph, x + w / 2, y + 54, 60, color)
    for index, line in enumerate(label.split("|")):
        s.text(x + w / 2, y + 128 + index * 40, line, 36, INK, bold=True, anchor="middle")
    return box


def health_card(s: Scene, x: float, y: float, w: float) -> Box:
    """A health insurance card as the app shows it: name, number, validity, a QR code."""
    h = w * 0.72
    box = s.rect(x, y, w, h, "#e3f2fd", r=22, stroke=BLUE, width=6)
    s.rect(x, y, w, 76, BLUE, r=22)
    s.rect(x, y + 52, w, 24, BLUE)
    s.text(x + 24, y + 52, s.t("THẺ BẢO HIỂM Y TẾ", "HEALTH INSURANCE"), 38, WHITE, bold=True)
    s.text(x + 24, y + 130, s.t("Nguyễn Văn An", "Nguyen Van An"), 38, INK, bold=True)
    s.rect(x + 24, y + 166, w * 0.5, 22, GREY, r=8)
    s.rect(x + 24, y + 206, w * 0.4, 22, GREY, r=8)
    s.qr(x + w - 118, y + 160, 90, seed=11)
    return box


def store(s: Scene) -> None:
    s.phone()
    store_bar(s)
    s.field(s.t("Tìm kiếm", "Search"), 234, "VssID", h=90)
    listing = app_listing(s, 360)
    s.ring(Box(listing.x - 6, listing.y - 6, 452, listing.height + 12), round_=20)
    real_or_fake(
        s,
        s.t("Đúng tên này mới cài", "Only this name is real"),
        s.t("Tên khác: đừng cài", "Other name: don't install"),
    )


def install(s: Scene) -> None:
    s.phone()
    store_bar(s)
    app_listing(s)
    s.target(s.button(s.t("Cài đặt", "Install"), 554))
    for index in range(2):
        s.rect(140 + index * 230, 712, 210, 80, GREY, r=16)
    iphone_says_get(s)


def login(s: Scene) -> None:
    s.phone()
    vssid_mark(s, 312, 108, 96)
    s.target(login_form(s, s.t("Mã số BHXH", "Social insurance code")))
    s.card(
        s.t(
            "Mã số bảo hiểm, hoặc 12 số định danh trên thẻ căn cước",
            "Your insurance code, or the 12-digit number on your ID card",
        ),
        110,
        size=40,
    )
    s.id_card(735, 480, 390)


def home(s: Scene) -> None:
    s.phone()
    s.app_bar("VssID", GREEN)
    left, right = SCREEN_X + 20, SCREEN_X + SCREEN_W - 226
    s.target(tile(s, s.t("Thẻ BHYT", "Health|card"), left, 244, "card"))
    tile(s, s.t("Quá trình|tham gia", "Years|paid in"), right, 244, "clock")
    tile(s, s.t("Thông tin|hưởng", "Benefits"), left, 504, "money")
    tile(s, s.t("Hỗ trợ", "Help"), right, 504, "chat")
    s.card(
        s.t("Thẻ bảo hiểm y tế ngay trong máy", "Your health card in the phone"),
        230,
        icon="card",
        color=BLUE,
    )
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


def card_view(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Thẻ BHYT", "Health card"), GREEN, back=True)
    health_card(s, SCREEN_X + 20, 240, SCREEN_W - 40)
    s.text(SCREEN_X + 30, 640, s.t("Giá trị sử dụng đến", "Valid until"), 38, MUTED, bold=True)
    s.text(SCREEN_X + 30, 710, VALID_UNTIL, 52, GREEN, bold=True)
    s.ring(Box(SCREEN_X + 16, 596, SCREEN_W - 32, 140), round_=24)
    s.card(
        s.t("Thẻ còn hạn đến ngày này", "The card is valid until this day"),
        170,
        icon="clock",
        color=GREEN,
    )
    s.card(
        s.t("Sắp hết hạn? Hỏi cơ quan bảo hiểm", "Running out? Ask social insurance"),
        440,
        icon="warning",
        color=RED,
        size=40,
    )


def clinic(s: Scene) -> None:
    s.rect(60, 560, 560, 60, "#d7ccc8", r=10, stroke=INK, width=5)
    s.person(210, 560, 330, shirt=WHITE)
    s.person(880, 880, 520)
    s.rect(560, 380, 170, 290, INK, r=28)
    s.rect(574, 404, 142, 230, WHITE, r=10)
    s.rect(574, 404, 142, 40, BLUE, r=10)
    s.qr(600, 470, 90, seed=11)
    s.rect(586, 590, 118, 20, GREY, r=6)
    s.bubble(
        s.t("Bác cho xem thẻ bảo hiểm y tế ạ", "Your health card, please"), 40, 40, 520, size=40
    )
    s.card(
        s.t("Mở VssID, đưa màn hình thẻ", "Open VssID, show the card"),
        60,
        x=680,
        w=490,
        icon="phone",
        color=GREEN,
        size=40,
    )
    s.text(
        340,
        720,
        s.t("Hoặc: thẻ căn cước gắn chip", "Or: your chip ID card"),
        40,
        INK,
        bold=True,
        anchor="middle",
    )
    s.id_card(180, 750, 200)


def history(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Quá trình tham gia", "Years paid in"), GREEN, back=True)
    periods = (
        ("1985 – 1995", s.t("10 năm", "10 years")),
        ("1995 – 2015", s.t("20 năm", "20 years")),
    )
    for index, (years, length) in enumerate(periods):
        y = 236 + index * 150
        s.rect(SCREEN_X + 24, y, SCREEN_W - 48, 130, SOFT["blue"], r=20)
        s.text(SCREEN_X + 50, y + 58, years, 40, INK, bold=True)
        s.text(SCREEN_X + 50, y + 108, length, 36, MUTED, bold=True)
    s.rect(SCREEN_X + 24, 560, SCREEN_W - 48, 140, SOFT["green"], r=20, stroke=GREEN, width=5)
    s.text(SCREEN_X + 50, 618, s.t("Tổng cộng", "In all"), 38, MUTED, bold=True)
    s.text(SCREEN_X + 50, 676, s.t("30 năm", "30 years"), 48, GREEN, bold=True)
    s.card(
        s.t("Những năm bác đã đóng bảo hiểm", "The years you paid in"),
        170,
        icon="clock",
        color=BLUE,
    )
    s.card(
        s.t(
            "Thấy sai? Mang giấy tờ đến cơ quan bảo hiểm",
            "Something wrong? Take your papers to social insurance",
        ),
        430,
        icon="document",
        color=INK,
        size=40,
    )


def benefits(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Thông tin hưởng", "Benefits"), GREEN, back=True)
    s.target(s.row(s.t("Lương hưu", "Pension"), 236, icon="money", color=GREEN, h=130))
    s.row(s.t("Ốm đau", "Sickness"), 381, icon="document", color=INK, h=130)
    s.row(s.t("Trợ cấp khác", "Other allowances"), 526, icon="document", color=INK, h=130)
    s.card(
        s.t(
            "Mỗi tháng nhận bao nhiêu",
            "How much each month",
        ),
        170,
        icon="money",
        color=GREEN,
        size=40,
    )
    s.card(
        s.t("Không đưa mật khẩu cho ai", "Never give anyone your password"),
        440,
        icon="lock",
        color=RED,
        size=40,
    )


def help_step(s: Scene) -> None:
    s.card(
        s.t(
            "Cần giúp? Hỏi cơ quan bảo hiểm xã hội hoặc nhà văn hóa. Bác làm tốt lắm!",
            "Need help? Ask the social insurance office or the cultural house. Well done!",
        ),
        40,
        x=40,
        w=1120,
        icon="people",
        color=GREEN,
    )
    s.building(60, 400, 420, s.t("Bảo hiểm xã hội", "Social insurance"))
    s.bubble(s.t("Bác cần giúp gì ạ?", "How can I help?"), 540, 290, 480, size=42)
    s.person(800, 880, 430, shirt=GREEN, hair="#2e2e2e")
    s.person(1050, 880, 400)


LESSON = LessonSource(
    folder="10-vssid",
    id="vssid-lookup",
    topic="apps",
    title=T(
        "VssID: xem bảo hiểm xã hội, y tế",
        "VssID: your social and health insurance",
    ),
    summary=T(
        "Cài VssID, đăng nhập, xem thẻ bảo hiểm y tế, quá trình đóng bảo hiểm và lương hưu.",
        "Install VssID, log in, and see your health insurance card, your years of social "
        "insurance and your pension.",
    ),
    icon=icon,
    channels=("vssid-android", "vssid-ios", "vssid-web"),
    notes=T(
        "Bài dùng VssID để xem thẻ bảo hiểm y tế, quá trình đóng bảo hiểm xã hội và lương hưu. Bà "
        "con cần mã số bảo hiểm xã hội hoặc thẻ căn cước, và mật khẩu VssID (hoặc tài khoản "
        "VNeID). Ai chưa có mật khẩu thì ghi tên lại để hỏi cơ quan bảo hiểm xã hội.",
        "The lesson uses VssID to see the health insurance card, the years of social insurance and "
        "the pension. Residents need their social insurance code or ID card, and a VssID password "
        "(or a VNeID account). Note the names of those with no password, so they can ask the "
        "social insurance office.",
    ),
    steps=(
        StepSource(
            T(
                "Bác mở CH Play hoặc App Store, tìm VssID. Dòng dưới tên phải là Bảo hiểm xã "
                "hội Việt Nam, tên khác là ứng dụng giả.",
                "Open Play Store or App Store and search for VssID. The line under the name "
                "must say Bảo hiểm xã hội Việt Nam; any other name is a fake app.",
            ),
            store,
            say=T(
                "Bác mở Xê Hát Play hoặc App Store, rồi tìm chữ VssID, tên đầy đủ là VssID Bảo "
                "hiểm xã hội số. Bác xem dòng dưới tên, phải là Bảo hiểm xã hội Việt Nam, nếu "
                "là tên khác thì đó là ứng dụng giả, bác đừng cài.",
                "Open Play Store or App Store, and search for VssID, the full name is VssID "
                "Bảo hiểm xã hội số. Look at the line under the name: it must say Bảo hiểm xã "
                "hội Việt Nam, Vietnam Social Security; any other name is a fake app, so do "
                "not install it.",
            ),
            notes=T(
                "Chỉ lên màn hình lớn dòng dưới tên: phải là Bảo hiểm xã hội Việt Nam. Tên đầy đủ "
                "của ứng dụng là VssID Bảo hiểm xã hội số. Hỏi lớp: thấy tên khác thì làm gì?",
                "Point on the big screen to the line under the name: it must say Bảo hiểm xã hội "
                "Việt Nam. The app's full name is VssID Bảo hiểm xã hội số. Ask the group: what if "
                "it says something else?",
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
                "Nhắc người dùng iPhone: nút có chữ Nhận. Đi một vòng xem ai đã cài xong.",
                "Remind iPhone users: the button says Get. Walk round to see who has finished "
                "installing.",
            ),
        ),
        StepSource(
            T(
                "Bác gõ mã số bảo hiểm hoặc số định danh, và mật khẩu, rồi chạm Đăng nhập.",
                "Type your insurance code or ID number, and your password. Then touch Log in.",
            ),
            login,
            say=T(
                "Bác gõ mã số bảo hiểm xã hội, hoặc số định danh mười hai số trên thẻ căn cước, "
                "rồi gõ mật khẩu. Sau đó bác chạm Đăng nhập, hoặc nếu đã có tài khoản VNeID, "
                "bác chạm Đăng nhập bằng VNeID.",
                "Type your social insurance code, or your personal ID number, the twelve digits "
                "on your ID card, and then your password. Then touch Log in, or, if you have a "
                "VNeID account, touch Log in with VNeID.",
            ),
            practice=T("Bác hãy chạm vào nút Đăng nhập.", "Please touch the Log in button."),
            notes=T(
                "Giải thích hai cách: gõ mã số bảo hiểm xã hội hoặc số định danh 12 số cùng mật "
                "khẩu, hoặc chạm Đăng nhập bằng VNeID. Ai chưa có mật khẩu VssID thì xem trên màn "
                "hình lớn.",
                "Explain the two ways: the social insurance code or the 12-digit ID number with a "
                "password, or Log in with VNeID. Those with no VssID password follow on the big "
                "screen.",
            ),
        ),
        StepSource(
            T(
                "Bác chạm Thẻ BHYT để xem thẻ bảo hiểm y tế. Màn hình có thể hơi khác.",
                "Touch Health card to see your health insurance card. The screen may look a "
                "little different.",
            ),
            home,
            say=T(
                "Trên màn hình chính, bác chạm vào ô Thẻ bảo hiểm y tế để xem thẻ của mình. "
                "Ứng dụng có thể trông hơi khác, bác cứ tìm nút có đúng tên này.",
                "On the home screen, touch Health card to see your health insurance card. The "
                "app may look a little different, so just look for the button with this name.",
            ),
            practice=T("Bác hãy chạm vào ô Thẻ BHYT.", "Please touch Health card."),
            notes=T(
                "Chỉ lên màn hình lớn ô Thẻ BHYT: BHYT là bảo hiểm y tế. Nhắc: ứng dụng có thể "
                "trông hơi khác, cứ tìm đúng tên này.",
                "Point on the big screen to Health card (in Vietnamese, Thẻ BHYT). Remind them: "
                "the app may look a little different; look for that name.",
            ),
        ),
        StepSource(
            T(
                "Máy hiện thẻ bảo hiểm y tế của bác, có mã QR. Dòng Giá trị sử dụng cho biết "
                "thẻ còn hạn đến ngày nào.",
                "The app shows your health insurance card with a QR code. The line Valid until "
                "tells you how long the card is good for.",
            ),
            card_view,
            say=T(
                "Máy hiện thẻ bảo hiểm y tế của bác, có cả mã QR. Bác xem dòng giá trị sử "
                "dụng, để biết thẻ còn hạn đến ngày nào, nếu sắp hết hạn, bác hỏi cơ quan bảo "
                "hiểm xã hội.",
                "The app shows your health insurance card, with a QR code. Look at the line "
                "Valid until, to know how long the card is good for; if it will soon run out, "
                "ask the social insurance office.",
            ),
            notes=T(
                "Chỉ lên màn hình lớn dòng Giá trị sử dụng. Hỏi lớp: thẻ của bác còn hạn đến ngày "
                "nào? Thẻ sắp hết hạn thì hỏi cơ quan bảo hiểm xã hội.",
                "Point on the big screen to Valid until. Ask the group: until what date is your "
                "card valid? If it is about to run out, ask the social insurance office.",
            ),
        ),
        StepSource(
            T(
                "Đi khám bệnh, bác mở thẻ trên VssID cho quầy tiếp đón xem, thay cho thẻ giấy. "
                "Thẻ căn cước gắn chip cũng dùng được.",
                "At the clinic, open the card in VssID and show it at the front desk instead "
                "of the paper card. Your chip ID card also works.",
            ),
            clinic,
            say=T(
                "Khi đi khám bệnh, bác mở thẻ trên VssID và đưa màn hình cho quầy tiếp đón xem, "
                "thay cho thẻ giấy. Bác cũng có thể đưa thẻ căn cước gắn chip.",
                "When you go to the clinic, open the card in VssID and show the screen at the "
                "front desk, instead of the paper card. You can also show your chip ID card.",
            ),
            notes=T(
                "Giải thích: đi khám bệnh có thể mở thẻ trên VssID cho quầy tiếp đón xem thay cho "
                "thẻ giấy, hoặc đưa thẻ căn cước gắn chip. Hỏi lớp: đi khám bệnh bác mang theo gì?",
                "Explain: at the clinic, the card in VssID can be shown at the front desk instead "
                "of the paper card, or the chip ID card used. Ask the group: what do you take to "
                "the doctor's?",
            ),
        ),
        StepSource(
            T(
                "Ô Quá trình tham gia cho biết những năm bác đã đóng bảo hiểm xã hội. Thấy sai, "
                "bác mang giấy tờ đến cơ quan bảo hiểm xã hội.",
                "Years paid in shows the years you paid social insurance. If something is "
                "wrong, take your papers to the social insurance office.",
            ),
            history,
            say=T(
                "Ô Quá trình tham gia cho biết những năm bác đã đóng bảo hiểm xã hội, ở đâu, "
                "bao lâu. Nếu thấy sai, bác mang giấy tờ đến cơ quan bảo hiểm xã hội để được "
                "sửa.",
                "Years paid in shows the years you paid social insurance, where, and for how "
                "long. If something is wrong, take your papers to the social insurance office "
                "to have it corrected.",
            ),
            notes=T(
                "Cho bà con mở ô Quá trình tham gia và xem những năm mình đã đóng. Ai thấy sai thì "
                "ghi lại, nhắc mang giấy tờ đến cơ quan bảo hiểm xã hội để sửa.",
                "Have residents open Years paid in and look at their own years. Anyone who finds a "
                "mistake: note it, and remind them to take their papers to the social insurance "
                "office.",
            ),
        ),
        StepSource(
            T(
                "Ô Thông tin hưởng cho biết lương hưu hay trợ cấp bác được nhận. Bác chạm Lương"
                " hưu để xem.",
                "Benefits shows the pension or allowances you receive. Touch Pension to see it.",
            ),
            benefits,
            say=T(
                "Ô Thông tin hưởng cho biết lương hưu hay trợ cấp bác được nhận, mỗi tháng bao "
                "nhiêu và từ khi nào. Bác chạm vào dòng Lương hưu để xem.",
                "Benefits shows the pension or allowances you receive, how much each month and "
                "since when. Touch the line Pension to see it.",
            ),
            practice=T("Bác hãy chạm vào dòng Lương hưu.", "Please touch the line Pension."),
            notes=T(
                "Chỉ lên màn hình lớn ô Thông tin hưởng và dòng Lương hưu: ở đây xem lương hưu hay "
                "trợ cấp mỗi tháng bao nhiêu, từ khi nào.",
                "Point on the big screen to Benefits and the Pension line: this shows the monthly "
                "pension or allowance, and since when.",
            ),
        ),
        StepSource(
            T(
                "Quên mật khẩu hay thấy thông tin sai? Bác hỏi cơ quan bảo hiểm xã hội, hoặc "
                "tình nguyện viên ở nhà văn hóa.",
                "Forgot your password, or something looks wrong? Ask the social insurance "
                "office, or a volunteer at the cultural house. Well done!",
            ),
            help_step,
            say=T(
                "Nếu quên mật khẩu hay thấy thông tin sai, bác hỏi cơ quan bảo hiểm xã hội nơi "
                "bác ở, hoặc tình nguyện viên ở nhà văn hóa. Bác nhớ không đưa mật khẩu cho ai."
                " Cảm ơn bác đã học bài này ạ.",
                "If you forget your password, or something looks wrong, ask your local social "
                "insurance office, or a volunteer at the cultural house. Remember never to give "
                "your password to anyone. Well done!",
            ),
            notes=T(
                "Ghi tên những bác quên mật khẩu hoặc thấy thông tin sai, để hướng dẫn đến cơ quan "
                "bảo hiểm xã hội. Nhắc: không đưa mật khẩu cho ai.",
                "Note who forgot their password or found wrong details, to point them to the "
                "social insurance office. Remind them: never give the password to anyone.",
            ),
        ),
    ),
)
