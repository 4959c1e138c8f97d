"""Lesson 5: change the phone number of a VNeID account, and move VNeID to a new phone."""

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
from kiosk.authoring.scenes import code_screen, dialog, help_ending
from kiosk.authoring.svg import Box, Scene


def vneid_mark(s: Scene, x: float, y: float, size: float) -> None:
    """Our own sign for VNeID: a red shield with a yellow star (not the app's real logo)."""
    s.rect(x, y, size, size, WHITE, r=size * 0.22, stroke=INK, width=size * 0.04)
    s.icon("badge", x + size / 2, y + size / 2, size * 0.8, RED)
    s.icon("star", x + size / 2, y + size * 0.48, size * 0.34, YELLOW)


def swap_arrows(s: Scene, cx: float, cy: float, r: float, color: str) -> None:
    """Two curved arrows chasing each other round (cx, cy): "change"."""
    s.path(
        f"M {cx - r} {cy} A {r} {r} 0 0 1 {cx + r * 0.7} {cy - r * 0.7}",
        stroke=color,
        width=r * 0.22,
    )
    s.path(
        f"M {cx + r * 0.35} {cy - r * 0.95} L {cx + r * 0.8} {cy - r * 0.7} "
        f"L {cx + r * 0.55} {cy - r * 0.25}",
        stroke=color,
        width=r * 0.22,
    )
    s.path(
        f"M {cx + r} {cy} A {r} {r} 0 0 1 {cx - r * 0.7} {cy + r * 0.7}",
        stroke=color,
        width=r * 0.22,
    )
    s.path(
        f"M {cx - r * 0.35} {cy + r * 0.95} L {cx - r * 0.8} {cy + r * 0.7} "
        f"L {cx - r * 0.55} {cy + r * 0.25}",
        stroke=color,
        width=r * 0.22,
    )


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["blue"], r=40)
    s.icon("phone", 100, 100, 120, BLUE)
    swap_arrows(s, 100, 100, 78, RED)


def mini_phone(s: Scene, x: float, y: float, w: float, h: float) -> Box:
    """A smaller phone, for a second phone beside the big one; returns its screen."""
    s.rect(x, y, w, h, INK, r=w * 0.14)
    return s.rect(x + 14, y + 40, w - 28, h - 80, WHITE, r=12)


def list_row(s: Scene, label: str, y: float, glyph: str, *, h: float = 120) -> Box:
    """A menu row whose label may take two lines (the kit's row shrinks long labels)."""
    x, w = SCREEN_X, SCREEN_W
    s.rect(x + 12, y, w - 24, h, WHITE, r=20, stroke=GREY, width=4)
    s.circle(x + 62, y + h / 2, 34, SOFT["blue"], stroke=BLUE, width=5)
    s.icon(glyph, x + 62, y + h / 2, 42, BLUE)
    one_line = len(label) * 38 * 0.52 <= 330
    s.paragraph(x + 112, y + h / 2 + 13 if one_line else y + h / 2 - 8, label, 330, 38, INK)
    s.path(
        f"M {x + w - 46} {y + h / 2 - 18} L {x + w - 28} {y + h / 2} "
        f"L {x + w - 46} {y + h / 2 + 18}",
        stroke=MUTED,
        width=6,
    )
    return Box(x + 12, y, w - 24, h)


def sim_owner(s: Scene) -> None:
    s.icon("sim", 200, 230, 300, BLUE)
    s.text(410, 270, "=", 130, INK, bold=True, anchor="middle")
    s.id_card(480, 110, 380)
    s.check(1030, 200, 150)
    s.card(
        s.t("SIM mới phải đứng tên bác", "The new SIM must be in your own name"),
        440,
        x=60,
        w=1080,
        color=GREEN,
    )
    s.card(
        s.t(
            "Chưa chắc? Mang thẻ căn cước\nra cửa hàng nhà mạng hỏi",
            "Not sure? Take your ID card\nto your mobile shop and ask",
        ),
        640,
        x=60,
        w=1080,
        icon="store",
        color=BLUE,
    )


