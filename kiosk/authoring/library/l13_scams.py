"""Lesson 13: recognise online scams (fake officials on the phone, fake links, apps from
links) and protect one's personal information (OTP codes, passwords, the ID card)."""

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
from kiosk.authoring.scenes import help_ending
from kiosk.authoring.svg import Box, Scene, wrap

LINK = "http://…"  # never a real address: only the look of a link


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["blue"], r=40)
    s.icon("shield", 100, 100, 150, BLUE)


def messages_bar(s: Scene) -> None:
    s.app_bar(s.t("Tin nhắn", "Messages"), GREEN, back=True)


def link_text(s: Scene, x: float, y: float, size: float = 38) -> Box:
    """A link as phones show it: blue and underlined."""
    box = s.text(x, y, LINK, size, BLUE, bold=True)
    s.line(x, y + 8, x + box.width, y + 8, BLUE, 4)
    return box


def sms(s: Scene, words: str, y: float, *, link: bool = True, size: float = 36) -> Box:
    """A text message received: a grey bubble with its words, and a link below them."""
    x, w = SCREEN_X + 24, SCREEN_W - 48
    lines = wrap(words, w - 50, size)
    h = len(lines) * size * 1.25 + (size * 1.3 if link else 0) + 40
    box = s.rect(x, y, w, h, "#eceff1", r=26, stroke=GREY, width=3)
    for index, line in enumerate(lines):
        s.text(x + 24, y + 20 + size * 0.95 + index * size * 1.25, line, size, INK)
    if link:
        link_text(s, x + 24, y + 20 + size * 0.95 + len(lines) * size * 1.25, size)
    return box


def call_screen(s: Scene) -> tuple[Box, Box]:
    """An incoming call from an unknown number: the decline and answer buttons."""
    s.phone("#263238")
    s.text(360, 200, s.t("Cuộc gọi đến", "Incoming call"), 36, WHITE, anchor="middle")
    s.circle(360, 310, 70, "#546e7a")
    s.icon("person", 360, 312, 90, WHITE)
    s.text(360, 440, s.t("Số lạ", "Unknown number"), 48, WHITE, bold=True, anchor="middle")
    decline = s.circle(225, 640, 75, RED)
    hang_up(s, 225, 640, 80, WHITE)
    answer = s.circle(495, 640, 75, GREEN)
    s.icon("call", 495, 640, 80, WHITE)
    s.text(225, 760, s.t("Từ chối", "Decline"), 36, WHITE, bold=True, anchor="middle")
    s.text(495, 760, s.t("Trả lời", "Answer"), 36, WHITE, bold=True, anchor="middle")
    return Box(decline.x - 10, decline.y - 5, decline.width + 20, 200), answer


def hang_up(s: Scene, cx: float, cy: float, size: float, color: str) -> None:
    """The handset turned down: end the call."""
    s.raw(f'<g transform="rotate(135 {cx} {cy})">')
    s.icon("call", cx, cy, size, color)
    s.raw("</g>")


# -- the steps ---------------------------------------------------------------------------


def otp_secret(s: Scene) -> None:
    s.phone()
    messages_bar(s)
    s.text(SCREEN_X + 30, 270, s.t("Ngân hàng", "Your bank"), 36, MUTED, bold=True)
    code = sms(
        s,
        s.t("Mã OTP: 482193. Không đưa mã này cho ai.", "OTP code: 482193. Tell no one this code."),
        300,
        link=False,
        size=38,
    )
    s.text(SCREEN_X + 30, code.bottom + 70, s.t("Số lạ", "Unknown number"), 36, MUTED, bold=True)
    ask = sms(
        s,
        s.t("Đọc mã đó cho tôi nhé!", "Read me that code, please!"),
        code.bottom + 100,
        link=False,
        size=38,
    )
    s.stop(ask.right - 30, ask.y - 10, 90)
    s.card(
        s.t("Không ai cần\nmã OTP của bác", "Nobody needs\nyour OTP code"),
        170,
        icon="lock",
        color=RED,
        size=40,
    )
    s.card(
        s.t(
            "Ngân hàng,\ncông an,\nngười thân:\nkhông đưa", "Bank, police,\nfamily: don't\ngive it"
        ),
        440,
        icon="people",
        color=INK,
        size=40,
    )


