"""A pack's own pronunciations: pack.yaml's optional `pronunciations` mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.lessons import load_library
from kiosk.lessons.index import library_from_json, library_to_json, load_indexed_library
from kiosk.narration.normalize import normalize
from tests.packbuilder import PACK, PackBuilder, only_problem

# Line 12 is `pronunciations:`, line 13 the first entry.
PRONUNCIATIONS = """\
pronunciations:
  BHXH: bảo hiểm xã hội của tỉnh
  eKYC: i kây oai xi
  Hợp tác xã Tân Lập: hợp tác xã Tân Lập
"""


def write_pack(folder: Path, block: str, pack_id: str = "vi-basic") -> PackBuilder:
    pack = PackBuilder(folder, pack_id=pack_id)
    pack.write("pack.yaml", PACK.format(pack_id=pack_id, language="vi") + block)
    pack.lesson("01-install")
    return pack


def pack_problem(pack: PackBuilder) -> tuple[int, str]:
    library = load_library(pack.folder)
    assert library.packs == ()
    problem = only_problem(library)
    assert problem.path == pack.folder / "pack.yaml"
    return problem.line, problem.message


def test_a_pack_without_pronunciations_has_none(tmp_path: Path) -> None:
    pack = PackBuilder(tmp_path / "vi-basic")
    pack.lesson("01-install")
    library = load_library(pack.folder)
    assert library.packs[0].pronunciations == ()
    assert library.pronunciations_for(library.lessons[0]) == {}


def test_pronunciations_load_in_order(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "vi-basic", PRONUNCIATIONS)
    library = load_library(pack.folder)
    assert library.problems == ()
    (loaded,) = library.packs
    assert loaded.pronunciations == (
        ("BHXH", "bảo hiểm xã hội của tỉnh"),
        ("eKYC", "i kây oai xi"),
        ("Hợp tác xã Tân Lập", "hợp tác xã Tân Lập"),
    )
    hash(loaded)  # still a frozen, hashable value


def test_pronunciations_for_picks_the_lessons_own_pack(tmp_path: Path) -> None:
    write_pack(tmp_path / "packs" / "a-pack", PRONUNCIATIONS, pack_id="vi-basic")
    other = PackBuilder(tmp_path / "packs" / "b-pack", pack_id="vi-extra")
    other.lesson("01-other")
    library = load_library(tmp_path / "packs")
    assert library.problems == ()
    first, second = library.lessons
    assert library.pronunciations_for(first)["eKYC"] == "i kây oai xi"
    assert library.pronunciations_for(second) == {}


def test_pack_pronunciations_reach_the_voice(tmp_path: Path) -> None:
    library = load_library(write_pack(tmp_path / "vi-basic", PRONUNCIATIONS).folder)
    said = library.pronunciations_for(library.lessons[0])
    assert normalize("Nộp BHXH qua eKYC.", "vi", said) == (
        "Nộp bảo hiểm xã hội của tỉnh qua i kây oai xi."
    )


@pytest.mark.parametrize(
    ("block", "line", "message"),
    [
        (
            "pronunciations: [BHXH]\n",
            12,
            "pronunciations: expected a mapping of keys to values, got a list",
        ),
        (
            "pronunciations:\n  BHXH: 5\n",
            13,
            "pronunciations.BHXH: expected text, got 5 (put it in quotes)",
        ),
        (
            "pronunciations:\n  BHXH:\n",
            13,
            "pronunciations.BHXH: expected text, got nothing (null) (put it in quotes)",
        ),
        (
            "pronunciations:\n  OK: x\n  BHXH: '  '\n",
            14,
            "pronunciations.BHXH: must not be empty",
        ),
        (
            "pronunciations:\n  OK: x\n  BHXH: " + "a" * 201 + "\n",
            14,
            "pronunciations.BHXH: is 201 characters long; the limit is 200",
        ),
        (
            "pronunciations:\n  OK: x\n  " + "A" * 61 + ": x\n",
            14,
            f"pronunciations: key '{'A' * 37}...' is 61 characters long; the limit is 60",
        ),
        (
            "pronunciations:\n  OK: x\n  '': x\n",
            14,
            "pronunciations: key '' must not be empty",
        ),
        (
            "pronunciation:\n  BHXH: x\n",
            12,
            "unknown key 'pronunciation' (did you mean 'pronunciations'?)",
        ),
    ],
)
def test_bad_pronunciations_are_problems_with_their_line(
    tmp_path: Path, block: str, line: int, message: str
) -> None:
    pack = write_pack(tmp_path / "vi-basic", block)
    assert pack_problem(pack) == (line, message)


def test_at_most_500_pronunciations(tmp_path: Path) -> None:
    entries = "".join(f"  W{index}: từ {index}\n" for index in range(500))
    pack = write_pack(tmp_path / "vi-basic", "pronunciations:\n" + entries)
    assert load_library(pack.folder).problems == ()
    pack = write_pack(tmp_path / "vi-more", "pronunciations:\n" + entries + "  W500: x\n")
    assert pack_problem(pack) == (12, "pronunciations: has 501 entries; the limit is 500")


def test_the_index_keeps_pronunciations(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "vi-basic", PRONUNCIATIONS)
    checked = load_library(pack.folder)
    again = library_from_json(library_to_json(checked))
    assert again == checked
    assert isinstance(again.packs[0].pronunciations[0], tuple)
    hash(again.packs[0])
    first = load_indexed_library(pack.folder, tmp_path / "data")
    second = load_indexed_library(pack.folder, tmp_path / "data")
    assert first == second == checked
