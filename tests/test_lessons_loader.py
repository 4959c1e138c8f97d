"""Loading lesson packs: what loads, in what order, and every problem with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.lessons import Problem, Target, load_library
from tests.packbuilder import (
    PackBuilder,
    broken,
    lesson_text,
    only_problem,
    problems_of,
    svg,
    write_png,
)

# --- what a good pack gives -------------------------------------------------------------------


def test_a_valid_pack_loads_every_field(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    library = load_library(pack.folder)
    assert library.problems == ()
    (loaded,) = library.packs
    assert (loaded.id, loaded.language, loaded.version, loaded.license) == (
        "vi-basic",
        "vi",
        "1.0",
        "CC-BY-4.0",
    )
    assert [topic.id for topic in loaded.topics] == ["vneid", "scams"]
    assert loaded.folder == pack.folder.resolve()
    (lesson,) = library.lessons
    folder = (pack.folder / "01-install").resolve()
    assert lesson.id == "install"
    assert lesson.title == "Cài đặt ứng dụng VNeID"
    assert lesson.topic == loaded.topics[0]
    assert lesson.summary == "Tải và cài VNeID trên điện thoại."
    assert lesson.icon == folder / "images/icon.svg"
    assert lesson.channels == ("vneid-android", "vneid-ios")
    assert (lesson.language, lesson.pack_id, lesson.folder) == ("vi", "vi-basic", folder)
    first, second = lesson.steps
    assert first.narration == "Bác mở cửa hàng ứng dụng trên điện thoại nhé."
    assert first.image == folder / "images/01.svg"
    assert first.audio == folder / "audio/01.wav"
    assert first.practice is not None
    assert first.practice.prompt == "Bác hãy chạm vào nút Cài đặt."
    assert first.practice.target == Target(300, 200, 100, 90)
    assert (second.audio, second.practice) == (None, None)
    assert lesson.practices == 1
    assert library.find("install", "vi") is lesson


def test_narration_defaults_to_the_text(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    second = load_library(pack.folder).lessons[0].steps[1]
    assert second.narration == second.text == "Chờ ứng dụng cài xong."


def test_practices_counts_the_steps_with_a_practice(pack: PackBuilder) -> None:
    body = lesson_text().replace(
        "    image: images/02.png\n",
        "    image: images/02.png\n    practice:\n      prompt: Chạm.\n"
        "      target: {x: 0, y: 0, width: 200, height: 100}\n",
    )
    pack.lesson("01-install", text=body)
    without = lesson_text("other").replace(
        "    practice:\n      prompt: Bác hãy chạm vào nút Cài đặt.\n"
        "      target: {x: 300, y: 200, width: 100, height: 90}\n",
        "",
    )
    pack.lesson("02-other", text=without)
    library = load_library(pack.folder)
    assert library.problems == ()
    assert [lesson.practices for lesson in library.lessons] == [2, 0]


def test_lessons_follow_pack_order_then_topic_order_then_folder_name(packs: Path) -> None:
    second = PackBuilder(packs / "b-pack", pack_id="b-pack")
    second.lesson("01-later", lesson_id="later")
    first = PackBuilder(packs / "a-pack", pack_id="a-pack")
    first.lesson("03-install", lesson_id="c-vneid")
    first.lesson("01-scam", lesson_id="a-scams", topic="scams")
    first.lesson("02-install", lesson_id="b-vneid")
    (packs / "a-pack" / "04-notes").mkdir()  # no lesson.yaml: not a lesson
    library = load_library(packs)
    assert library.problems == ()
    assert [pack.id for pack in library.packs] == ["a-pack", "b-pack"]
    assert [lesson.id for lesson in library.lessons] == ["b-vneid", "c-vneid", "a-scams", "later"]


def test_a_list_of_sources_loads_in_the_order_given(tmp_path: Path) -> None:
    one = PackBuilder(tmp_path / "one", pack_id="one")
    one.lesson("01-a", lesson_id="a")
    two = PackBuilder(tmp_path / "two", pack_id="two", language="en")
    two.lesson("01-b", lesson_id="b")
    library = load_library([two.folder, one.folder])
    assert [lesson.id for lesson in library.lessons] == ["b", "a"]
    assert library.languages == ("vi", "en")


def test_a_missing_source_is_a_problem(tmp_path: Path) -> None:
    library = load_library(tmp_path / "nowhere")
    assert library.problems == (Problem(tmp_path / "nowhere", 0, "does not exist"),)


# --- one broken lesson never hides the others ----------------------------------------------------


def test_a_broken_lesson_is_skipped_and_the_others_load(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    pack.lesson("02-broken", text="id: [")
    pack.lesson("03-scams", lesson_id="scams", topic="scams")
    library = load_library(pack.folder)
    assert [lesson.id for lesson in library.lessons] == ["install", "scams"]
    assert only_problem(library).path == pack.folder / "02-broken/lesson.yaml"


def test_a_broken_pack_file_skips_only_that_pack(packs: Path) -> None:
    good = PackBuilder(packs / "a-good", pack_id="a-good")
    good.lesson("01-install")
    bad = PackBuilder(packs / "b-bad", pack_id="b-bad")
    bad.lesson("01-other", lesson_id="other")
    bad.write("pack.yaml", (bad.folder / "pack.yaml").read_text().replace("format: 1", "format: 2"))
    library = load_library(packs)
    assert [lesson.id for lesson in library.lessons] == ["install"]
    assert [pack.id for pack in library.packs] == ["a-good"]
    assert problems_of(library) == [("b-bad/pack.yaml", 1, "format: must be 1, not 2")]


def test_every_problem_of_a_lesson_is_listed(pack: PackBuilder) -> None:
    body = (
        lesson_text(topic="nope")
        .replace("title: Cài", "titel: Cài")
        .replace("images/01.svg", "images/missing.svg")
        .replace("width: 100", "width: 0")
    )
    pack.lesson("01-install", text=body)
    assert problems_of(load_library(pack.folder)) == [
        ("01-install/lesson.yaml", 1, "missing required key 'title'"),
        ("01-install/lesson.yaml", 2, "unknown key 'titel' (did you mean 'title'?)"),
        (
            "01-install/lesson.yaml",
            3,
            "topic 'nope' is not one of the pack's topics ('vneid', 'scams')",
        ),
        ("01-install/lesson.yaml", 10, "step 1: image 'images/missing.svg' does not exist"),
        ("01-install/lesson.yaml", 14, "step 1: practice.target.width: must be more than 0, not 0"),
    ]


# --- YAML problems ------------------------------------------------------------------------------


def test_invalid_yaml_names_the_line_of_the_error(pack: PackBuilder) -> None:
    problem = broken(pack, lesson_text().replace("topic: vneid", "topic: vneid: x"))
    assert problem.line == 3
    # libyaml says "... in this context", pure-Python PyYAML "... here"
    assert problem.message.startswith("invalid YAML: mapping values are not allowed")


def test_text_that_is_not_utf8_names_the_line_of_the_first_bad_byte(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    raw = lesson_text().encode().replace("Tải".encode(), b"T\xe1i")  # Latin-1, not UTF-8
    pack.write("01-install/lesson.yaml", raw)
    problem = only_problem(load_library(pack.folder))
    assert (problem.line, problem.message) == (4, "text is not UTF-8 (byte 0xe1)")


def test_a_byte_order_mark_is_accepted(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    pack.write("01-install/lesson.yaml", b"\xef\xbb\xbf" + lesson_text().encode())
    assert load_library(pack.folder).problems == ()


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("- id: a\n- id: b\n", 1, "expected a mapping of keys to values, found a list"),
        ("# nothing\n", 1, "file is empty; expected a mapping of keys to values"),
        ("\n\njust text\n", 3, "expected a mapping of keys to values, found a single value"),
    ],
)
def test_a_file_that_is_not_a_mapping(
    pack: PackBuilder, body: str, line: int, message: str
) -> None:
    problem = broken(pack, body)
    assert (problem.line, problem.message) == (line, message)


def test_a_duplicate_key_is_reported_on_its_second_line(pack: PackBuilder) -> None:
    problem = broken(pack, lesson_text().replace("icon:", "title: Lại\nicon:"))
    assert (problem.line, problem.message) == (5, "duplicate key 'title' (first at line 2)")


def test_aliases_are_refused(pack: PackBuilder) -> None:
    body = (
        lesson_text()
        .replace("title: Cài", "title: &name Cài")
        .replace("summary: Tải và cài VNeID trên điện thoại.", "summary: *name")
    )
    problem = broken(pack, body)
    assert (problem.line, problem.message) == (
        4,
        "YAML aliases (*name) are not allowed; write the value out",
    )


def test_a_billion_laughs_file_is_refused_quickly(pack: PackBuilder) -> None:
    rows = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    rows += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    problem = broken(pack, "\n".join(rows) + "\n")
    assert (problem.line, problem.message) == (
        2,
        "YAML aliases (*name) are not allowed; write the value out",
    )


def test_python_tags_never_run(pack: PackBuilder, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    body = lesson_text().replace(
        "summary: Tải và cài VNeID trên điện thoại.",
        f'summary: !!python/object/apply:os.system ["touch {marker}"]',
    )
    problem = broken(pack, body)
    assert problem.line == 4
    assert problem.message == "tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"
    assert not marker.exists()


def test_numbers_that_are_not_finite_are_refused(pack: PackBuilder) -> None:
    problem = broken(pack, lesson_text().replace("width: 100", "width: .inf"))
    assert (problem.line, problem.message) == (14, "'.inf' is not a finite number")


# --- schema problems ----------------------------------------------------------------------------


def test_an_unknown_key_is_reported_on_its_own_line(pack: PackBuilder) -> None:
    problem = broken(pack, lesson_text().replace("    audio:", "    colour: red\n    audio:"))
    assert (problem.line, problem.message) == (11, "step 1: unknown key 'colour'")


def test_a_missing_key_is_reported_on_the_mapping_that_lacks_it(pack: PackBuilder) -> None:
    problem = broken(pack, lesson_text().replace("    image: images/02.png\n", ""))
    assert (problem.line, problem.message) == (15, "step 2: missing required key 'image'")


def test_a_missing_target_is_reported_on_the_practice_key(pack: PackBuilder) -> None:
    body = lesson_text().replace("      target: {x: 300, y: 200, width: 100, height: 90}\n", "")
    problem = broken(pack, body)
    assert (problem.line, problem.message) == (
        12,
        "step 1: practice: missing required key 'target'",
    )


def test_a_wrong_type_is_reported(pack: PackBuilder) -> None:
    problem = broken(pack, lesson_text().replace("title: Cài đặt ứng dụng VNeID", "title: 12"))
    assert (problem.line, problem.message) == (2, "title: expected text, got 12 (put it in quotes)")


def test_an_empty_step_list_is_reported(pack: PackBuilder) -> None:
    body = lesson_text().split("steps:")[0] + "steps: []\n"
    problem = broken(pack, body)
    assert (problem.line, problem.message) == (7, "steps: needs at least 1 step, has 0")


def test_more_than_fifty_steps_are_reported(pack: PackBuilder) -> None:
    step = "  - text: Bước.\n    image: images/01.svg\n"
    problem = broken(pack, lesson_text().split("steps:")[0] + "steps:\n" + step * 51)
    assert (problem.line, problem.message) == (7, "steps: has 51 steps; the limit is 50")


def test_a_bad_id_is_reported(pack: PackBuilder) -> None:
    problem = broken(pack, lesson_text("VNeID_Install"))
    assert problem.line == 1
    assert problem.message == (
        "id: 'VNeID_Install' must be lowercase letters and digits joined by single hyphens, "
        "like vneid-install"
    )


def test_a_step_text_over_300_characters_is_reported(pack: PackBuilder) -> None:
    long_text = "Chạm " * 61  # 305 characters
    problem = broken(pack, lesson_text().replace("Chờ ứng dụng cài xong.", long_text.strip()))
    assert (problem.line, problem.message) == (
        15,
        "step 2: text: is 304 characters long; the limit is 300",
    )


def test_all_schema_errors_are_reported(pack: PackBuilder) -> None:
    body = (
        lesson_text()
        .replace("summary: Tải và cài VNeID trên điện thoại.", "summary: ''")
        .replace("channels: [vneid-android, vneid-ios]", "channels: [vneid-android, vneid-android]")
        .replace("images/02.png", "images/02.gif")
        .replace("x: 300", "x: -1")
    )
    pack.lesson("01-install", text=body)
    assert problems_of(load_library(pack.folder)) == [
        ("01-install/lesson.yaml", 4, "summary: must not be empty"),
        ("01-install/lesson.yaml", 6, "channels: lists 'vneid-android' more than once"),
        ("01-install/lesson.yaml", 14, "step 1: practice.target.x: must be at least 0, not -1"),
        (
            "01-install/lesson.yaml",
            16,
            "step 2: image: 'images/02.gif' must be a relative path with forward slashes to an "
            ".svg, .png, .jpg or .jpeg file",
        ),
    ]


def test_an_absolute_path_is_reported(pack: PackBuilder) -> None:
    problem = broken(pack, lesson_text().replace("icon: images/icon.svg", "icon: /etc/icon.svg"))
    assert problem.line == 5
    assert problem.message.startswith("icon: '/etc/icon.svg' must be a relative path")


# --- topics and ids -----------------------------------------------------------------------------


def test_a_topic_outside_the_pack_is_reported(pack: PackBuilder) -> None:
    problem = broken(pack, lesson_text(topic="banking"))
    assert (problem.line, problem.message) == (
        3,
        "topic 'banking' is not one of the pack's topics ('vneid', 'scams')",
    )


def test_a_duplicate_lesson_id_keeps_the_first_and_names_it(packs: Path) -> None:
    first = PackBuilder(packs / "a-pack", pack_id="a-pack")
    first.lesson("01-install")
    first.lesson("02-again", lesson_id="install")
    second = PackBuilder(packs / "b-pack", pack_id="b-pack")
    second.lesson("01-install")
    english = PackBuilder(packs / "c-pack", pack_id="c-pack", language="en")
    english.lesson("01-install")  # same id, other language: fine
    library = load_library(packs)
    assert [(lesson.pack_id, lesson.folder.name) for lesson in library.lessons] == [
        ("a-pack", "01-install"),
        ("c-pack", "01-install"),
    ]
    first_file = first.folder / "01-install/lesson.yaml"
    assert library.problems == (
        Problem(
            first.folder / "02-again/lesson.yaml",
            1,
            f"lesson id 'install' is already used by {first_file}",
        ),
        Problem(
            second.folder / "01-install/lesson.yaml",
            1,
            f"lesson id 'install' is already used by {first_file}",
        ),
    )


def test_duplicate_topic_ids_skip_the_pack(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    text = (pack.folder / "pack.yaml").read_text().replace("id: scams", "id: vneid")
    pack.write("pack.yaml", text)
    library = load_library(pack.folder)
    assert library.lessons == ()
    assert problems_of(library) == [
        ("vi-basic/pack.yaml", 10, "topic 2: id 'vneid' is already used by topic 1")
    ]


def test_a_duplicate_pack_id_skips_the_later_pack(packs: Path) -> None:
    PackBuilder(packs / "a", pack_id="same").lesson("01-install")
    PackBuilder(packs / "b", pack_id="same").lesson("01-other", lesson_id="other")
    library = load_library(packs)
    assert [lesson.id for lesson in library.lessons] == ["install"]
    assert problems_of(library) == [
        (
            "b/pack.yaml",
            2,
            f"pack id 'same' is already used by {packs / 'a/pack.yaml'}; pack skipped",
        )
    ]


def test_pack_schema_problems_have_lines(pack: PackBuilder) -> None:
    text = (pack.folder / "pack.yaml").read_text()
    text = text.replace("language: vi", "language: fr").replace('version: "1.0"', "version: 1.0")
    pack.write("pack.yaml", text + "topics_extra: 1\n")
    assert problems_of(load_library(pack.folder)) == [
        ("vi-basic/pack.yaml", 4, "language: must be one of 'vi', 'en', not 'fr'"),
        ("vi-basic/pack.yaml", 5, "version: expected text, got 1 (put it in quotes)"),
        ("vi-basic/pack.yaml", 12, "unknown key 'topics_extra' (did you mean 'topics'?)"),
    ]


# --- size --------------------------------------------------------------------------------------


def test_a_hundred_lessons_of_eight_steps_all_load(pack: PackBuilder) -> None:
    steps = "".join(
        f"  - text: Bước {n}, chạm vào nút.\n"
        f"    image: images/{n:02}.{'svg' if n % 2 else 'png'}\n"
        "    practice:\n      prompt: Chạm vào nút.\n"
        "      target: {x: 10, y: 10, width: 50, height: 50}\n"
        for n in range(1, 9)
    )
    head = "title: Bài\ntopic: vneid\nsummary: Tóm tắt.\nicon: images/icon.svg\nsteps:\n"
    for number in range(100):
        folder = f"{number:03}-lesson"
        pack.write(f"{folder}/lesson.yaml", f"id: lesson-{number}\n{head}{steps}")
        pack.write(f"{folder}/images/icon.svg", svg(100, 100))
        for n in range(1, 9, 2):
            pack.write(f"{folder}/images/{n:02}.svg", svg())
            write_png(pack.folder / folder / f"images/{n + 1:02}.png")
    library = load_library(pack.folder)
    assert library.problems == ()
    assert len(library.lessons) == 100
