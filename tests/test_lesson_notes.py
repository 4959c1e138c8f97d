"""The facilitator's notes of a lesson and of each step (class mode): optional plain text, read
from lesson.yaml, kept in the lessons index, checked by `kiosk lessons check`, written for every
bundled step in both languages, and never part of what the voice says."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kiosk import guarded
from kiosk.cli import main as kiosk
from kiosk.lessons import Library, load_library
from kiosk.lessons.checks import hidden_characters
from kiosk.lessons.index import (
    INDEX_FILE,
    INDEX_FORMAT,
    library_from_json,
    library_to_json,
    load_indexed_library,
)
from kiosk.lessons.model import LANGUAGES
from kiosk.lessons.schema import schema_path
from kiosk.narration.script import step_script
from kiosk.narration.sentences import split_sentences
from kiosk.spelling import misplaced_tones
from tests.packbuilder import PackBuilder, lesson_text, only_problem

STEP_LIMIT = 600
VIETNAMESE_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
LESSON_LIMIT = 1000

# Where a note goes in tests/packbuilder.py's LESSON: after the line of `channels` (6) for the
# lesson, after `audio` (11) for step 1, after the last line (16) for step 2; the note then
# stands on the line after, shifted by the notes written above it.
LESSON_AFTER, STEP1_AFTER, STEP2_AFTER = 6, 11, 16


def with_notes(
    lesson: str | None = None, step1: str | None = None, step2: str | None = None
) -> str:
    """The test lesson with `notes: VALUE` lines (VALUE written as YAML, as given)."""
    lines = lesson_text().splitlines()
    for after, indent, value in (
        (STEP2_AFTER, "    ", step2),
        (STEP1_AFTER, "    ", step1),
        (LESSON_AFTER, "", lesson),
    ):
        if value is not None:
            lines.insert(after, f"{indent}notes: {value}")
    return "\n".join(lines) + "\n"


def load(pack: PackBuilder, text: str) -> Library:
    pack.lesson("01-install", text=text)
    return load_library(pack.folder)


def bad(pack: PackBuilder, text: str) -> tuple[int, str]:
    library = load(pack, text)
    assert library.lessons == ()
    problem = only_problem(library)
    assert problem.path == pack.folder / "01-install" / "lesson.yaml"
    return problem.line, problem.message


# --- notes that load ----------------------------------------------------------------------------


def test_notes_load_from_the_lesson_and_its_steps(pack: PackBuilder) -> None:
    library = load(
        pack,
        with_notes(
            lesson="Bà con cần thẻ căn cước.",
            step1='"Cầm máy lên cho cả lớp xem. Hỏi lớp: nút nào là Cài đặt?"',
        ),
    )
    assert library.problems == ()
    (lesson,) = library.lessons
    assert lesson.notes == "Bà con cần thẻ căn cước."
    assert lesson.steps[0].notes == "Cầm máy lên cho cả lớp xem. Hỏi lớp: nút nào là Cài đặt?"
    assert lesson.steps[1].notes == ""


def test_a_lesson_without_notes_loads_with_empty_notes(pack: PackBuilder) -> None:
    """The console shows "no notes for this step" for these: never an error."""
    library = load(pack, lesson_text())
    assert library.problems == ()
    (lesson,) = library.lessons
    assert lesson.notes == ""
    assert [step.notes for step in lesson.steps] == ["", ""]


@pytest.mark.parametrize(
    ("written", "loaded"),
    [
        ('""', ""),
        ('"   "', ""),
        ("'  Hỏi lớp.  '", "Hỏi lớp."),
        ('"Dòng một.\\nDòng hai."', "Dòng một.\nDòng hai."),
        ('"Cột:\\tmột"', "Cột:\tmột"),
        ("2025-07-01", "2025-07-01"),  # YAML would make it a date; the kiosk reads text
        ('"#1: ứng dụng thật"', "#1: ứng dụng thật"),
    ],
)
def test_notes_are_plain_text_trimmed(pack: PackBuilder, written: str, loaded: str) -> None:
    library = load(pack, with_notes(step2=written))
    assert library.problems == ()
    assert library.lessons[0].steps[1].notes == loaded


def test_a_block_of_several_lines_keeps_its_line_breaks(pack: PackBuilder) -> None:
    text = with_notes(step2="|\n      Cầm máy lên cho cả lớp xem.\n      Hỏi lớp: nút nào?")
    library = load(pack, text)
    assert library.problems == ()
    assert library.lessons[0].steps[1].notes == "Cầm máy lên cho cả lớp xem.\nHỏi lớp: nút nào?"


def test_notes_at_the_limits_load(pack: PackBuilder) -> None:
    library = load(
        pack, with_notes(lesson="a" * LESSON_LIMIT, step1="b" * STEP_LIMIT, step2="ư" * STEP_LIMIT)
    )
    assert library.problems == ()
    lesson = library.lessons[0]
    assert len(lesson.notes) == LESSON_LIMIT
    assert [len(step.notes) for step in lesson.steps] == [STEP_LIMIT, STEP_LIMIT]


# --- notes that are wrong -----------------------------------------------------------------------

NOT_TEXT = [
    ("42", "expected text, got 42 (put it in quotes)"),
    ("-7", "expected text, got -7 (put it in quotes)"),
    ("3.5", "expected text, got 3.5 (put it in quotes)"),
    ("1.5e+3", "expected text, got 1500 (put it in quotes)"),
    ("true", "expected text, got true (put it in quotes)"),
    ("no", "expected text, got false (put it in quotes)"),
    ("null", "expected text, got nothing (null) (put it in quotes)"),
    ("~", "expected text, got nothing (null) (put it in quotes)"),
    ("", "expected text, got nothing (null) (put it in quotes)"),
    ("[Cầm máy lên, Hỏi lớp]", "expected text, got a list"),
    ("[]", "expected text, got a list"),
    ("\n      - Cầm máy lên\n      - Hỏi lớp", "expected text, got a list"),
    ("{hỏi: lớp}", "expected text, got a mapping"),
    ("\n      vi: Hỏi lớp\n      en: Ask the group", "expected text, got a mapping"),
]


@pytest.mark.parametrize(("written", "expected"), NOT_TEXT)
def test_step_notes_that_are_not_text_are_reported(
    pack: PackBuilder, written: str, expected: str
) -> None:
    assert bad(pack, with_notes(step2=written)) == (STEP2_AFTER + 1, f"step 2: notes: {expected}")


@pytest.mark.parametrize(("written", "expected"), NOT_TEXT)
def test_lesson_notes_that_are_not_text_are_reported(
    pack: PackBuilder, written: str, expected: str
) -> None:
    assert bad(pack, with_notes(lesson=written)) == (LESSON_AFTER + 1, f"notes: {expected}")


@pytest.mark.parametrize(
    ("where", "length", "line", "message"),
    [
        ("step1", STEP_LIMIT + 1, STEP1_AFTER + 1, "step 1: notes: is 601 characters long"),
        ("step2", 5000, STEP2_AFTER + 1, "step 2: notes: is 5000 characters long"),
        ("lesson", LESSON_LIMIT + 1, LESSON_AFTER + 1, "notes: is 1001 characters long"),
        ("lesson", 20_000, LESSON_AFTER + 1, "notes: is 20000 characters long"),
    ],
)
def test_notes_that_are_too_long_are_reported(
    pack: PackBuilder, where: str, length: int, line: int, message: str
) -> None:
    limit = LESSON_LIMIT if where == "lesson" else STEP_LIMIT
    assert bad(pack, with_notes(**{where: "ô" * length})) == (
        line,
        f"{message}; the limit is {limit}",
    )


HIDDEN = [
    ("\\u200b", "U+200B ZERO WIDTH SPACE"),
    ("\\u200c", "U+200C ZERO WIDTH NON-JOINER"),
    ("\\u200d", "U+200D ZERO WIDTH JOINER"),
    ("\\u200e", "U+200E LEFT-TO-RIGHT MARK"),
    ("\\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("\\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE"),
    ("\\u2060", "U+2060 WORD JOINER"),
    ("\\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
    ("\\u00ad", "U+00AD SOFT HYPHEN"),
    ("\\u0007", "U+0007"),
    ("\\u001b", "U+001B"),
    ("\\u0085", "U+0085"),
    ("\\u2028", "U+2028 LINE SEPARATOR"),
    ("\\u2029", "U+2029 PARAGRAPH SEPARATOR"),
    ("\\ue000", "U+E000"),
]


@pytest.mark.parametrize(("escape", "named"), HIDDEN)
def test_hidden_characters_in_step_notes_are_reported(
    pack: PackBuilder, escape: str, named: str
) -> None:
    written = f'"Hỏi lớp{escape}: nút nào?"'
    assert bad(pack, with_notes(step1=written)) == (
        STEP1_AFTER + 1,
        f"step 1: notes hold a hidden character, {named}, at character 8; write the notes as "
        "plain text",
    )


@pytest.mark.parametrize(("escape", "named"), HIDDEN[:6])
def test_hidden_characters_in_lesson_notes_are_reported(
    pack: PackBuilder, escape: str, named: str
) -> None:
    written = f'"{escape}Bà con cần thẻ căn cước."'
    assert bad(pack, with_notes(lesson=written)) == (
        LESSON_AFTER + 1,
        f"notes hold a hidden character, {named}, at character 1; write the notes as plain text",
    )


def test_several_hidden_characters_are_counted(pack: PackBuilder) -> None:
    line, message = bad(pack, with_notes(step2='"Cầm\\u200bmáy\\u200blên\\u202echo lớp"'))
    assert line == STEP2_AFTER + 1
    assert message == (
        "step 2: notes hold a hidden character, U+200B ZERO WIDTH SPACE, at character 4 "
        "(and 2 more); write the notes as plain text"
    )


def test_a_hidden_character_written_raw_in_the_file_is_reported(pack: PackBuilder) -> None:
    line, message = bad(pack, with_notes(step2="Hỏi\u200blớp"))
    assert (line, message.split(",")[0]) == (
        STEP2_AFTER + 1,
        "step 2: notes hold a hidden character",
    )


def test_each_wrong_note_is_reported_and_the_other_lessons_load(pack: PackBuilder) -> None:
    pack.lesson("01-install", text=with_notes(lesson="12", step1='"a\\u200bb"', step2="[x]"))
    pack.lesson("02-good", text=with_notes(step1='"Hỏi lớp: nút nào?"').replace("install", "good"))
    library = load_library(pack.folder)
    assert [lesson.id for lesson in library.lessons] == ["good"]
    assert library.lessons[0].steps[0].notes == "Hỏi lớp: nút nào?"
    assert sorted((p.line, p.message) for p in library.problems) == [
        (LESSON_AFTER + 1, "notes: expected text, got 12 (put it in quotes)"),
        (
            STEP1_AFTER + 2,
            "step 1: notes hold a hidden character, U+200B ZERO WIDTH SPACE, at character 2; "
            "write the notes as plain text",
        ),
        (STEP2_AFTER + 3, "step 2: notes: expected text, got a list"),
    ]


def test_a_misspelt_notes_key_is_named(pack: PackBuilder) -> None:
    text = with_notes(step2="Hỏi lớp.").replace("    notes:", "    note:")
    assert bad(pack, text) == (
        STEP2_AFTER + 1,
        "step 2: unknown key 'note' (did you mean 'notes'?)",
    )


def test_kiosk_lessons_check_reports_wrong_notes(
    pack: PackBuilder, capsys: pytest.CaptureFixture[str]
) -> None:
    pack.lesson("01-install", text=with_notes(step1="true", step2='"Hỏi\\u202elớp"'))
    assert kiosk(["lessons", "check", str(pack.folder)]) == 1
    out = capsys.readouterr().out.splitlines()
    yaml_file = pack.folder / "01-install" / "lesson.yaml"
    assert (
        f"{yaml_file}:{STEP1_AFTER + 1}: step 1: notes: expected text, got true (put it in quotes)"
        in out
    )
    assert (
        f"{yaml_file}:{STEP2_AFTER + 2}: step 2: notes hold a hidden character, U+202E "
        "RIGHT-TO-LEFT OVERRIDE, at character 4; write the notes as plain text"
    ) in out


def test_hidden_characters_leave_line_breaks_tabs_and_vietnamese_alone() -> None:
    assert hidden_characters("Hỏi lớp:\n\tnút Cài đặt ở đâu? Ủy ban, thủy, hóa – “được”") == []
    assert hidden_characters("a\u200bb\u00adc") == [
        (2, "U+200B ZERO WIDTH SPACE"),
        (4, "U+00AD SOFT HYPHEN"),
    ]


def test_the_published_schema_describes_notes() -> None:
    schema = json.loads(schema_path("lesson").read_text(encoding="utf-8"))
    lesson_notes = schema["properties"]["notes"]
    step_notes = schema["$defs"]["step"]["properties"]["notes"]
    assert (lesson_notes["maxLength"], step_notes["maxLength"]) == (LESSON_LIMIT, STEP_LIMIT)
    assert lesson_notes["$ref"] == step_notes["$ref"] == "#/$defs/notes"
    assert schema["$defs"]["notes"]["type"] == "string"
    assert "notes" not in schema["required"]
    assert "notes" not in schema["$defs"]["step"]["required"]


# --- the lessons index --------------------------------------------------------------------------


def test_notes_survive_the_index(pack: PackBuilder, tmp_path: Path) -> None:
    pack.lesson("01-install", text=with_notes(lesson="Chuẩn bị thẻ.", step2='"Hỏi lớp:\\nnút?"'))
    checked = load_library(pack.folder)
    assert library_from_json(library_to_json(checked)) == checked
    first = load_indexed_library(pack.folder, tmp_path / "data")
    index = tmp_path / "data" / INDEX_FILE
    body = json.loads(index.read_text(encoding="utf-8").partition("\n")[2])
    assert body["lessons"][0]["notes"] == "Chuẩn bị thẻ."
    assert [step["notes"] for step in body["lessons"][0]["steps"]] == ["", "Hỏi lớp:\nnút?"]
    second = load_indexed_library(pack.folder, tmp_path / "data")  # from the index
    assert first == second == checked
    assert second.lessons[0].steps[1].notes == "Hỏi lớp:\nnút?"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda step: step.pop("notes"), "notes is missing"),
        (lambda step: step.update(notes=7), "notes must be"),
        (lambda step: step.update(notes=None), "notes must be"),
        (lambda step: step.update(notes=["a"]), "notes must be"),
    ],
)
def test_an_index_with_wrong_notes_is_refused(
    pack: PackBuilder, change: Callable[[dict[str, Any]], object], reason: str
) -> None:
    pack.lesson("01-install")
    raw = json.loads(library_to_json(load_library(pack.folder)))
    change(raw["lessons"][0]["steps"][0])
    with pytest.raises(guarded.BadFile, match=reason):
        library_from_json(json.dumps(raw))


def test_an_index_from_before_notes_is_not_used(pack: PackBuilder, tmp_path: Path) -> None:
    """An index written by a kiosk without notes (format 3) has no notes: a full check follows,
    which reads them."""
    pack.lesson("01-install", text=with_notes(step1="Hỏi lớp."))
    load_indexed_library(pack.folder, tmp_path / "data")
    index = tmp_path / "data" / INDEX_FILE
    head, _, body = index.read_text(encoding="utf-8").partition("\n")
    raw = json.loads(body)
    for lesson in raw["lessons"]:
        del lesson["notes"]
        for step in lesson["steps"]:
            del step["notes"]
    assert head.startswith(f"{INDEX_FORMAT} ")
    index.write_text(f"3{head[len(str(INDEX_FORMAT)) :]}\n{json.dumps(raw)}", encoding="utf-8")
    library = load_indexed_library(pack.folder, tmp_path / "data")
    assert library.lessons[0].steps[0].notes == "Hỏi lớp."


# --- the bundled lessons ------------------------------------------------------------------------


def test_every_bundled_lesson_and_step_has_notes_in_both_languages(
    bundled_library: Library,
) -> None:
    missing = [
        (lesson.language, lesson.id, number)
        for lesson in bundled_library.lessons
        for number, step in enumerate(lesson.steps, 1)
        if not step.notes.strip()
    ]
    missing += [
        (lesson.language, lesson.id, 0) for lesson in bundled_library.lessons if not lesson.notes
    ]
    assert missing == []
    for language in LANGUAGES:
        assert len(bundled_library.in_language(language)) == 15
    assert sum(len(lesson.steps) for lesson in bundled_library.lessons) == 2 * 151


def test_the_bundled_notes_are_written_in_each_language(bundled_library: Library) -> None:
    for vi in bundled_library.in_language("vi"):
        en = bundled_library.find(vi.id, "en")
        assert en is not None
        assert vi.notes != en.notes
        assert len(vi.notes) <= LESSON_LIMIT and len(en.notes) <= LESSON_LIMIT
        for number, (vi_step, en_step) in enumerate(zip(vi.steps, en.steps, strict=True), 1):
            where = (vi.id, number)
            assert vi_step.notes != en_step.notes, where
            assert len(vi_step.notes) <= STEP_LIMIT and len(en_step.notes) <= STEP_LIMIT, where
            assert VIETNAMESE_LETTERS & set(vi_step.notes.lower()), where
            assert misplaced_tones(vi_step.notes) == [], where
            assert hidden_characters(vi_step.notes + en_step.notes) == [], where


def test_notes_never_reach_the_narration(bundled_library: Library) -> None:
    """What a step says and shows is the same with and without its notes, and no sentence of
    the notes (nor of the lesson's notes) is in it."""
    checked = 0
    for lesson in bundled_library.lessons:
        said = bundled_library.pronunciations_for(lesson)
        lesson_sentences = split_sentences(lesson.notes)
        for step in lesson.steps:
            script = step_script(step, lesson.language, said)
            assert script == step_script(replace(step, notes=""), lesson.language, said)
            words = " ".join([*script.shown, *(spoken.text for spoken in script.spoken)])
            for sentence in [*split_sentences(step.notes), *lesson_sentences]:
                if len(sentence) >= 12:
                    assert sentence not in words, (lesson.id, sentence)
            checked += 1
    assert checked == 2 * 151


def test_a_step_with_notes_speaks_exactly_as_one_without(pack: PackBuilder) -> None:
    note = "Hỏi lớp: nút Cài đặt ở đâu? Cầm máy lên cho cả lớp xem."
    with_note = load(pack, with_notes(step1=f'"{note}"')).lessons[0].steps[0]
    pack.lesson("01-install", text=lesson_text())
    without = load_library(pack.folder).lessons[0].steps[0]
    assert with_note.notes == note and without.notes == ""
    assert step_script(with_note, "vi", {}) == step_script(without, "vi", {})
    spoken = " ".join(spoken.text for spoken in step_script(with_note, "vi", {}).spoken)
    assert "Hỏi lớp" not in spoken and "cả lớp" not in spoken
