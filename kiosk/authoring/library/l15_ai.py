"""Lesson 15: what artificial intelligence (AI) is, what it is good for, and how to stay safe
(wrong answers, fake faces and voices, private numbers)."""

from __future__ import annotations

from collections.abc import Callable

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
from kiosk.authoring.scenes import volunteer_and_resident
from kiosk.authoring.svg import Box, Scene, wrap

Glyph = Callable[[Scene, str], None]

# -- our own pictograms, drawn in a 100 x 100 square like the kit's ---------------------


def _translate(s: Scene, c: str) -> None:
    """Two cards with the letters A and Ă, drawn as strokes (a sign, not words to read)."""
    s.rect(4, 8, 54, 54, c, r=10)
    s.path("M 19 53 L 31 19 L 43 53 M 23.5 42 L 38.5 42", stroke=WHITE, width=7)
    s.rect(42, 38, 54, 54, WHITE, r=10, stroke=c, width=7)
    s.path("M 57 85 L 69 57 L 81 85 M 61 76 L 77 76", stroke=c, width=7)
    s.path("M 62 45 Q 69 53 76 45", stroke=c, width=5)


def _picture(s: Scene, c: str) -> None:
    s.rect(6, 14, 88, 72, WHITE, r=8, stroke=c, width=7)
    s.circle(70, 34, 9, c)
    s.path("M 12 80 L 38 48 L 56 68 L 66 58 L 88 80 Z", fill=c, stroke=c, width=4)


def _speaker(s: Scene, c: str) -> None:
    s.path("M 8 38 L 28 38 L 50 16 L 50 84 L 28 62 L 8 62 Z", fill=c, stroke=c, width=5)
    s.path("M 64 34 C 72 42 72 58 64 66", stroke=c, width=7)
    s.path("M 76 22 C 92 38 92 62 76 78", stroke=c, width=7)


def glyph(s: Scene, draw: Glyph, cx: float, cy: float, size: float, color: str) -> Box:
    """One of this module's pictograms (or a kit-style one) centred on (cx, cy)."""
    scale = size / 100
    s.raw(f'<g transform="translate({cx - size / 2:.1f} {cy - size / 2:.1f}) scale({scale:.4f})">')
    draw(s, color)
    s.raw("</g>")
    return Box(cx - size / 2, cy - size / 2, size, size)


def kit(name: str) -> Glyph:
    """A kit pictogram as a Glyph."""

    def draw(s: Scene, c: str) -> None:
        s.icon(name, 50, 50, 100, c)

    return draw


def icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200, SOFT["blue"], r=40)
    s.icon("robot", 100, 92, 140, BLUE)
    s.icon("shield", 150, 150, 62, GREEN)


# -- pieces -----------------------------------------------------------------------------


def skill_tile(s: Scene, draw: Glyph, label: str, x: float, y: float) -> Box:
    box = s.rect(x, y, 225, 190, WHITE, r=24, stroke=BLUE, width=5)
    glyph(s, draw, x + 112, y + 72, 80, BLUE)
    s.text(x + 112, y + 160, label, 36, INK, bold=True, anchor="middle")
    return box


def menu_card(s: Scene, draw: Glyph, label: str, y: float, h: float = 150) -> Box:
    """A big row on its own card: a pictogram in a circle and a label of one or two lines."""
    x, w = SCREEN_X + 16, SCREEN_W - 32
    box = s.rect(x, y, w, h, WHITE, r=22, stroke=GREY, width=5)
    s.circle(x + 66, y + h / 2, 46, SOFT["blue"], stroke=BLUE, width=5)
    glyph(s, draw, x + 66, y + h / 2, 56, BLUE)
    count = len(wrap(label, 300, 40))
    top = y + h / 2 + 14 - (count - 1) * 40 * 1.3 / 2
    s.paragraph(x + 130, top, label, 300, 40, INK, bold=True)
    return box