def fake_call(s: Scene) -> None:
    call_screen(s)
    s.bubble(
        s.t(
            "Tôi là công an. Bác có liên quan vụ án, phải chuyển tiền ngay!",
            "This is the police. You are part of a case: send money now!",
        ),
        660,
        110,
        510,
        size=38,
        color=RED,
        tail="left",
    )
    s.stop(760, 620, 130)
    s.card(s.t("Lừa đảo!", "A scam!"), 560, x=860, w=310, color=RED, size=48)


def police_never(s: Scene) -> None:
    s.building(100, 290, 460, label=s.t("Công an xã", "Commune police"))
    s.person(330, 860, 260, uniform=True)
    s.card(
        s.t("Công an không làm việc qua điện thoại", "The police never handle a case by phone"),
        140,
        x=640,
        w=530,
        icon="call",
        color=GREEN,
    )
    s.card(
        s.t("Không bao giờ bảo chuyển tiền", "They never ask you to send money"),
        470,
        x=640,
        w=530,
        icon="money",
        color=GREEN,
    )


def decline(s: Scene) -> None:
    target, _ = call_screen(s)
    s.target(target)
    s.bubble(s.t("Tôi là công an…", "This is the police…"), 680, 160, 470, size=42, color=RED)
    s.card(
        s.t("Số lạ xưng\ncông an:\ntừ chối", "A stranger\nsays police:\ndecline"),
        440,
        icon="shield",
        color=GREEN,
    )


def fake_links(s: Scene) -> None:
    s.phone()
    messages_bar(s)
    top: float = 230
    for words in (
        s.t("Bạn trúng thưởng 50 triệu!", "You won 50 million!"),
        s.t("Tài khoản bị khóa!", "Your account is locked!"),
        s.t("Cập nhật VNeID ngay!", "Update VNeID now!"),
    ):
        box = sms(s, words, top, size=36)
        top = box.bottom + 26
    s.stop(790, 290, 140)
    s.card(
        s.t(
            "Tin nhắn có đường link lạ: đừng chạm", "A message with a strange link: don't touch it"
        ),
        420,
        color=RED,
    )


def delete(s: Scene) -> None:
    s.phone()
    messages_bar(s)
    s.text(SCREEN_X + 30, 270, s.t("Số lạ", "Unknown number"), 36, MUTED, bold=True)
    sms(
        s,
        s.t(
            "Tài khoản của bạn bị khóa. Mở lại tại:", "Your account is locked. Open it again here:"
        ),
        300,
        size=38,
    )
    s.target(s.button(s.t("Xóa", "Delete"), 610, BLUE))
    s.card(
        s.t("Không chạm link.\nChạm Xóa.", "Not the link.\nTouch Delete."),
        300,
        icon="check",
        color=GREEN,
        size=40,
    )


def store_only(s: Scene) -> None:
    s.phone()
    s.app_icon(150, 150, "", GREEN, glyph="store", label="CH Play")
    s.app_icon(420, 150, "", BLUE, glyph="store", label="App Store")
    s.check(225, 420, 80)
    s.check(495, 420, 80)
    sms(s, s.t("Cài ứng dụng tại:", "Install the app here:"), 530, size=38)
    s.stop(520, 620, 100)
    s.card(
        s.t("Chỉ cài từ CH Play hoặc App Store", "Only install from the Play Store or App Store"),
        170,
        icon="store",
        color=GREEN,
    )
    s.card(s.t("Không cài từ đường link", "Never install from a link"), 470, icon="link", color=RED)


