"""The drawing kit's sizes and colours. Every text colour has at least 7:1 contrast against the
background it is used on."""

from __future__ import annotations

WIDTH, HEIGHT = 1200, 900
ICON = 200  # icons are 200 x 200

FONT = "Noto Sans, DejaVu Sans, sans-serif"

# Colours: every text colour here has at least 7:1 against the background it is used on.
PAPER = "#f5f1e8"  # picture background
INK = "#1a1a1a"
WHITE = "#ffffff"
GREY = "#c5ced8"  # shapes that stand for "something else is here"
MUTED = "#3d3d3d"  # secondary labels on white
BLUE = "#0b4f9c"
GREEN = "#1b5e20"
RED = "#b71c1c"
ORANGE = "#e65100"  # the pointer: rings and arrows
YELLOW = "#ffd54f"
SKIN = "#f6c9a2"
SOFT = {"blue": "#e3ecf7", "green": "#e8f5e9", "red": "#fdecea", "yellow": "#fff8e1"}

# The phone: frame, and the screen inside it where apps are drawn.
PHONE_X, PHONE_Y, PHONE_W, PHONE_H = 90, 20, 540, 860
SCREEN_X, SCREEN_Y, SCREEN_W, SCREEN_H = 114, 92, 492, 716
# Where cards of text go when the phone is on the left.
SIDE_X, SIDE_W = 690, 480
