"""Sizes and colours of the kiosk, scaled to the screen, and the stylesheet made from them.

The numbers come from ../shared/DESIGN.md: touch targets of 20 mm (80 px at 1080 lines),
body text 32 px, step captions 40 px, 5 mm between targets, contrast 7:1. Below 1080 lines we
keep the 1080 numbers (a small screen is no reason for a smaller button); above, they grow.
They grow with the screen's short side: an upright kiosk of 1080x1920 has the numbers of a
1920x1080 screen turned on its side, so that its buttons still fit its width.

Screens of fewer than 900 lines (1366x768, 1280x720, 1024x768) are short: the top bar and the
big buttons give up their extra height (never below a touch target), for the picture.
"""

from __future__ import annotations

from dataclasses import dataclass

FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Arial"]

# Colour roles. Every (text, background) pair the stylesheet uses is listed in TEXT_PAIRS.
PAPER = "#faf7f0"  # warm off-white page
INK = "#1a1a1a"  # body text
MUTED_INK = "#3d3d3d"  # secondary text, still 7:1 on paper
PRIMARY = "#0b4f9c"  # deep blue: main actions
PRIMARY_PRESSED = "#083a73"
GO = "#1b5e20"  # deep green: "next"
GO_PRESSED = "#124116"
WHITE = "#ffffff"
TILE = "#ffffff"
TILE_BORDER = "#0b4f9c"
BAND = "#e3ecf7"  # topic band on a tile
PROMPT_BG = "#e6f0fb"  # practice task box (light blue, unlike the yellow reading marker)
PRAISE_BG = "#dcefdc"  # the same box when the resident touched the right place (light green)
READING_BG = "#ffe08a"  # the sentence being read (yellow marker)
DISABLED_BG = "#e6e6e6"  # a control that cannot be used now (no voice)
DISABLED_INK = "#454545"
SCRIM = "#000000"  # behind overlays (drawn translucent)
CARD = "#ffffff"

TEXT_PAIRS: dict[str, tuple[str, str]] = {
    "body on paper": (INK, PAPER),
    "muted on paper": (MUTED_INK, PAPER),
    "invitation on paper": (PRIMARY, PAPER),
    "congratulations on paper": (GO, PAPER),
    "primary button": (WHITE, PRIMARY),
    "primary button pressed": (WHITE, PRIMARY_PRESSED),
    "next button": (WHITE, GO),
    "next button pressed": (WHITE, GO_PRESSED),
    "secondary button": (PRIMARY, WHITE),
    "tile text": (INK, TILE),
    "section heading": (PRIMARY, PAPER),
    "practice prompt": (INK, PROMPT_BG),
    "practice praise": (INK, PRAISE_BG),
    "sentence being read": (INK, READING_BG),
    "disabled button": (DISABLED_INK, DISABLED_BG),
    "overlay card": (INK, CARD),
    "top bar": (WHITE, PRIMARY),
}


