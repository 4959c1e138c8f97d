"""The library index: a start with unchanged packs skips the checks and gets the same lessons;
any change to a pack, or a damaged index, means a full check."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from kiosk.lessons import load_library
from kiosk.lessons.index import INDEX_FILE, load_indexed_library
from kiosk.paths import bundled_lessons_dir


def copy_of_bundled(tmp_path):  # type: ignore[no-untyped-def]
    return shutil.copytree(bundled_lessons_dir(), tmp_path / "lessons")


def test_index_gives_the_same_library_as_a_full_check(tmp_path):
    lessons = copy_of_bundled(tmp_path)
    checked = load_library(lessons)
    first = load_indexed_library(lessons, tmp_path / "data")
    assert (tmp_path / "data" / INDEX_FILE).is_file()
    second = load_indexed_library(lessons, tmp_path / "data")
    assert first == checked
    assert second == checked


def test_a_changed_lesson_is_checked_again(tmp_path):
    lessons = copy_of_bundled(tmp_path)
    load_indexed_library(lessons, tmp_path / "data")
    lesson_file = next(lessons.glob("vi/*/lesson.yaml"))
    text = lesson_file.read_text(encoding="utf-8")
    lesson_file.write_text(text + "colour: red\n", encoding="utf-8")
    stat = lesson_file.stat()
    os.utime(lesson_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    library = load_indexed_library(lessons, tmp_path / "data")
    assert any("colour" in problem.message for problem in library.problems)
    assert len(library.lessons) == len(load_library(lessons).lessons)


def test_a_removed_picture_is_noticed(tmp_path):
    lessons = copy_of_bundled(tmp_path)
    load_indexed_library(lessons, tmp_path / "data")
    next(lessons.glob("en/*/images/01.svg")).unlink()
    library = load_indexed_library(lessons, tmp_path / "data")
    assert any("does not exist" in problem.message for problem in library.problems)


def test_a_damaged_index_means_a_full_check(tmp_path):
    lessons = copy_of_bundled(tmp_path)
    good = load_indexed_library(lessons, tmp_path / "data")
    index = tmp_path / "data" / INDEX_FILE
    head = index.read_text(encoding="utf-8").partition("\n")[0]
    index.write_text(head + "\n{not json", encoding="utf-8")
    assert load_indexed_library(lessons, tmp_path / "data") == good


def test_an_unwritable_data_dir_still_loads(tmp_path):
    lessons = copy_of_bundled(tmp_path)
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    library = load_indexed_library(lessons, blocked / "data")
    assert library == load_library(lessons)


def test_a_start_from_the_index_does_not_import_the_checkers(tmp_path):
    lessons = copy_of_bundled(tmp_path)
    expected = len(load_indexed_library(lessons, tmp_path / "data").lessons)
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from kiosk.lessons.index import load_indexed_library\n"
        f"lib = load_indexed_library(Path({str(lessons)!r}), Path({str(tmp_path / 'data')!r}))\n"
        f"assert len(lib.lessons) == {expected}\n"
        "print(sorted(m for m in ('jsonschema', 'yaml', 'PIL') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_fingerprint_lists_the_files_as_rglob_does(tmp_path):
    """The quick walk (os.scandir) finds the same files, in the same order, as the sorted
    rglob it replaced: links to files followed, links to folders not walked, broken links and
    folders left out, names that sort one way as text and another as parts."""
    from pathlib import Path

    from kiosk.lessons.index import _files_under, fingerprint

    root = copy_of_bundled(tmp_path)
    (root / "a-b").mkdir()
    (root / "a-b" / "x.svg").write_text("1")
    (root / "a").mkdir()
    (root / "a" / "b").write_text("22")
    (root / "a" / "deep" / "er").mkdir(parents=True)
    (root / "a" / "deep" / "er" / "z.yaml").write_text("333")
    (root / "link-to-file").symlink_to(root / "a" / "b")
    (root / "link-to-folder").symlink_to(root / "a", target_is_directory=True)
    (root / "broken").symlink_to(root / "nowhere")
    (root / "empty").mkdir()
    expected = sorted(path for path in Path(root).rglob("*") if path.is_file())
    found = [Path(entry.path) for entry in _files_under(str(root))]
    assert found == expected and len(found) > 300
    assert Path(root, "a", "b") in found and Path(root, "link-to-file") in found
    assert not any("link-to-folder" in str(path) for path in found)

    before = fingerprint(root)
    assert f"files={len(expected)} " in before
    assert fingerprint(root) == before
    os.utime(root / "a" / "deep" / "er" / "z.yaml", ns=(0, 10**9))
    assert fingerprint(root) != before


def test_a_picture_gone_from_an_unpacked_zip_pack_is_noticed(tmp_path):
    """The fingerprint sees the files under the lessons' folder; a zip pack's pictures are
    unpacked under the data directory, where it does not look: they are looked for one by
    one, and one gone means a full check (which unpacks the pack again)."""
    source = tmp_path / "source"
    source.mkdir()
    shutil.make_archive(str(source / "en"), "zip", bundled_lessons_dir() / "en")
    data = tmp_path / "data"
    first = load_indexed_library(source, data)
    pictures = sorted((data / "packs").rglob("*.svg"))
    assert pictures and all(
        step.image.is_file() for lesson in first.lessons for step in lesson.steps
    )
    assert all(
        str(step.image).startswith(str(data)) for lesson in first.lessons for step in lesson.steps
    )
    gone = first.lessons[0].steps[0].image
    gone.unlink()
    again = load_indexed_library(source, data)
    assert again.lessons[0].steps[0].image != gone  # unpacked afresh by the full check
    assert all(step.image.is_file() for lesson in again.lessons for step in lesson.steps)
    assert [lesson.id for lesson in again.lessons] == [lesson.id for lesson in first.lessons]
