"""The words residents read and hear: one spelling of each word, and every instruction said to
"bác" (a bare command to an older person sounds rude in Vietnamese).

Rules enforced here:
1. Spelling (kiosk.spelling): a syllable ending in oa, oe or uy carries its tone on the first
   vowel ("hóa", "khỏe", "thủy", "Ủy ban"), never on the second ("hoá", "khoẻ", "thuỷ",
   "Uỷ"), in every text the kiosk shows, speaks or prints: the Vietnamese translations, the
   Vietnamese lesson pack (texts, narration, prompts, pronunciations, words in pictures), the
   channels' labels, the Vietnamese strings in the program (kiosk/, ui/), and the README.
2. Address: in the Vietnamese lessons, a sentence of a caption or narration that tells the
   resident to do something (one of its clauses begins with a verb in COMMANDS, or begins
   the sentence with one in SENTENCE_COMMANDS) names "bác" in that sentence; and a caption
   says "bác" whenever its narration does.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.channels.defaults import default_registry
from kiosk.lessons.model import Library
from kiosk.paths import bundled_lessons_dir
from kiosk.spelling import house_style, misplaced_tones

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nhà văn hoá tổ 3", ["hoá"]),
        ("Uỷ ban nhân dân xã", ["Uỷ"]),
        ("HOÀ BÌNH", ["HOÀ"]),
        ("sức khoẻ, thuỷ lợi, tuỳ bác", ["khoẻ", "thuỷ", "tuỳ"]),
        ("mắt loà, xoè tay, goá", ["loà", "xoè", "goá"]),
        ("Nhà văn hóa, Ủy ban, sức khỏe, thủy, tùy", []),
        # A final consonant or vowel: the mark belongs on the second vowel in every style.
        ("hoán đổi, hoạt động, khoét, xoáy, thuyết, khuỷu tay, hoàn thành, quyết", []),
        # After q the u is part of the consonant: quý, quỳ, quỹ are right.
        ("quý khách, quỳ, quỹ, Quý", []),
        ("Xoá_tin", ["Xoá"]),
        ("hoa\u0300 (decomposed)", ["hoà"]),
    ],
)
def test_misplaced_tones_are_found_only_at_the_end_of_a_syllable(
    text: str, found: list[str]
) -> None:
    assert misplaced_tones(text) == found


@pytest.mark.parametrize(
    ("word", "fixed"),
    [("hoá", "hóa"), ("Uỷ", "Ủy"), ("KHOẺ", "KHỎE"), ("thuỵ", "thụy"), ("quý", "quý")],
)
def test_house_style_moves_the_tone_onto_the_first_vowel(word: str, fixed: str) -> None:
    assert house_style(word) == fixed


def _python_strings(path: Path) -> Iterator[tuple[int, str]]:
    """The string constants of a module that are not docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if is_text and id(node) not in docstrings:
            yield node.lineno, node.value


def _resident_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for everything the kiosk shows, speaks or prints in Vietnamese."""
    for path in sorted((ROOT / "resources" / "translations").glob("*_vi.ts")):
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
    for path in sorted((bundled_lessons_dir() / "vi").rglob("*")):
        if path.suffix in (".yaml", ".svg"):
            yield str(path), path.read_text(encoding="utf-8")
    for channel in default_registry().channels:
        yield f"channel {channel.id}", channel.label_vi
    for folder in ("kiosk", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for line, text in _python_strings(path):
                yield f"{path.relative_to(ROOT)}:{line}", text
    yield "README.md", (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_scan_reaches_every_kind_of_text() -> None:
    places = [where for where, _ in _resident_texts()]
    assert "resources/translations/kiosk_vi.ts" in places
    assert any(place.endswith("lesson.yaml") for place in places)
    assert any(place.endswith(".svg") for place in places)
    assert any(place.startswith("channel ") for place in places)
    assert any(place.startswith("ui/screens/") for place in places)


def test_every_resident_facing_text_puts_the_tone_where_state_documents_do() -> None:
    wrong = [
        (where, word, house_style(word))
        for where, text in _resident_texts()
        for word in misplaced_tones(text)
    ]
    assert wrong == []


# Verbs that tell the resident to do something wherever a clause begins with them.
_COMMAND_WORDS = (
    "chạm gõ mở xem chọn đặt nhập đọc chờ vuốt tìm đưa hướng hỏi nhớ bật cài chụp giữ quét "
    "đừng tắt kéo bấm ấn đếm"
)
COMMANDS = frozenset(_COMMAND_WORDS.split())
# Verbs that are commands only at the start of a sentence ("gọi tắt là", "mang tên xã",
# "biết nói, viết").
SENTENCE_COMMANDS = frozenset({"mang", "gọi", "làm", "viết"})
_CONNECTIVES = ("rồi", "và", "sau đó")


def _sentences(text: str) -> list[str]:
    # A full stop that ends a sentence is followed by a space ("dichvucong.gov.vn" is one word).
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def _first_word(clause: str) -> str:
    words = clause.strip().lower().split()
    while len(words) > 1 and words[0] in _CONNECTIVES:
        words = words[1:]
    return words[0].strip("“”\"'(") if words else ""


def _says_bac(text: str) -> bool:
    return re.search(r"(?<!\w)bác(?!\w)", text, re.IGNORECASE) is not None


def unaddressed(text: str) -> list[str]:
    """The sentences of `text` that give the resident a command without saying "bác"."""
    found = []
    for sentence in _sentences(text):
        if _says_bac(sentence):
            continue
        clauses = [c for c in re.split(r"[,:;]", sentence) if c.strip()]
        starts = [_first_word(c) for c in clauses]
        if any(word in COMMANDS for word in starts) or starts[0] in SENTENCE_COMMANDS:
            found.append(sentence)
    return found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Cài xong, chạm nút Mở.", ["Cài xong, chạm nút Mở."]),
        ("Cài xong, bác chạm nút Mở.", []),
        ("Gõ mã vào ô. Bác đừng đọc mã cho ai.", ["Gõ mã vào ô."]),
        ("Đúng rồi. Rồi chạm Đồng ý.", ["Rồi chạm Đồng ý."]),
        ("Mang thẻ căn cước đến công an xã.", ["Mang thẻ căn cước đến công an xã."]),
        ("Trí tuệ nhân tạo, gọi tắt là AI, biết nói.", []),
        ("Vào trang dichvucong.gov.vn. Bác xem kỹ.", []),
    ],
)
def test_unaddressed_commands_are_found(text: str, found: list[str]) -> None:
    assert unaddressed(text) == found


def test_every_instruction_in_the_lessons_is_said_to_bac(bundled_library: Library) -> None:
    rude = []
    for lesson in bundled_library.in_language("vi"):
        for number, step in enumerate(lesson.steps, 1):
            texts = [step.text, step.narration] + ([step.practice.prompt] if step.practice else [])
            rude += [
                (lesson.id, number, sentence) for text in texts for sentence in unaddressed(text)
            ]
    assert rude == []


def test_a_caption_says_bac_when_its_narration_does(bundled_library: Library) -> None:
    differ = [
        (lesson.id, number, step.text)
        for lesson in bundled_library.in_language("vi")
        for number, step in enumerate(lesson.steps, 1)
        if _says_bac(step.narration) and not _says_bac(step.text)
    ]
    assert differ == []