@dataclass(frozen=True)
class Theme:
    """Pixel sizes for one screen height."""

    screen_width: int
    screen_height: int

    @property
    def scale(self) -> float:
        return max(1.0, min(self.screen_width, self.screen_height) / 1080)

    @property
    def portrait(self) -> bool:
        """An upright screen: pictures go above the words, the controls below them."""
        return self.screen_height > self.screen_width

    @property
    def short(self) -> bool:
        """Fewer than 900 lines: every line of height counts."""
        return self.screen_height < 900

    def px(self, at_1080: float) -> int:
        return round(at_1080 * self.scale)

    @property
    def tile_columns(self) -> int:
        """Lesson tiles in a row: three where they stay wide enough for a two-line title, one
        on a narrow upright screen."""
        if self.screen_width >= 1600 * self.scale:
            return 3
        return 2 if self.screen_width >= 1000 * self.scale else 1

    @property
    def tile_rows(self) -> int:
        """Rows of lesson tiles on a page (at most six tiles: DESIGN.md)."""
        return max(1, min(6 // self.tile_columns, 2 if not self.portrait else 6))

    @property
    def target(self) -> int:
        """Smallest touch target side (20 mm)."""
        return self.px(80)

    @property
    def spacing(self) -> int:
        """Smallest gap between two targets (5 mm)."""
        return self.px(20)

    @property
    def body_px(self) -> int:
        return self.px(32)

    @property
    def caption_px(self) -> int:
        """40 px, as large on the glass as 40 px on a 21.5-inch 1080-line screen (9.9 mm).
        A 4:3 screen of 768 lines or fewer is a 15-inch panel or larger, whose pixels are at
        least a fifth larger (0.297 mm): there 34 px are as large (10.1 mm), and leave the
        step's words room beside the picture."""
        if self.short and self.screen_width < 1.5 * self.screen_height:
            return max(self.body_px, self.px(34))
        return self.px(40)

    @property
    def caption_least_px(self) -> int:
        """The least a step's caption may shrink to, a pixel at a time, when it and the
        practice task do not fit the words' column (ui/screens/lesson_layout.py fit_caption);
        the next step starts again at caption_px. Only on the screens whose pixels are
        physically large, where 34 px are still at least the 9.9 mm of 40 px at 1080 lines:
        a 4:3 screen of 768 lines or fewer (15 to 17 inches: 0.297 to 0.337 mm pixels, 34 px
        = 10.1 to 11.5 mm; its captions are 34 px already), and a 720-line screen, which is a
        television (32 inches: 0.55 mm, 34 px = 18.8 mm; even a 17-inch one has 0.29 mm
        pixels). A 1366x768 laptop (15.6 inches, 0.252 mm) or a 1280x800 one (13.3 inches,
        0.22 mm) has small pixels: there captions never shrink."""
        four_three = self.screen_width < 1.5 * self.screen_height
        if self.short and (four_three or self.screen_height <= 720):
            return max(self.body_px, self.px(34))
        return self.caption_px

    @property
    def title_px(self) -> int:
        return self.px(52)

    @property
    def hero_px(self) -> int:
        return self.px(72)

    @property
    def button_height(self) -> int:
        return self.target + self.px(8) if self.short else self.px(96)

    @property
    def bar_padding(self) -> int:
        """Above and below the top bar's Home button."""
        return self.px(6) if self.short else self.px(12)

    @property
    def bar_height(self) -> int:
        return self.target + 2 * self.bar_padding

    @property
    def margin(self) -> int:
        return self.px(28)

    def stylesheet(self) -> str:
        b, r = self.body_px, self.px(16)
        return f"""
QWidget#screen, QWidget#window {{ background: {PAPER}; }}
QLabel {{ color: {INK}; font-size: {b}px; background: transparent; }}
QLabel[role="muted"] {{ color: {MUTED_INK}; }}
QLabel[role="title"] {{ font-size: {self.title_px}px; font-weight: 700; }}
QLabel[role="hero"] {{ font-size: {self.hero_px}px; font-weight: 700; color: {GO}; }}
QLabel[role="invite"] {{ font-size: {self.hero_px}px; font-weight: 700; color: {PRIMARY}; }}
QLabel[role="section"] {{ font-size: {self.px(36)}px; font-weight: 700; color: {PRIMARY}; }}
QLabel[role="caption"] {{ font-size: {self.caption_px}px; }}
QLabel#sentence {{ font-size: {self.caption_px}px; border-radius: {self.px(12)}px;
    padding: {self.px(4)}px {self.px(10)}px; border: {self.px(4)}px solid transparent; }}
QLabel#sentence[reading="true"] {{ background: {READING_BG}; border-color: {INK}; }}
QLabel#notice {{ color: {MUTED_INK}; }}
QFrame#task[role="prompt"] {{ background: {PROMPT_BG}; border: {self.px(6)}px solid {PRIMARY};
    border-radius: {r}px; }}
QFrame#task[role="praise"] {{ background: {PRAISE_BG}; border: {self.px(6)}px solid {GO};
    border-radius: {r}px; }}
QLabel#prompt {{ background: transparent; border: none; padding: {self.px(4)}px; }}
QLabel#prompt[role="praise"] {{ font-weight: 700; }}
QWidget#topbar {{ background: {PRIMARY}; }}
QWidget#topbar QLabel {{ color: {WHITE}; font-weight: 700; }}
QPushButton {{ font-size: {b}px; font-weight: 700; border-radius: {r}px;
    padding: {self.px(8)}px {self.px(12)}px; min-height: {self.target - self.px(24)}px;
    min-width: {self.target - self.px(48)}px; }}
QPushButton[kind="primary"] {{ background: {PRIMARY}; color: {WHITE};
    border: {self.px(3)}px solid {PRIMARY}; }}
QPushButton[kind="primary"]:pressed {{ background: {PRIMARY_PRESSED}; }}
QPushButton[kind="go"] {{ background: {GO}; color: {WHITE}; border: {self.px(3)}px solid {GO}; }}
QPushButton[kind="go"]:pressed {{ background: {GO_PRESSED}; }}
QPushButton[kind="secondary"] {{ background: {WHITE}; color: {PRIMARY};
    border: {self.px(4)}px solid {PRIMARY}; }}
QPushButton[kind="secondary"]:pressed {{ background: {BAND}; }}
QPushButton[kind="home"] {{ background: {WHITE}; color: {PRIMARY};
    border: {self.px(4)}px solid {WHITE}; }}
QPushButton:disabled {{ background: {DISABLED_BG}; color: {DISABLED_INK};
    border: {self.px(3)}px solid {DISABLED_BG}; }}
QPushButton:focus {{ outline: none; }}
QPushButton#tile {{ background: {TILE}; border: {self.px(4)}px solid {TILE_BORDER};
    border-radius: {self.px(20)}px; padding: 0px; }}
QPushButton#tile:pressed {{ background: {BAND}; }}
QLabel#tileTitle {{ font-weight: 700; }}
QWidget#card {{ background: {CARD}; border: {self.px(4)}px solid {INK};
    border-radius: {self.px(24)}px; }}
"""