def chat_screen(s: Scene, title: str) -> None:
    s.phone()
    s.app_bar(title, BLUE)


def video_call(s: Scene) -> None:
    """A video call from 'grandchild Minh': a dark screen with a young face."""
    s.phone("#2b2b2b")
    s.text(360, 160, s.t("Cháu Minh", "Grandson Minh"), 44, WHITE, bold=True, anchor="middle")
    s.text(360, 214, s.t("Cuộc gọi video", "Video call"), 38, WHITE, anchor="middle")
    s.person(360, 600, 340, shirt=RED, hair="#2e2e2e")


# -- steps ------------------------------------------------------------------------------


def what_is(s: Scene) -> None:
    s.circle(330, 330, 210, SOFT["blue"], stroke=BLUE, width=8)
    s.icon("robot", 330, 330, 300, BLUE)
    s.text(330, 680, "AI", 110, BLUE, bold=True, anchor="middle")
    s.text(
        330,
        770,
        s.t("Trí tuệ nhân tạo", "Artificial intelligence"),
        44 if s.lang == "vi" else 40,
        INK,
        bold=True,
        anchor="middle",
    )
    skills = (
        (kit("mic"), s.t("Nói", "Talk")),
        (kit("pen"), s.t("Viết", "Write")),
        (kit("chat"), s.t("Trả lời", "Answer")),
        (_translate, s.t("Dịch", "Translate")),
        (_picture, s.t("Làm ảnh", "Pictures")),
        (_speaker, s.t("Làm giọng", "Voices")),
    )
    for index, (draw, label) in enumerate(skills):
        skill_tile(s, draw, label, 680 + (index % 2) * 250, 90 + (index // 2) * 230)
    s.text(
        925,
        820,
        s.t("= phần mềm máy tính", "= computer software"),
        40,
        INK,
        bold=True,
        anchor="middle",
    )


def where(s: Scene) -> None:
    s.phone(SOFT["blue"])
    menu_card(s, kit("mic"), s.t("Trợ lý giọng nói", "Voice assistant"), 140)
    menu_card(s, kit("chat"), s.t("Ứng dụng hỏi đáp", "Apps that answer"), 330)
    menu_card(s, _translate, s.t("Dịch tự động", "Automatic translation"), 520)
    s.icon("robot", 930, 250, 200, BLUE)
    s.card(
        s.t("Bác có thể đã gặp AI trên điện thoại", "You may have met AI on your phone"),
        420,
        color=BLUE,
    )


def ask_voice(s: Scene) -> None:
    chat_screen(s, s.t("Hỏi đáp", "Ask"))
    s.icon("robot", SCREEN_X + 70, 290, 70, BLUE)
    s.bubble(s.t("Bác cần hỏi gì ạ?", "What would you like to ask?"), 230, 240, 350, size=38)
    field = s.rect(SCREEN_X + 20, 630, 270, 110, WHITE, r=30, stroke=INK, width=4)
    s.text(field.x + 24, field.cy + 14, s.t("Nhập chữ…", "Type…"), 38, MUTED)
    mic = s.circle(520, 685, 70, BLUE)
    s.icon("mic", 520, 685, 84, WHITE)
    s.target(mic)
    s.card(
        s.t("Chạm micrô, rồi nói câu hỏi", "Touch the microphone, then speak"),
        150,
        icon="mic",
        color=BLUE,
    )
    s.bubble(
        s.t("Gọi video cho cháu thế nào?", "How do I make a video call?"),
        690,
        470,
        480,
        size=40,
        tail="left",
    )


def useful(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Dịch", "Translate"), GREEN)
    top = s.rect(SCREEN_X + 30, 250, SCREEN_W - 60, 130, WHITE, r=20, stroke=INK, width=4)
    s.text(top.cx, top.cy + 20, s.t("Hello", "Xin chào"), 56, INK, bold=True, anchor="middle")
    s.path("M 330 405 L 390 405 L 360 465 Z", fill=INK, stroke=INK, width=6)
    low = s.rect(SCREEN_X + 30, 490, SCREEN_W - 60, 130, SOFT["green"], r=20, stroke=GREEN)
    s.text(low.cx, low.cy + 20, s.t("Xin chào", "Hello"), 56, GREEN, bold=True, anchor="middle")
    button = s.rect(SCREEN_X + 30, 660, SCREEN_W - 60, 110, BLUE, r=55)
    glyph(s, _speaker, button.x + 80, button.cy, 60, WHITE)
    s.text(button.x + 130, button.cy + 16, s.t("Đọc to", "Read aloud"), 44, WHITE, bold=True)
    s.card(
        s.t("Dịch tiếng nước ngoài", "Translate other languages"),
        170,
        icon="chat",
        color=GREEN,
    )
    s.card(s.t("Đọc to chữ nhỏ", "Read small print aloud"), 460, icon="eye", color=BLUE)


def can_be_wrong(s: Scene) -> None:
    chat_screen(s, s.t("Hỏi đáp", "Ask"))
    s.bubble(
        s.t("Thuốc này uống mấy viên?", "How many pills do I take?"),
        SCREEN_X + 90,
        240,
        380,
        size=36,
        fill=SOFT["blue"],
        tail="right",
    )
    answer = s.bubble(
        s.t("Mỗi ngày uống 6 viên…", "Take 6 pills a day…"),
        SCREEN_X + 24,
        470,
        380,
        size=36,
    )
    s.icon("warning", answer.right + 50, answer.cy, 80, RED)
    s.icon("robot", SCREEN_X + 70, 700, 70, MUTED)
    s.card(s.t("AI có thể sai", "AI can be wrong"), 120, icon="warning", color=RED)
    s.card(
        s.t(
            "Sức khỏe, tiền, luật: hỏi bác sĩ, xã, người nhà",
            "Health, money, law: ask a doctor, the commune, family",
        ),
        360,
        icon="people",
        color=GREEN,
        size=40,
    )


def fake_call(s: Scene) -> None:
    video_call(s)
    s.circle(500, 700, 60, RED)
    s.icon("call", 500, 700, 70, WHITE)
    s.bubble(
        s.t("Ông bà ơi, chuyển tiền gấp cho cháu!", "Grandma, Grandpa, send me money now!"),
        680,
        80,
        490,
        size=42,
    )
    s.card(
        s.t(
            "Mặt và giọng có thể do AI làm giả",
            "The face and the voice may be made by AI",
        ),
        420,
        icon="warning",
        color=RED,
        size=42,
    )


def end_call(s: Scene) -> None:
    video_call(s)
    for cx, name in ((190, "mic"), (320, "camera")):
        s.circle(cx, 690, 52, MUTED)
        s.icon(name, cx, 690, 56, WHITE)
    end = s.circle(500, 680, 70, RED)
    s.icon("call", 500, 680, 80, WHITE)
    s.text(500, 795, s.t("Kết thúc", "End call"), 36, WHITE, bold=True, anchor="middle")
    s.target(end)
    s.card(
        s.t("Xin tiền gấp? Tắt máy", "Wants money fast? Hang up"),
        150,
        icon="warning",
        color=RED,
        size=40,
    )
    s.card(s.t("Không chuyển tiền", "Send no money"), 450, icon="money", color=RED, size=40)


def call_back(s: Scene) -> None:
    s.phone()
    s.app_bar(s.t("Danh bạ", "Contacts"), GREEN)
    rows = (s.t("Con gái Lan", "Daughter Lan"), s.t("Cháu Minh", "Grandson Minh"),
            s.t("Anh Tư", "Brother Tu"))  # fmt: skip
    for index, name in enumerate(rows):
        y = 250 + index * 180
        box = s.rect(SCREEN_X + 16, y, SCREEN_W - 32, 140, WHITE, r=22, stroke=GREY, width=5)
        s.circle(SCREEN_X + 82, box.cy, 44, SOFT["blue"], stroke=BLUE, width=5)
        s.icon("person", SCREEN_X + 82, box.cy, 54, BLUE)
        s.text(SCREEN_X + 146, box.cy + 15, name, 40, INK, bold=True)
        if index == 1:
            s.target(box)
    s.card(
        s.t("Gọi lại số bác đã lưu từ trước", "Call back the number you know"),
        150,
        icon="call",
        color=GREEN,
    )
    s.card(
        s.t("Không gọi vào số lạ", "Not a number you don't know"),
        470,
        icon="no",
        color=RED,
    )


def private(s: Scene) -> None:
    chat_screen(s, s.t("Hỏi đáp", "Ask"))
    for index, words in enumerate(
        (
            s.t("Số căn cước: 0010…", "My ID number: 0010…"),
            s.t("Mật khẩu: ••••", "Password: ••••"),
            s.t("Mã OTP: 4821…", "OTP code: 4821…"),
        )
    ):
        y = 250 + index * 180
        s.bubble(words, SCREEN_X + 24, y, 350, size=36, fill=SOFT["blue"])
        s.stop(SCREEN_X + 430, y + 50, 80)
    s.card(
        s.t(
            "Không gõ số căn cước, mật khẩu, OTP, số tài khoản",
            "Never type ID numbers, passwords, OTP, bank details",
        ),
        100,
        icon="lock",
        color=RED,
        size=40,
    )
    s.card(
        s.t("Ứng dụng: chỉ từ CH Play, App Store", "Apps: only from Play Store, App Store"),
        500,
        icon="store",
        color=GREEN,
        size=40,
    )


def ending(s: Scene) -> None:
    volunteer_and_resident(s)
    s.icon("robot", 720, 120, 110, BLUE)
    s.check(850, 120, 90)
    s.card(
        s.t("AI có ích, nhưng nhớ kiểm tra lại", "AI helps, but check what matters"),
        200,
        x=640,
        w=520,
        color=GREEN,
        size=40,
    )


LESSON = LessonSource(
    folder="15-ai-safety",
    id="ai-safety",
    topic="safety",
    title=T(
        "AI là gì, dùng thế nào cho an toàn",
        "What AI is, and using it safely",
    ),
    summary=T(
        "AI giúp được nhiều việc, nhưng có thể sai và có thể bị dùng để lừa đảo.",
        "AI can help with many things, but it can be wrong and can be used by scammers.",
    ),
    icon=icon,
    channels=("binhdanhocvuso",),
    pronunciations={"vi": {"deepfake": "đíp phây"}},
    notes=T(
        "Bài giới thiệu AI: có ích, nhưng có thể trả lời sai, và bị kẻ gian dùng để giả mặt, giả "
        "giọng. Dành nhiều thời gian cho phần cuộc gọi giả (bước 6 đến 8): đây là phần quan trọng "
        "nhất. Đầu buổi có thể hỏi ai đã từng dùng trợ lý giọng nói hay dịch tự động.",
        "An introduction to AI: useful, but it can be wrong, and scammers use it to fake faces and "
        "voices. Give most time to the fake call (steps 6 to 8): that is the most important part. "
        "At the start, you can ask who has used a voice assistant or automatic translation.",
    ),
    steps=(
        StepSource(
            T(
                "Trí tuệ nhân tạo, gọi tắt là AI, là phần mềm máy tính biết nói, viết, trả lời "
                "câu hỏi và dịch. AI còn làm ra được tranh ảnh và giọng nói.",
                "Artificial intelligence, or AI, is computer software that can talk, write, "
                "answer questions and translate. It can also make pictures and voices.",
            ),
            what_is,
            say=T(
                "Trí tuệ nhân tạo, gọi tắt là AI, là phần mềm máy tính biết nói chuyện, biết "
                "viết, biết trả lời câu hỏi, và dịch tiếng nước ngoài. AI còn làm ra được "
                "tranh ảnh và giọng nói, giống như thật.",
                "Artificial intelligence, or AI, is computer software that can talk, write, "
                "answer questions, and translate. It can also make pictures and voices that "
                "look and sound real.",
            ),
            notes=T(
                "Giải thích bằng lời đơn giản: AI là phần mềm biết nói chuyện, viết, trả lời câu "
                "hỏi và dịch, còn làm ra được tranh ảnh và giọng nói giống như thật. Hỏi lớp: ai "
                "đã nghe nói đến AI?",
                "Explain it simply: AI is software that can talk, write, answer questions and "
                "translate, and can make pictures and voices that seem real. Ask the group: who "
                "has heard of AI?",
            ),
        ),
        StepSource(
            T(
                "Có thể bác đã gặp AI: trợ lý giọng nói trên điện thoại, ứng dụng hỏi đáp, "
                "dịch tự động.",
                "You may have met AI already: the voice assistant on your phone, apps that "
                "answer questions, automatic translation.",
            ),
            where,
            say=T(
                "Có thể bác đã gặp AI rồi, đó là trợ lý giọng nói trên điện thoại, các ứng "
                "dụng trò chuyện trả lời câu hỏi, và dịch tự động.",
                "You may have met AI already, in the voice assistant on your phone, in chat "
                "apps that answer questions, and in automatic translation.",
            ),
            notes=T(
                "Hỏi lớp: ai từng nói chuyện với trợ lý giọng nói trên điện thoại, hay dùng dịch "
                "tự động? Mời một bác kể đã dùng vào việc gì.",
                "Ask the group: who has talked to the voice assistant on their phone, or used "
                "automatic translation? Invite someone to say what they used it for.",
            ),
        ),
        StepSource(
            T(
                "Muốn hỏi cách làm một việc, bác chạm nút micrô rồi nói câu hỏi. Không cần gõ chữ.",
                "To ask how to do something, touch the microphone button and say your "
                "question. No typing needed.",
            ),
            ask_voice,
            say=T(
                "Muốn hỏi cách làm một việc, bác chạm vào nút micrô, rồi nói câu hỏi thật rõ "
                "ràng. Bác không cần gõ chữ.",
                "To ask how to do something, touch the microphone button, then say your "
                "question clearly. You do not need to type.",
            ),
            practice=T("Bác hãy chạm vào nút micrô.", "Please touch the microphone button."),
            notes=T(
                "Cầm máy lên chỉ nút micrô. Nhắc nói câu hỏi thật rõ ràng, không cần gõ chữ; hội "
                "trường ồn thì nói gần máy.",
                "Hold up a phone and show the microphone button. Remind them to say the question "
                "clearly, with no typing needed; in a noisy hall, speak close to the phone.",
            ),
        ),
        StepSource(
            T(
                "AI còn đọc to chữ nhỏ cho bác nghe. AI dịch được tiếng nước ngoài.",
                "AI can also read small print aloud for you. It can translate other languages.",
            ),
            useful,
            say=T(
                "AI còn đọc to những dòng chữ nhỏ cho bác nghe, như chữ trên hộp thuốc hay tờ "
                "giấy. AI cũng dịch được tiếng nước ngoài sang tiếng Việt.",
                "AI can also read small print aloud for you, like the words on a medicine box "
                "or a letter. It can translate other languages, too.",
            ),
            notes=T(
                "Gợi ý bà con dùng AI để đọc to chữ nhỏ trên hộp thuốc hay tờ giấy, và dịch tiếng "
                "nước ngoài sang tiếng Việt. Hỏi lớp: bác muốn máy đọc to cái gì cho mình?",
                "Suggest using AI to read small print on a medicine box or a paper aloud, and to "
                "translate other languages. Ask the group: what would you like the phone to read "
                "aloud for you?",
            ),
        ),
        StepSource(
            T(
                "Nhưng AI có thể trả lời sai. Việc quan trọng về sức khỏe, tiền bạc, pháp "
                "luật: bác hỏi lại bác sĩ, xã hoặc người nhà.",
                "But AI can be wrong. For important things, like health, money or the law, "
                "check with a doctor, the commune or your family.",
            ),
            can_be_wrong,
            say=T(
                "Nhưng AI có thể trả lời sai, dù nghe rất chắc chắn. Với việc quan trọng như "
                "sức khỏe, tiền bạc, pháp luật, bác hỏi lại bác sĩ, cán bộ xã, hoặc người nhà.",
                "But AI can be wrong, even when it sounds very sure. For important things, "
                "like health, money or the law, check with a doctor, the commune, or your "
                "family.",
            ),
            notes=T(
                "Nhấn mạnh: AI có thể trả lời sai, dù nghe rất chắc chắn. Hỏi lớp: hỏi AI về sức "
                "khỏe, tiền bạc xong thì hỏi lại ai? (Bác sĩ, cán bộ xã, người nhà.)",
                "Stress it: AI can be wrong even when it sounds very sure. Ask the group: after "
                "asking AI about health or money, who do you check with? (A doctor, the commune, "
                "family.)",
            ),
        ),
        StepSource(
            T(
                "AI có thể giả mặt và giọng người thân (deepfake). Cuộc gọi video của “cháu” "
                "bác xin tiền gấp có thể là giả.",
                "AI can fake the face and voice of someone you love (a deepfake). A video "
                "call from a “grandchild” asking for money urgently may be fake.",
            ),
            fake_call,
            say=T(
                "Kẻ gian dùng AI để giả khuôn mặt và giọng nói của người thân, gọi là đíp "
                "phây. Một cuộc gọi video trông như cháu của bác, xin tiền gấp, có thể là giả.",
                "Scammers use AI to fake the face and voice of someone you love, and this is "
                "called a deepfake. A video call that looks like your grandchild, asking for "
                "money urgently, may be fake.",
            ),
            notes=T(
                "Giải thích deepfake: kẻ gian dùng AI giả khuôn mặt và giọng nói của người thân. "
                "Hỏi lớp: cháu gọi video xin tiền gấp, làm sao biết là thật hay giả?",
                "Explain deepfakes: scammers use AI to fake the face and voice of a relative. Ask "
                "the group: a grandchild video-calls asking for money urgently; how can you tell "
                "whether it is real?",
            ),
        ),
        StepSource(
            T(
                "Gặp cuộc gọi như vậy, bác chạm nút Kết thúc màu đỏ. Bác đừng chuyển tiền.",
                "On a call like this, touch the red End call button. Do not send money.",
            ),
            end_call,
            say=T(
                "Gặp cuộc gọi như vậy, bác chạm vào nút Kết thúc màu đỏ để tắt máy. Bác đừng "
                "chuyển tiền, dù người gọi giục gấp đến đâu.",
                "On a call like this, touch the red End call button to hang up. Do not send "
                "any money, however much the caller hurries you.",
            ),
            practice=T("Bác hãy chạm vào nút Kết thúc.", "Please touch the End call button."),
            notes=T(
                "Chỉ lên màn hình lớn nút Kết thúc màu đỏ. Nhắc: người gọi giục gấp đến đâu cũng "
                "không chuyển tiền. Nhiều bác ngại tắt máy khi thấy mặt cháu: nói rõ tắt máy rồi "
                "tự gọi lại là đúng.",
                "Point on the big screen to the red End call button. Remind them: however urgent "
                "the caller sounds, do not send money. Many hesitate to hang up on a grandchild's "
                "face: make clear that hanging up and calling back is right.",
            ),
        ),
        StepSource(
            T(
                "Rồi bác tự gọi lại cho cháu, bằng số đã lưu từ trước: bác chạm vào tên cháu "
                "trong danh bạ.",
                "Then call your grandchild back yourself, on the number you already know. "
                "Touch their name in your contacts.",
            ),
            call_back,
            say=T(
                "Sau đó, bác tự gọi lại cho cháu, bằng số điện thoại bác đã lưu từ trước, "
                "không gọi vào số lạ. Bác chạm vào tên cháu trong danh bạ để gọi, nếu không "
                "gọi được, bác hỏi người nhà hoặc báo công an xã.",
                "Then call your grandchild back yourself, on the phone number you saved "
                "before, never a number you don't know. Touch their name in your contacts to "
                "call, and if you cannot reach them, ask your family or tell the commune "
                "police.",
            ),
            practice=T("Bác hãy chạm vào tên Cháu Minh.", "Please touch Grandson Minh."),
            notes=T(
                "Cho bà con mở danh bạ trên máy mình và tìm tên một người thân. Nhấn mạnh: gọi lại "
                "bằng số đã lưu từ trước, không gọi vào số lạ; không gọi được thì hỏi người nhà "
                "hoặc báo công an xã.",
                "Have residents open their contacts and find a relative's name. Stress it: call "
                "back on the number saved before, never a strange number; if that fails, ask the "
                "family or tell the commune police.",
            ),
        ),
        StepSource(
            T(
                "Bác đừng gõ số căn cước, mật khẩu, mã OTP hay số tài khoản ngân hàng vào ứng "
                "dụng AI. Chỉ cài ứng dụng từ CH Play hoặc App Store.",
                "Never type your ID number, passwords, OTP codes or bank details into AI "
                "apps. Only install apps from the Play Store or the App Store.",
            ),
            private,
            say=T(
                "Bác đừng gõ số căn cước, mật khẩu, mã ô tê pê, hay số tài khoản ngân hàng "
                "vào ứng dụng AI. Bác chỉ cài ứng dụng từ cửa hàng chính thức, là Xê Hát Play "
                "hoặc App Store.",
                "Never type your ID number, your passwords, your one time codes, or your bank "
                "details into AI apps. Only install apps from the official stores, the Play "
                "Store or the App Store.",
            ),
            notes=T(
                "Hỏi lớp: những gì không được gõ vào ứng dụng AI? (Số căn cước, mật khẩu, mã OTP, "
                "số tài khoản ngân hàng.) Nhắc chỉ cài ứng dụng từ CH Play hoặc App Store.",
                "Ask the group: what must never be typed into an AI app? (ID number, passwords, "
                "OTP codes, bank account numbers.) Remind them to install apps only from the Play "
                "Store or the App Store.",
            ),
        ),
        StepSource(
            T(
                "AI có ích, nhưng việc quan trọng thì bác kiểm tra lại. Cần giúp, bác cứ hỏi "
                "tình nguyện viên ở nhà văn hóa.",
                "AI is useful, but check important things. For help, ask a volunteer at the "
                "cultural house. Well done!",
            ),
            ending,
            say=T(
                "AI có ích, nhưng việc quan trọng thì bác luôn kiểm tra lại với người mình tin."
                " Nếu cần giúp, bác cứ hỏi tình nguyện viên ở nhà văn hóa, hoặc công an xã. Cảm"
                " ơn bác đã học bài này ạ.",
                "AI is useful, but always check important things with people you trust. If "
                "you need help, ask a volunteer at the cultural house, or the commune police. "
                "Well done!",
            ),
            notes=T(
                "Cho cả lớp nhắc lại: AI có ích, nhưng việc quan trọng thì kiểm tra lại với người "
                "mình tin; cuộc gọi xin tiền gấp thì tắt máy và tự gọi lại. Cần giúp thì hỏi tình "
                "nguyện viên hoặc công an xã.",
                "Have the class repeat: AI is useful, but check important things with someone you "
                "trust; on an urgent call for money, hang up and call back yourself. For help, ask "
                "a volunteer or the commune police.",
            ),
        ),
    ),
)
