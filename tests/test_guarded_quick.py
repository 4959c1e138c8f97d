"""The guarded JSON reader's quick look (kiosk.guarded._plainly_within) never lets through what
the token-by-token scan refuses: thousands of generated texts, near and over every limit, read
with and without it, give the same value or the same refusal (reason and line)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from kiosk import guarded

PIECES = [
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    " ",
    "\n",
    "true",
    "null",
    "0",
    "-7",
    "3.25",
    "1e5",
    "2E-3",
    "1e999",
    "1e99999",
    "NaN",
    "Infinity",
    "-Infinity",
    "Na",
    "N",
    '"',
    '\\"',
    "\\",
    "\\\\",
    '"x"',
    '"[["',
    '"{"',
    '"NaN"',
    '"Infinity"',
    '"\\ud800"',
    '"\\uDBFF"',
    '"\\udfff"',
    '"\\uDF00"',
    '"\\u00e9"',
    '"\\\\ud800"',
    '"ti\\u1ebfng Vi\\u1ec7t"',
    "\ud800",
    '"' + "y" * 9 + '"',
    "9" * 12,
    "1" * 31,
    "-" + "2" * 30,
    "0." + "5" * 40,
    '"]"',
    "'",
    "e",
    "E",
    "+",
]


def outcome(text: str, quick: bool, depth: int, longest: int) -> tuple[str, Any]:
    saved = guarded._plainly_within, guarded._may_hold_a_surrogate
    if not quick:  # the reader as it was: every token scanned, every value walked
        guarded._plainly_within = lambda *args: False  # type: ignore[assignment]
        guarded._may_hold_a_surrogate = lambda text: True  # type: ignore[assignment]
    try:
        value = guarded.parse_json(text, Path("f.json"), max_depth=depth, max_string=longest)
    except guarded.BadFile as bad:
        return "bad", (bad.reason, bad.line)
    finally:
        guarded._plainly_within, guarded._may_hold_a_surrogate = saved
    return "value", value


@pytest.mark.parametrize("seed", range(8))
def test_generated_texts_read_alike_with_and_without_the_quick_look(seed: int):
    rng = random.Random(seed)
    counts = {"value": 0, "bad": 0}
    for _ in range(600):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
        depth, longest = rng.randint(1, 6), rng.randint(1, 12)
        quick = outcome(text, True, depth, longest)
        assert quick == outcome(text, False, depth, longest), text
        counts[quick[0]] += 1
    assert counts["bad"] > 100  # the limits are reached


@pytest.mark.parametrize("seed", range(4))
def test_generated_valid_documents_read_alike_near_the_limits(seed: int):
    """Valid JSON (so the parser's own errors do not hide the limits), nested and long."""
    rng = random.Random(1000 + seed)

    def value(level: int) -> str:
        kind = rng.randrange(7 if level < 9 else 4)
        if kind == 0:
            return rng.choice(["1", "-2.5", "1e3", "9" * rng.randint(25, 35), "true", "null"])
        if kind in (1, 2, 3):
            body = rng.choice(
                ["a", "\\u00e9", "\\ud83d\\ude00", "\\udc00", "\udc01", "x" * 20, "\\\\u"]
            )  # escapes of a pair and of a lone surrogate, a lone one itself, a backslash
            return '"' + body * rng.randint(0, 3) + '"'
        if kind in (4, 5):
            return "[" + ",".join(value(level + 1) for _ in range(rng.randint(0, 3))) + "]"
        items = [f'"k{n}":{value(level + 1)}' for n in range(rng.randint(0, 3))]
        return "{" + ",".join(items) + "}"

    counts = {"value": 0, "bad": 0}
    for _ in range(400):
        text = value(0)
        depth, longest = rng.randint(2, 8), rng.randint(10, 60)
        quick = outcome(text, True, depth, longest)
        assert quick == outcome(text, False, depth, longest), text
        counts[quick[0]] += 1
    assert counts["value"] > 50 and counts["bad"] > 50


def test_the_quick_look_passes_the_lesson_index_and_what_the_kiosk_writes(tmp_path: Path):
    """What it is for: the kiosk's own files take the quick way, and read the same."""
    from kiosk.lessons.index import library_to_json
    from kiosk.lessons.loader import load_library
    from kiosk.paths import bundled_lessons_dir

    text = library_to_json(load_library(bundled_lessons_dir(), extract_dir=tmp_path))
    assert len(text) > 100_000
    assert guarded._plainly_within(text, guarded.MAX_DEPTH, guarded.MAX_STRING)
    assert outcome(text, True, 32, 100_000) == outcome(text, False, 32, 100_000)
