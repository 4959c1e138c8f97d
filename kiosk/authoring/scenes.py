"""Scenes several lessons draw the same way: the phone's permission or confirmation dialog, and
the ending where a volunteer meets the resident."""

from __future__ import annotations

from kiosk.authoring.palette import BLUE, GREEN, INK, MUTED, RED, SCREEN_W, SCREEN_X, WHITE
from kiosk.authoring.svg import Box, Scene

DIM = "#5b5b5b"  # the screen behind a dialog


def dialog(
    s: Scene, icon: str, message: str, yes: str, no: str, *, top: float = 170, color: str = GREEN
) -> Box:
    """A dialog over the dimmed screen: a pictogram, the question, a filled Yes button and an
    outlined No below it. Returns the Yes button."""
    s.phone(DIM)
    s.rect(SCREEN_X + 20, top, SCREEN_W - 40, 580, WHITE, r=30)
    s.icon(icon, 360, top + 60, 70, color)
    s.paragraph(360, top + 150, message, 440, 38, INK, bold=True, anchor="middle")
    x, w = SCREEN_X + 50, SCREEN_W - 100
    button = s.button(yes, top + 285, color, x=x, w=w)
    s.button(no, top + 445, MUTED, outline=True, h=100, size=38, x=x, w=w)
    return button


def volunteer_and_resident(s: Scene) -> None:
    """A volunteer (dark hair) asks the resident (grey hair) how they can help."""
    s.person(340, 860, 520, shirt=GREEN, hair="#2e2e2e")
    s.person(780, 860, 480)
    s.bubble(s.t("Bác cần giúp gì ạ?", "How can I help?"), 60, 60, 460, size=42)


def help_ending(s: Scene) -> None:
    """The last step of most lessons: help is at the cultural house."""
    volunteer_and_resident(s)
    s.card(
        s.t("Nhà văn hóa luôn sẵn lòng giúp bác", "The cultural house is glad to help"),
        120,
        x=640,
        w=520,
        icon="people",
        color=GREEN,
    )


def code_screen(s: Scene, title: str, prompt: str, typed: str) -> Box:
    """An app asking for a code (OTP, passcode): its title bar, what to type, the boxes with
    `typed` in them and ringed, and the keyboard. Returns the boxes."""
    s.phone()
    s.app_bar(title, RED, back=True)
    s.paragraph(360, 290, prompt, 420, 38, INK, anchor="middle", bold=True)
    box = s.code_boxes(typed, 400)
    s.ring(box, round_=16)
    s.keyboard(560)
    return box


def store_bar(s: Scene) -> Box:
    """The app store's title bar."""
    return s.app_bar(s.t("Cửa hàng ứng dụng", "App store"), GREEN)


def real_or_fake(s: Scene, real: str, fake: str) -> None:
    """Beside a store listing: a tick for the real publisher's name, a 'no' sign for others."""
    s.check(760, 250, 110)
    s.card(real, 180, x=840, w=330, size=40, color=GREEN)
    s.stop(760, 600, 110)
    s.card(fake, 530, x=840, w=330, size=40, color=RED)


def iphone_says_get(s: Scene) -> Box:
    """Beside an Install button: on an iPhone the same button says Get."""
    return s.card(
        s.t("Trên iPhone, nút ghi: Nhận", "On iPhone the button says: Get"),
        300,
        icon="phone",
        color=BLUE,
    )


def login_form(s: Scene, code_label: str) -> Box:
    """An app's login: its code (under `code_label`) and password filled in, the Log in button,
    and below it the outlined 'Log in with VNeID'. The caller draws the app's mark above.
    Returns the Log in button."""
    s.text(SCREEN_X + 30, 250, code_label, 36, MUTED, bold=True)
    s.field("", 260, "001056…", h=84)
    s.text(SCREEN_X + 30, 384, s.t("Mật khẩu", "Password"), 36, MUTED, bold=True)
    s.field("", 394, "••••••••", h=84)
    button = s.button(s.t("Đăng nhập", "Log in"), 502, BLUE)
    x, w = SCREEN_X + 30, SCREEN_W - 60
    s.rect(x, 658, w, 116, WHITE, r=58, stroke=RED, width=6)
    for index, line in enumerate(s.t("Đăng nhập|bằng VNeID", "Log in|with VNeID").split("|")):
        s.text(x + w / 2, 708 + index * 44, line, 38, RED, bold=True, anchor="middle")
    return button