def open_settings(s: Scene) -> None:
    s.phone()
    s.app_bar("VNeID", RED)
    list_row(s, s.t("Ví giấy tờ", "Document wallet"), 250, "card")
    list_row(s, s.t("Thông báo", "Notifications"), 400, "bell")
    box = list_row(s, s.t("Cài đặt", "Settings"), 550, "settings")
    s.ring(box, round_=24)
    s.hand_at(box)
    s.card(s.t("Tìm mục:\nCài đặt", "Look for:\nSettings"), 200, icon="search", color=BLUE)
    s.card(
        s.t("Có máy ghi:\nTài khoản", "It may say:\nAccount"),
        420,
        icon="person",
        color=INK,
        size=40,
    )


def change_number_row(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Cài đặt", "Settings"), RED, back=True)
    list_row(s, s.t("Đổi mật khẩu", "Change password"), 250, "key")
    s.target(
        list_row(s, s.t("Thay đổi\nsố điện thoại", "Change\nphone number"), 410, "phone", h=130)
    )
    list_row(s, s.t("Quản lý thiết bị", "Manage devices"), 580, "lock")
    s.card(
        s.t("Tên mục có thể khác một chút", "The name may differ a little"),
        250,
        icon="eye",
        color=BLUE,
        size=40,
    )


def new_number(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Số điện thoại mới", "New number"), RED, back=True)
    s.text(SCREEN_X + 30, 280, s.t("Nhập số mới:", "Type the new number:"), 38, INK, bold=True)
    s.field(s.t("Số điện thoại", "Phone number"), 310, "0912 ••• •••")
    s.target(s.button(s.t("Tiếp tục", "Continue"), 448, BLUE))
    s.keyboard(620)
    s.card(
        s.t("Gõ số mới, rồi chạm Tiếp tục", "Type the new number, then touch Continue"),
        200,
        icon="phone",
        color=BLUE,
    )
    s.card(
        s.t("Số mới phải đứng tên bác", "The new number must be in your name"),
        470,
        icon="sim",
        color=GREEN,
        size=40,
    )


def new_code(s: Scene) -> None:
    code_screen(
        s,
        s.t("Xác thực", "Verify"),
        s.t("Nhập mã gửi tới số mới", "Enter the code sent to the new number"),
        "4821",
    )
    s.bubble(s.t("Mã VNeID của bạn: 482193", "Your VNeID code: 482193"), 700, 150, 450, size=38)
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


def new_device(s: Scene) -> None:
    yes = dialog(
        s,
        "phone",
        s.t("Bạn đang đăng nhập trên thiết bị mới", "You are logging in on a new device"),
        s.t("Xác nhận", "Confirm"),
        s.t("Hủy", "Cancel"),
    )
    s.target(yes)
    s.card(
        s.t("Máy mới:\ncài VNeID,\nđăng nhập", "New phone:\ninstall VNeID,\nlog in"),
        200,
        icon="phone",
        color=BLUE,
    )


def device_code(s: Scene) -> None:
    code_screen(
        s,
        s.t("Xác thực", "Verify"),
        s.t("Nhập mã xác nhận", "Enter the confirmation code"),
        "48",
    )
    s.text(900, 150, s.t("Máy cũ", "Old phone"), 44, INK, bold=True, anchor="middle")
    screen = mini_phone(s, 770, 180, 260, 420)
    vneid_mark(s, screen.cx - 45, screen.y + 30, 90)
    s.text(screen.cx, screen.y + 180, s.t("Mã:", "Code:"), 36, MUTED, anchor="middle")
    s.text(screen.cx, screen.y + 250, "482193", 48, INK, bold=True, anchor="middle")
    s.arrow(648, 450, 180, 110)
    s.card(
        s.t("Giữ máy cũ bên cạnh", "Keep the old phone near"),
        660,
        icon="clock",
        color=BLUE,
        size=40,
    )


def one_phone(s: Scene) -> None:
    s.phone()
    s.app_bar("VNeID", RED)
    s.check(360, 330, 170)
    s.paragraph(
        360,
        500,
        s.t("Đăng nhập thành công", "Logged in"),
        420,
        44,
        GREEN,
        bold=True,
        anchor="middle",
    )
    s.text(900, 150, s.t("Máy cũ", "Old phone"), 44, INK, bold=True, anchor="middle")
    screen = mini_phone(s, 770, 180, 260, 420)
    vneid_mark(s, screen.cx - 45, screen.y + 30, 90)
    s.paragraph(
        screen.cx,
        screen.y + 190,
        s.t("Đã đăng xuất", "Logged out"),
        200,
        36,
        RED,
        bold=True,
        anchor="middle",
    )
    s.card(s.t("Mỗi lần\nchỉ một máy", "One phone\nat a time"), 660, icon="phone", color=INK)


def police(s: Scene) -> None:
    s.building(60, 260, 520, s.t("Công an xã", "Commune police"))
    s.person(760, 860, 420, uniform=True)
    s.id_card(860, 620, 300)
    s.card(
        s.t("Mang theo thẻ căn cước", "Bring your ID card"),
        60,
        x=660,
        w=510,
        icon="card",
        color=BLUE,
    )


LESSON = LessonSource(
    folder="05-vneid-change-phone",
    id="vneid-change-phone",
    topic="vneid",
    title=T("Đổi số điện thoại, đổi máy trên VNeID", "Change your number or phone on VNeID"),
    summary=T(
        "Đổi số điện thoại của tài khoản VNeID, và chuyển VNeID sang điện thoại mới.",
        "Change the phone number of your VNeID account, and move VNeID to a new phone.",
    ),
    icon=icon,
    channels=("vneid-web", "commune-hotline"),
    notes=T(
        "Hai việc: đổi số điện thoại của tài khoản (bước 1 đến 5) và chuyển VNeID sang máy mới "
        "(bước 6 đến 8). Bà con cần đăng nhập được VNeID trước khi bắt đầu; ai quên mật khẩu thì "
        "học bài Khôi phục tài khoản VNeID trước. Khi đổi máy, để máy cũ bên cạnh.",
        "Two tasks: changing the account's phone number (steps 1 to 5) and moving VNeID to a new "
        "phone (steps 6 to 8). Residents must be able to log in to VNeID first; anyone who forgot "
        "the password should do the recovery lesson first. When changing phones, keep the old "
        "phone at hand.",
    ),
    steps=(
        StepSource(
            T(
                "SIM mới phải đứng tên chính bác. Chưa chắc thì bác mang thẻ căn cước ra cửa "
                "hàng nhà mạng hỏi.",
                "The new SIM must be registered in your own name. If you are not sure, take "
                "your ID card to your mobile shop and ask.",
            ),
            sim_owner,
            say=T(
                "Trước khi đổi số, số điện thoại mới phải đứng tên chính bác, gọi là thuê bao "
                "chính chủ. Nếu chưa chắc, bác mang thẻ căn cước ra cửa hàng nhà mạng để hỏi.",
                "Before you change the number, the new SIM must be registered in your own "
                "name. If you are not sure, take your ID card to your mobile shop and ask.",
            ),
            notes=T(
                "Hỏi lớp: SIM mới có đứng tên chính mình không? Nhiều bác dùng SIM do con cháu mua "
                "hộ, đứng tên người khác; chưa chắc thì mang thẻ căn cước ra cửa hàng nhà mạng "
                "hỏi.",
                "Ask the group: is the new SIM in your own name? Many use a SIM a child bought, in "
                "someone else's name; if unsure, take the ID card to the mobile shop and ask.",
            ),
        ),
        StepSource(
            T(
                "Bác mở VNeID và đăng nhập, rồi tìm mục Cài đặt. Có máy ghi là Tài khoản.",
                "Open VNeID and log in. Look for Settings; some versions say Account.",
            ),
            open_settings,
            say=T(
                "Bác mở ứng dụng VNeID và đăng nhập như mọi khi. Rồi bác tìm mục Cài đặt, "
                "có máy ghi là Tài khoản.",
                "Open the VNeID app and log in as usual. Then look for Settings; on some "
                "phones it is called Account.",
            ),
            notes=T(
                "Cầm máy lên chỉ nơi tìm mục Cài đặt; có máy ghi là Tài khoản. Đi một vòng giúp "
                "những bác chưa đăng nhập được.",
                "Hold up a phone and show where Settings is; some versions say Account. Walk round "
                "to help anyone who cannot log in.",
            ),
        ),
        StepSource(
            T(
                "Bác chạm vào dòng Thay đổi số điện thoại. Tên mục có thể khác một chút.",
                "Touch the line Change phone number. The name may differ a little.",
            ),
            change_number_row,
            say=T(
                "Bác chạm vào dòng Thay đổi số điện thoại. Tên các mục có thể khác một chút, "
                "bác cứ tìm chữ số điện thoại.",
                "Touch the line Change phone number. The names may differ a little; look for "
                "the words phone number.",
            ),
            practice=T(
                "Bác hãy chạm vào dòng Thay đổi số điện thoại.",
                "Please touch the line Change phone number.",
            ),
            notes=T(
                "Tên mục có thể khác một chút: nhắc bà con tìm chữ số điện thoại. Hỏi lớp: không "
                "thấy đúng chữ Thay đổi số điện thoại thì tìm chữ gì?",
                "The name may differ slightly: tell residents to look for the words phone number. "
                "Ask the group: if you cannot see Change phone number exactly, which words do you "
                "look for?",
            ),
        ),
        StepSource(
            T(
                "Bác gõ số điện thoại mới, rồi chạm Tiếp tục. Nếu máy hỏi, bác gõ mật khẩu VNeID.",
                "Type your new phone number, then touch Continue. If asked, type your VNeID "
                "password.",
            ),
            new_number,
            say=T(
                "Bác gõ số điện thoại mới vào ô trống, rồi chạm vào nút Tiếp tục. Nếu máy hỏi "
                "mật khẩu, bác gõ mật khẩu VNeID của mình.",
                "Type your new phone number in the box, then touch Continue. If the app asks "
                "for your password, type your VNeID password.",
            ),
            practice=T("Bác hãy chạm vào nút Tiếp tục.", "Please touch the Continue button."),
            notes=T(
                "Nhiều bác gõ lại số cũ thay vì số mới: nhắc gõ số của SIM mới và đọc lại trước "
                "khi chạm Tiếp tục. Nếu máy hỏi, gõ mật khẩu VNeID.",
                "Many type the old number instead of the new one: remind them to type the new "
                "SIM's number and read it back before touching Continue. If asked, type the VNeID "
                "password.",
            ),
        ),
        StepSource(
            T(
                "Số mới nhận tin nhắn có mã. Bác gõ mã vào ô, không đọc mã cho ai.",
                "The new number gets a text with a code. Type it in the boxes. Never tell "
                "anyone the code.",
            ),
            new_code,
            say=T(
                "Số điện thoại mới sẽ nhận một tin nhắn có mã số. Bác gõ mã đó vào các ô, "
                "máy báo thành công là xong. Mã này bác không đọc cho ai, kể cả người xưng "
                "là công an.",
                "Your new number will get a text message with a code. Type the code into the "
                "boxes; when the app says it worked, you are done. Never tell the code to "
                "anyone, even someone who says they are the police.",
            ),
            notes=T(
                "Mã gửi về số mới, nên SIM mới phải ở trong một máy bên cạnh. Nhắc lại: không đọc "
                "mã cho ai, kể cả người xưng là công an.",
                "The code goes to the new number, so the new SIM must be in a phone at hand. Say "
                "it again: never tell anyone the code, even someone who says they are the police.",
            ),
        ),
        StepSource(
            T(
                "Đổi điện thoại: bác cài VNeID trên máy mới và đăng nhập. Máy báo thiết bị mới,"
                " bác chạm Xác nhận.",
                "New phone: install VNeID on it and log in. When it says new device, touch "
                "Confirm.",
            ),
            new_device,
            say=T(
                "Nếu bác đổi sang điện thoại mới, bác cài VNeID trên máy mới và đăng nhập như "
                "mọi khi. Máy sẽ báo bác đang dùng thiết bị mới, bác chạm vào nút Xác nhận.",
                "If you get a new phone, install VNeID on it and log in as usual. The app "
                "will say you are on a new device; touch Confirm.",
            ),
            practice=T("Bác hãy chạm vào nút Xác nhận.", "Please touch the Confirm button."),
            notes=T(
                "Phần này cho những bác vừa đổi sang điện thoại mới: cài VNeID trên máy mới như "
                "bài Cài đặt VNeID, rồi đăng nhập. Máy báo thiết bị mới là bình thường: chạm Xác "
                "nhận.",
                "This part is for those who have a new phone: install VNeID on it as in the "
                "install lesson, then log in. The new-device message is normal: touch Confirm.",
            ),
        ),
        StepSource(
            T(
                "Máy gửi mã xác nhận. Mã có thể hiện trên máy cũ hoặc qua tin nhắn, nên bác để "
                "máy cũ bên cạnh.",
                "A confirmation code is sent. It may show on the old phone or come by text, so "
                "keep the old phone near you.",
            ),
            device_code,
            say=T(
                "Ứng dụng sẽ gửi một mã xác nhận. Mã có thể hiện trên điện thoại cũ, hoặc gửi "
                "qua tin nhắn, nên bác để máy cũ bên cạnh, rồi gõ mã vào máy mới.",
                "The app sends a confirmation code. It may show on your old phone or come by "
                "text message, so keep the old phone beside you and type the code into the "
                "new one.",
            ),
            notes=T(
                "Nhắc để máy cũ bên cạnh: mã xác nhận có thể hiện trên máy cũ hoặc đến qua tin "
                "nhắn. Hỏi lớp: mã hiện trên máy cũ thì gõ vào máy nào? (Máy mới.)",
                "Remind them to keep the old phone close: the code may show on the old phone or "
                "come by text. Ask the group: if the code shows on the old phone, which phone do "
                "you type it into? (The new one.)",
            ),
        ),
        StepSource(
            T(
                "Xong rồi! VNeID chỉ dùng trên một máy, nên máy cũ tự đăng xuất.",
                "Done! VNeID works on one phone at a time, so the old phone is logged out.",
            ),
            one_phone,
            say=T(
                "Thế là xong! Mỗi lúc VNeID chỉ dùng được trên một điện thoại, nên máy cũ sẽ "
                "tự đăng xuất.",
                "That's it! VNeID works on only one phone at a time, so the old phone is "
                "logged out by itself.",
            ),
            notes=T(
                "Giải thích: VNeID mỗi lúc chỉ dùng trên một máy, nên máy cũ tự đăng xuất; đó "
                "không phải lỗi. Nhiều bác lo khi thấy máy cũ bị đăng xuất.",
                "Explain: VNeID works on one phone at a time, so the old phone logs out; that is "
                "not a fault. Many worry when they see the old phone logged out.",
            ),
        ),
        StepSource(
            T(
                "Không tự làm được, hoặc mất máy cũ? Bác mang thẻ căn cước đến công an xã nhờ "
                "giúp.",
                "Can't do it in the app, or lost the old phone? Take your ID card to the "
                "commune police for help.",
            ),
            police,
            say=T(
                "Nếu ứng dụng không cho đổi, hoặc bác đã mất máy cũ, bác đừng lo. Bác mang "
                "thẻ căn cước đến công an xã, các cán bộ sẽ giúp bác.",
                "If the app will not let you change it, or you have lost the old phone, don't "
                "worry. Take your ID card to the commune police, and they will help you.",
            ),
            notes=T(
                "Ai đã mất máy cũ, hoặc ứng dụng không cho đổi, thì ghi tên lại và nhắc mang thẻ "
                "căn cước đến công an xã nhờ giúp.",
                "Anyone who lost the old phone, or whose app will not allow the change: note their "
                "name and remind them to take the ID card to the commune police for help.",
            ),
        ),
        StepSource(
            T(
                "Tên các mục có thể khác một chút. Cần giúp, bác cứ hỏi tình nguyện viên ở nhà "
                "văn hóa.",
                "The menu names may differ a little. For help, ask at the cultural house or "
                "call the commune's hotline. Well done!",
            ),
            help_ending,
            say=T(
                "Trên máy của bác, tên các mục có thể khác một chút. Khi cần giúp, bác hỏi tình"
                " nguyện viên ở nhà văn hóa, hoặc gọi đường dây nóng của xã. Cảm ơn bác đã học "
                "bài này ạ.",
                "On your phone, the menu names may differ a little. If you need help, ask a "
                "volunteer at the cultural house, or call the commune's hotline. Well done!",
            ),
            notes=T(
                "Nhắc lại: tên các mục trên máy mỗi người có thể khác một chút. Hỏi lớp: đổi số "
                "điện thoại thì mã gửi về số cũ hay số mới?",
                "Say again that menu names may differ a little on each phone. Ask the group: when "
                "you change number, does the code go to the old number or the new one?",
            ),
        ),
    ),
)
