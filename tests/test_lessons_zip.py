"""Zipped packs: unpacked safely, loaded, and their problems named inside the zip."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from kiosk.lessons import Problem, load_library
from tests.packbuilder import (
    PackBuilder,
    only_problem,
)

# --- zip packs ------------------------------------------------------------------------------------


@pytest.mark.parametrize("top_folder", [None, "vi-basic"])
def test_a_zip_pack_loads_from_the_extract_dir(
    pack: PackBuilder, tmp_path: Path, top_folder: str | None
) -> None:
    pack.lesson("01-install")
    pack.lesson("02-broken", lesson_id="broken", text="id: [")
    archive = pack.zip(tmp_path / "vi-basic.zip", top_folder)
    unpacked = tmp_path / "unpacked"
    library = load_library(archive, extract_dir=unpacked)
    (lesson,) = library.lessons
    assert lesson.steps[0].image.is_relative_to(unpacked.resolve())
    assert lesson.steps[0].image.is_file()
    member = f"{top_folder}/02-broken/lesson.yaml" if top_folder else "02-broken/lesson.yaml"
    assert only_problem(library).path == Path(f"{archive}/{member}")


def test_a_folder_of_packs_takes_zips_and_folders_by_name(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    zipped = PackBuilder(tmp_path / "src", pack_id="b-zipped")
    zipped.lesson("01-zipped", lesson_id="zipped")
    packs.mkdir()
    zipped.zip(packs / "b.zip")
    PackBuilder(packs / "a", pack_id="a-folder").lesson("01-folder", lesson_id="folder")
    PackBuilder(packs / "c", pack_id="c-folder").lesson("01-last", lesson_id="last")
    (packs / "notes.txt").write_text("not a pack")
    library = load_library(packs, extract_dir=tmp_path / "x")
    assert library.problems == ()
    assert [lesson.id for lesson in library.lessons] == ["folder", "zipped", "last"]


def evil_zip(path: Path, name: str, symlink: bool = False) -> Path:
    with zipfile.ZipFile(path, "w") as bundle:
        bundle.writestr("pack.yaml", "format: 1\n")
        info = zipfile.ZipInfo(name)
        if symlink:
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
        bundle.writestr(info, "/etc/passwd" if symlink else "owned")
    return path


@pytest.mark.parametrize(
    ("name", "symlink", "message"),
    [
        ("../evil.txt", False, "member '../evil.txt' leads outside the pack folder"),
        ("a/../../evil.txt", False, "member 'a/../../evil.txt' leads outside the pack folder"),
        ("/tmp/evil.txt", False, "member '/tmp/evil.txt' has an absolute path"),
        ("..\\evil.txt", False, "member '..\\evil.txt' uses backslashes in its path"),
        ("images/link.svg", True, "member 'images/link.svg' is a symbolic link"),
    ],
)
def test_a_malicious_zip_is_refused_and_nothing_is_written(
    tmp_path: Path, name: str, symlink: bool, message: str
) -> None:
    archive = evil_zip(tmp_path / "evil.zip", name, symlink)
    unpacked = tmp_path / "deep" / "unpacked"
    library = load_library(archive, extract_dir=unpacked)
    assert library.problems == (Problem(archive, 0, f"{message}; the pack was skipped"),)
    assert list(unpacked.iterdir()) == []
    assert not (tmp_path / "deep" / "evil.txt").exists()


def test_a_zip_over_500_mb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.lessons.unpack as unpack

    monkeypatch.setattr(unpack, "MAX_UNPACKED_BYTES", 1000)
    with zipfile.ZipFile(tmp_path / "big.zip", "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("pack.yaml", "x" * 1001)
    library = load_library(tmp_path / "big.zip", extract_dir=tmp_path / "out")
    assert library.problems == (
        Problem(tmp_path / "big.zip", 0, "unpacks to more than 0 MB; the pack was skipped"),
    )


def test_a_zip_that_lies_about_its_sizes_is_stopped_while_copying(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kiosk.lessons.unpack as unpack

    monkeypatch.setattr(unpack, "MAX_UNPACKED_BYTES", 1000)
    monkeypatch.setattr(unpack, "_check_members", lambda members: None)  # trust declared sizes
    with zipfile.ZipFile(tmp_path / "big.zip", "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("pack.yaml", "x" * 5000)
    library = load_library(tmp_path / "big.zip", extract_dir=tmp_path / "out")
    assert [problem.message for problem in library.problems] == [
        "unpacks to more than 0 MB; the pack was skipped"
    ]
    assert list((tmp_path / "out").iterdir()) == []


def test_a_file_that_is_not_a_zip_is_reported(tmp_path: Path) -> None:
    (tmp_path / "fake.zip").write_text("hello")
    (problem,) = load_library(tmp_path / "fake.zip", extract_dir=tmp_path / "out").problems
    assert problem.path == tmp_path / "fake.zip"
    assert problem.message.startswith("is not a readable zip file")


def test_a_zip_without_a_pack_is_reported(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "empty.zip", "w") as bundle:
        bundle.writestr("readme.txt", "nothing here")
    (problem,) = load_library(tmp_path / "empty.zip", extract_dir=tmp_path / "out").problems
    assert problem.message == "holds no pack.yaml, neither at its top nor in one top folder"