def id_card_step(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Mạng xã hội", "Social media"), BLUE)
    s.id_card(150, 260, 420)
    s.button(s.t("Đăng", "Post"), 600, GREY, text_color=INK, h=110)
    s.stop(540, 290, 110)
    s.card(
        s.t("Không đăng ảnh\nthẻ căn cước\nlên mạng", "Never post\na photo of\nyour ID card"),
        170,
        icon="card",
        color=RED,
        size=40,
    )
    s.card(
        s.t("Không gửi ảnh\nthẻ cho người lạ", "Never send it\nto a stranger"),
        470,
        icon="chat",
        color=RED,
        size=40,
    )


def in_doubt(s: Scene) -> None:
    items = (
        ("hang", s.t("Tắt máy", "Hang up"), "", RED),
        ("people", s.t("Hỏi người nhà", "Ask your family"), "", BLUE),
        ("badge", s.t("Gọi công an xã", "Call the police"), "", GREEN),
        ("warning", s.t("Báo lừa đảo", "Report it"), "khonggianmang.vn", RED),
    )
    for index, (glyph, label, below, color) in enumerate(items):
        x = 60 + (index % 2) * 560
        y = 60 + (index // 2) * 410
        s.rect(x, y, 520, 370, WHITE, r=32, stroke=color, width=6)
        soft = {BLUE: SOFT["blue"], GREEN: SOFT["green"], RED: SOFT["red"]}[color]
        s.circle(x + 260, y + 125, 92, soft)
        if glyph == "hang":
            hang_up(s, x + 260, y + 125, 110, color)
        else:
            s.icon(glyph, x + 260, y + 125, 110, color)
        s.text(x + 260, y + 280, label, 46, INK, bold=True, anchor="middle")
        if below:
            s.text(x + 260, y + 336, below, 36, INK, anchor="middle")


LESSON = LessonSource(
    folder="13-scam-safety",
    id="scam-safety",
    topic="safety",
    title=T(
        "Nhận biết lừa đảo trên mạng",
        "Spot scams on the phone and online",
    ),
    summary=T(
        "Giữ kín mã OTP và mật khẩu, nhận ra cuộc gọi giả danh và đường link giả, và biết "
        "hỏi ai khi nghi ngờ.",
        "Keep your OTP codes and passwords secret, spot fake calls and fake links, and know "
        "who to ask when in doubt.",
    ),
    icon=icon,
    channels=("scam-warnings", "commune-hotline"),
    notes=T(
        "Bài ít thao tác trên máy, chỉ có hai bước tập (Từ chối, Xóa): dành thời gian cho bà con "
        "kể những cuộc gọi, tin nhắn lạ mình đã gặp. Ba điều cần nhớ: không đưa mã OTP hay mật "
        "khẩu cho ai; công an không giải quyết việc qua điện thoại; nghi ngờ thì tắt máy, hỏi "
        "người nhà, gọi công an xã.",
        "Little to do on the phone here, with two practice steps (Decline, Delete): leave time for "
        "residents to tell of strange calls and messages they have had. Three things to remember: "
        "never give an OTP code or password to anyone; the police do not handle cases by phone; "
        "when in doubt, hang up, ask the family, call the commune police.",
    ),
    steps=(
        StepSource(
            T(
                "Bác không bao giờ đưa mã OTP hay mật khẩu cho ai. Ngân hàng, công an, người "
                "thân đều không cần.",
                "Never give your OTP code or password to anyone. Your bank, the police and "
                "your family never need it.",
            ),
            otp_secret,
            say=T(
                "Mã OTP gửi qua tin nhắn và mật khẩu, bác không bao giờ đưa cho ai. Ngân "
                "hàng, công an, hay người thân, không ai cần mã của bác cả.",
                "The OTP code that comes by text message, and your password, are never to be "
                "given to anyone. Your bank, the police, your family: nobody needs your code.",
            ),
            notes=T(
                "Hỏi lớp: ngân hàng, công an hay người thân có bao giờ cần mã OTP của bác không? "
                "(Không ai cần.) Cho cả lớp nhắc lại to: không đưa mã OTP cho ai.",
                "Ask the group: does your bank, the police or your family ever need your OTP code? "
                "(No one does.) Have everyone say it aloud: never give your OTP code to anyone.",
            ),
        ),
        StepSource(
            T(
                "Kẻ gian gọi xưng công an, tòa án, thuế, điện lực. Họ dọa bác gặp rắc rối, "
                "bắt chuyển tiền hay cài ứng dụng.",
                "Scammers call saying they are the police, a court, the tax office or the "
                "power company. They say you are in trouble and must send money or install "
                "an app.",
            ),
            fake_call,
            say=T(
                "Kẻ lừa đảo hay gọi điện, xưng là công an, tòa án, cơ quan thuế, hay công ty "
                "điện lực. Họ dọa bác đang gặp rắc rối, rồi bắt bác chuyển tiền, hoặc cài một "
                "ứng dụng lạ.",
                "Scammers often call, saying they are the police, a court, the tax office, or "
                "the power company. They frighten you, saying you are in trouble, then tell "
                "you to send money or install a strange app.",
            ),
            notes=T(
                "Mời một hai bác kể cuộc gọi lạ mình đã nhận: người gọi xưng là ai, đòi gì. Chỉ ra "
                "điểm chung: dọa gặp rắc rối, rồi bắt chuyển tiền hoặc cài ứng dụng lạ.",
                "Invite one or two residents to tell of a strange call they had: who the caller "
                "claimed to be, what they wanted. Point out the pattern: a threat of trouble, then "
                "a demand for money or to install an app.",
            ),
        ),
        StepSource(
            T(
                "Công an không giải quyết vụ việc qua điện thoại. Công an không bao giờ bảo "
                "bác chuyển tiền.",
                "The police never handle a case by phone. The police never ask you to send money.",
            ),
            police_never,
            say=T(
                "Bác nhớ nhé, công an không giải quyết vụ việc qua điện thoại. Công an cũng "
                "không bao giờ bảo người dân chuyển tiền.",
                "Remember: the police never handle a case over the phone. And the police "
                "never ask anyone to send money.",
            ),
            notes=T(
                "Nhấn mạnh hai câu: công an không giải quyết vụ việc qua điện thoại, và không bao "
                "giờ bảo người dân chuyển tiền. Hỏi lớp: người gọi xưng công an bảo chuyển tiền "
                "thì thật ra là ai?",
                "Stress the two sentences: the police never handle a case by phone, and never ask "
                "people to send money. Ask the group: a caller says they are the police and asks "
                "for money; who is it really?",
            ),
        ),
        StepSource(
            T(
                "Số lạ gọi đến, xưng là công an? Bác chạm Từ chối, hoặc tắt máy ngay.",
                "An unknown number calls and says it is the police? Touch Decline, or hang "
                "up at once.",
            ),
            decline,
            say=T(
                "Khi một số lạ gọi đến và xưng là công an, bác đừng nghe theo. Bác chạm Từ "
                "chối, hoặc tắt máy ngay.",
                "When an unknown number calls and says it is the police, do not follow what "
                "they say. Touch Decline, or hang up at once.",
            ),
            practice=T("Bác hãy chạm vào nút Từ chối.", "Please touch Decline."),
            notes=T(
                "Cầm máy lên chỉ nút Từ chối khi có cuộc gọi đến. Nhiều bác ngại tắt máy vì sợ "
                "thất lễ với công an: nói rõ tắt máy là đúng.",
                "Hold up a phone and show Decline on an incoming call. Many fear being rude to the "
                "police by hanging up: make clear that hanging up is right.",
            ),
        ),
        StepSource(
            T(
                "Tin nhắn báo trúng thưởng, khóa tài khoản, hay bảo cập nhật VNeID có kèm đường"
                " link: bác đừng chạm vào link.",
                "Messages about a prize, a locked account, or updating VNeID with a link: "
                "don't touch the link.",
            ),
            fake_links,
            say=T(
                "Tin nhắn báo bác trúng thưởng, báo tài khoản bị khóa, hay bảo cập nhật VNeID, "
                "có kèm một đường link, đều là lừa đảo, bác đừng chạm vào đường link đó.",
                "Messages saying you won a prize, that your account is locked, or that you "
                "must update VNeID, with a link in them, are scams: do not touch the link.",
            ),
            notes=T(
                "Đọc to các tin nhắn mẫu trên màn hình lớn: trúng thưởng, khóa tài khoản, cập nhật "
                "VNeID. Hỏi lớp: các tin này giống nhau ở điểm nào? (Đều kèm đường link.)",
                "Read out the sample messages on the big screen: a prize, a locked account, "
                "updating VNeID. Ask the group: what do they have in common? (They all carry a "
                "link.)",
            ),
        ),
        StepSource(
            T(
                "Gặp tin nhắn như vậy, bác không chạm link. Bác chạm Xóa.",
                "When you get a message like this, don't touch the link. Touch Delete.",
            ),
            delete,
            say=T(
                "Khi gặp tin nhắn như vậy, bác không chạm vào đường link. Bác chạm nút Xóa "
                "để xóa tin nhắn.",
                "When you get a message like this, do not touch the link. Touch Delete to "
                "remove the message.",
            ),
            practice=T("Bác hãy chạm vào nút Xóa.", "Please touch Delete."),
            notes=T(
                "Cầm máy lên chỉ cách xóa một tin nhắn. Nhắc: không chạm vào link, kể cả để xem "
                "thử.",
                "Hold up a phone and show how to delete a message. Remind them: do not touch the "
                "link, not even to have a look.",
            ),
        ),
        StepSource(
            T(
                "Bác chỉ cài ứng dụng từ CH Play hoặc App Store. Không cài ứng dụng từ đường "
                "link người khác gửi.",
                "Only install apps from the Play Store or the App Store. Never install an app "
                "from a link someone sends.",
            ),
            store_only,
            say=T(
                "Bác chỉ cài ứng dụng từ Xê Hát Play hoặc App Store. Ứng dụng gửi qua đường "
                "link, bác không bao giờ cài.",
                "Only install apps from the Play Store or the App Store. Never install an app "
                "from a link that someone sends you.",
            ),
            notes=T(
                "Hỏi lớp: bác cài ứng dụng từ đâu? (Chỉ từ CH Play hoặc App Store.) Nhắc: ứng dụng "
                "gửi qua đường link thì không bao giờ cài, dù người gửi là ai.",
                "Ask the group: where do you install apps from? (Only the Play Store or the App "
                "Store.) Remind them: never install an app sent as a link, whoever sends it.",
            ),
        ),
        StepSource(
            T(
                "Bác không đăng ảnh thẻ căn cước lên mạng, không gửi ảnh thẻ cho người lạ.",
                "Never post a photo of your ID card online. Never send it to a stranger.",
            ),
            id_card_step,
            say=T(
                "Bác không đăng ảnh thẻ căn cước lên Facebook hay Zalo. Bác cũng không gửi "
                "ảnh thẻ cho người lạ.",
                "Do not post a photo of your ID card on Facebook or Zalo. And do not send it "
                "to a stranger.",
            ),
            notes=T(
                "Hỏi lớp: có ai từng đăng hay gửi ảnh thẻ căn cước lên Facebook, Zalo không? Nhắc: "
                "không đăng lên mạng, không gửi cho người lạ.",
                "Ask the group: has anyone posted or sent a photo of their ID card on Facebook or "
                "Zalo? Remind them: never post it online or send it to a stranger.",
            ),
        ),
        StepSource(
            T(
                "Khi nghi ngờ, bác tắt máy, hỏi người nhà, gọi công an xã. Bác báo lừa đảo ở "
                "trang khonggianmang.vn.",
                "When in doubt: hang up, ask your family, call the commune police. Report the "
                "scam at khonggianmang.vn.",
            ),
            in_doubt,
            say=T(
                "Khi thấy nghi ngờ, bác tắt máy, hỏi người nhà, hoặc gọi công an xã. Bác cũng "
                "có thể báo lừa đảo ở trang cảnh báo không gian mạng chấm vê en.",
                "When in doubt, hang up, ask your family, or call the commune police. You can "
                "also report the scam on the warning site, khong gian mang dot V N.",
            ),
            notes=T(
                "Viết lên bảng ba việc khi nghi ngờ: tắt máy, hỏi người nhà, gọi công an xã; và "
                "địa chỉ khonggianmang.vn để báo lừa đảo. Nếu biết số điện thoại công an xã, ghi "
                "lên bảng cho bà con chép.",
                "Write on the board the three things to do when in doubt: hang up, ask the family, "
                "call the commune police; and the address khonggianmang.vn for reporting scams. If "
                "you know the commune police's number, write it up for residents to copy.",
            ),
        ),
        StepSource(
            T(
                "Bác đã biết cách tránh lừa đảo. Cần giúp, bác cứ hỏi tình nguyện viên ở nhà "
                "văn hóa, hoặc gọi đường dây nóng của xã.",
                "You now know how to avoid scams. For help, call the commune's hotline or ask "
                "at the cultural house. Well done!",
            ),
            help_ending,
            say=T(
                "Bác đã biết cách nhận ra và tránh lừa đảo. Nếu cần giúp, bác gọi đường dây "
                "nóng của xã, hoặc hỏi tình nguyện viên ở nhà văn hóa. Cảm ơn bác đã học bài "
                "này ạ.",
                "You now know how to spot and avoid scams. If you need help, call the "
                "commune's hotline, or ask a volunteer at the cultural house. Well done!",
            ),
            notes=T(
                "Cho cả lớp nhắc lại điều đã học: không đưa mã OTP, tắt máy khi người xưng công an "
                "đòi tiền, không chạm link lạ. Cần giúp thì gọi đường dây nóng của xã hoặc hỏi "
                "tình nguyện viên.",
                "Have the class repeat what they learned: never give the OTP code, hang up on a "
                "'police' caller who wants money, never touch a strange link. For help, call the "
                "commune's hotline or ask a volunteer.",
            ),
        ),
    ),
)
