"""No configuration or content file can stop the kiosk (kiosk/guarded.py).

Every file the kiosk reads (settings.json, channels.json, lesson packs, pronunciations, the
lesson index, kiosk-id) is fed hostile shapes: deep nesting, wrong types at every key, huge
numbers, NaN and infinity, a byte-order mark, empty, binary, UTF-16, a huge file, a folder
or a pipe where the file should be, a file that cannot be read. Each reader must return the
defaults or the last good values with the problem named (path, and line where there is one),
never raise. The real process is in tests/test_hostile_start.py.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from kiosk import guarded
from kiosk.channels.model import ChannelRegistry
from kiosk.channels.store import CHANNELS_FILE, load_channels, save_channels
from kiosk.cli import main
from kiosk.guarded import BadFile, read_json
from kiosk.identity import KIOSK_ID_FILE, kiosk_id
from kiosk.lessons import load_library
from kiosk.lessons.index import INDEX_FILE, fingerprint, library_from_json, load_indexed_library
from kiosk.narration.pronunciations import read_pronunciations
from kiosk.settings import (
    SETTINGS_FILE,
    Settings,
    check_setting,
    load_settings,
    save_settings,
)
from tests.packbuilder import PACK, PackBuilder, lesson_text

DEEP = 100_000


def _deep(levels: int, open_: str = "[", close: str = "]") -> str:
    return open_ * levels + close * levels


# name -> the bytes of a hostile file, and the line the problem must be reported at (None:
# no line applies). Every one of these is bad for every JSON file the kiosk reads.
HOSTILE_JSON: dict[str, tuple[bytes, int | None]] = {
    "deep list": (_deep(DEEP).encode(), 1),
    "deep object": (('{"a":' * 5000 + "1" + "}" * 5000).encode(), 1),
    "deep under a key": (b'{\n"language":\n' + _deep(2000).encode() + b"\n}", 3),
    "deep on line 4": (b"{\n\n\n" + b'"x": ' + _deep(40).encode() + b"}", 4),
    "huge integer": (b'{"volume": ' + b"9" * 5000 + b"}", 1),
    "huge negative integer": (b'{\n"volume": -' + b"1" * 40 + b"}", 2),
    "huge integer alone": (b"9" * 100_000, 1),
    "absurd exponent": (b'{"volume": 1e999999999}', 1),
    "infinite float": (b'{"volume": 1e999}', 1),
    "NaN": (b'{"volume": NaN}', 1),
    "Infinity": (b'{"a": [1,\n -Infinity]}', 2),
    "empty": (b"", 1),
    "only spaces": (b"  \n\t\n", 1),
    "binary": (bytes(range(256)) * 40, 2),
    "NUL bytes": (b'{"a": 1}\0\0', 1),
    "UTF-16": ('{"language": "vi"}'.encode("utf-16"), 1),
    "Latin-1": ('{"commune_name": "Xã"}'.encode("latin-1"), 1),
    "BOM then garbage": (b"\xef\xbb\xbf{not json", 1),
    "truncated": (b'{"language": "vi",\n "volume": ', 2),
    "lone surrogate": (b'{"kiosk_name": "\\ud800"}', None),
    "long text": (b'{"kiosk_name": "' + b"x" * 150_000 + b'"}', 1),
    "huge file": (b"{" + b" " * 2_000_000 + b"}", None),
}


def _hostile_places(tmp: Path) -> dict[str, Callable[[Path], None]]:
    """Ways to put something that is not a readable file where a file should be."""

    def folder(path: Path) -> None:
        path.mkdir()
        (path / "inside.json").write_text("{}")

    def pipe(path: Path) -> None:
        os.mkfifo(path)  # opening it for reading would wait forever

    def loop(path: Path) -> None:
        path.symlink_to(path)

    def unreadable(path: Path) -> None:
        # chmod 000 does not stop root: a file whose read fails (EIO) does, for everyone.
        path.symlink_to("/proc/self/mem")

    def device(path: Path) -> None:
        path.symlink_to("/dev/zero")  # endless

    return {
        "a folder": folder,
        "a pipe": pipe,
        "a symbolic-link loop": loop,
        "an unreadable file": unreadable,
        "a device": device,
    }


PLACES = list(_hostile_places(Path()))

# Values of every JSON kind, and some that are absurd within their kind.
WRONG_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    10**29,
    1.5,
    "",
    "x" * 5000,
    [],
    ["vi"],
    {},
    {"a": 1},
    json.loads(_deep(20)),
]


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


# The guarded reader itself ------------------------------------------------------------------


@pytest.mark.parametrize("name", HOSTILE_JSON)
def test_read_json_refuses_every_hostile_shape_with_path_and_line(tmp_path: Path, name: str):
    data, line = HOSTILE_JSON[name]
    path = tmp_path / "file.json"
    write(path, data)
    with pytest.raises(BadFile) as caught:
        read_json(path)
    bad = caught.value
    assert bad.path == path and bad.line == line and bad.reason
    where = f"{path}:{line}" if line is not None else str(path)
    assert str(bad) == f"{where}: {bad.reason}"


@pytest.mark.parametrize("place", PLACES)
def test_read_json_refuses_what_is_not_a_readable_file(tmp_path: Path, place: str):
    path = tmp_path / "file.json"
    _hostile_places(tmp_path)[place](path)
    with pytest.raises(BadFile) as caught:
        read_json(path)
    assert caught.value.path == path


def test_a_missing_file_is_not_a_bad_file(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        read_json(tmp_path / "nothing.json")
    (tmp_path / "dangling.json").symlink_to(tmp_path / "gone")
    with pytest.raises(FileNotFoundError):
        read_json(tmp_path / "dangling.json")


def test_read_json_accepts_a_bom_and_what_json_allows(tmp_path: Path):
    path = tmp_path / "file.json"
    value = {"a": [1, -2.5e-3, 'x"]}[', None, True], "b": {"c": "Xã Đông Anh"}, "n": 10**29}
    write(path, b"\xef\xbb\xbf" + json.dumps(value, ensure_ascii=False).encode())
    assert read_json(path) == value
    write(path, json.dumps(json.loads(_deep(32))).encode())  # the limit itself
    assert read_json(path) == json.loads(_deep(32))
    write(path, b'{"a": "' + b"[" * 5000 + b'"}')  # brackets in text are text
    assert read_json(path) == {"a": "[" * 5000}


def test_limits_are_the_callers(tmp_path: Path):
    path = tmp_path / "file.json"
    write(path, b'{"a": {"b": 1}}')
    with pytest.raises(BadFile, match="nested more than 1 levels"):
        read_json(path, max_depth=1)
    with pytest.raises(BadFile, match="the limit is 10"):
        read_json(path, max_bytes=10)


def test_typed_fields_name_the_key_and_what_it_holds(tmp_path: Path):
    path = tmp_path / "f.json"
    data = {"n": True, "s": 5, "l": {}, "ok": 3}
    assert guarded.field(data, "ok", int, path) == 3
    for key, kind, said in [
        ("n", int, "n must be a whole number, not true or false"),
        ("s", str, "s must be text, not a whole number"),
        ("l", list, "l must be a list, not an object (keys and values)"),
        ("gone", int, "gone is missing"),
    ]:
        with pytest.raises(BadFile) as caught:
            guarded.field(data, key, kind, path)
        assert caught.value.reason == said
    with pytest.raises(BadFile, match="the file must be an object"):
        guarded.field([1], "n", int, path)
    assert guarded.brief("x" * 5000).endswith("...") and len(guarded.brief("x" * 5000)) < 90
    assert guarded.brief(list(range(5000))) == "a list of 5000 items"


# settings.json --------------------------------------------------------------------------------


def _well_typed(settings: Settings) -> None:
    for item in fields(Settings):
        value, default = getattr(settings, item.name), getattr(Settings(), item.name)
        assert type(value) is type(default), (item.name, value)


@pytest.mark.parametrize("name", HOSTILE_JSON)
def test_hostile_settings_give_the_defaults_and_say_where(data_dir: Path, name: str):
    data, line = HOSTILE_JSON[name]
    write(data_dir / SETTINGS_FILE, data)
    settings, problems = load_settings(data_dir)
    assert settings == Settings()
    where = f"{data_dir / SETTINGS_FILE}:{line}:" if line else f"{data_dir / SETTINGS_FILE}:"
    assert len(problems) == 1 and problems[0].startswith(where), problems
    assert problems[0].endswith("; using the defaults")


@pytest.mark.parametrize("name", ["deep list", "huge integer", "binary", "empty", "UTF-16"])
def test_hostile_settings_give_the_last_good_ones(data_dir: Path, name: str):
    chosen = Settings(language="en", commune_name="Xã Đông Anh", retention_months=120)
    save_settings(data_dir, chosen)
    write(data_dir / SETTINGS_FILE, HOSTILE_JSON[name][0])
    settings, (problem,) = load_settings(data_dir)
    assert settings == chosen
    assert problem.startswith(str(data_dir / SETTINGS_FILE))
    assert problem.endswith(f"using the last good settings ({data_dir / 'settings.good.json'})")


@pytest.mark.parametrize("place", PLACES)
def test_settings_where_no_file_can_be_read(tmp_path: Path, data_dir: Path, place: str):
    data_dir.mkdir(parents=True)
    _hostile_places(tmp_path)[place](data_dir / SETTINGS_FILE)
    settings, (problem,) = load_settings(data_dir)
    assert settings == Settings() and problem.startswith(f"{data_dir / SETTINGS_FILE}: ")


@pytest.mark.parametrize("key", [item.name for item in fields(Settings)])
def test_wrong_types_at_every_setting(data_dir: Path, key: str):
    refused = 0
    for value in WRONG_VALUES:
        save_settings(data_dir, Settings())  # and its good copy
        write(data_dir / SETTINGS_FILE, json.dumps({key: value}).encode())
        settings, problems = load_settings(data_dir)
        _well_typed(settings)
        if check_setting(key, value) is None:  # "" is a fine printer, 0 a fine volume
            kept = tuple(value) if isinstance(value, list) else value
            assert (settings, problems) == (replace(Settings(), **{key: kept}), [])
            continue
        refused += 1
        assert settings == Settings(), (key, value)
        assert len(problems) == 1 and f"{data_dir / SETTINGS_FILE}: {key}" in problems[0]
        assert len(problems[0]) < 300  # a value is never written out whole
    assert refused >= 9


def test_only_a_start_remembers_a_good_copy(data_dir: Path):
    write(data_dir / SETTINGS_FILE, b'{"language": "en"}')
    assert load_settings(data_dir) == (Settings(language="en"), [])  # `kiosk report` etc.
    assert sorted(path.name for path in data_dir.iterdir()) == [SETTINGS_FILE]
    assert load_settings(data_dir, remember=True) == (Settings(language="en"), [])  # `kiosk run`
    assert (data_dir / "settings.good.json").read_bytes() == b'{"language": "en"}'


def test_settings_that_are_not_an_object(data_dir: Path):
    for value in ([1, 2], "vi", 5, None, True):
        write(data_dir / SETTINGS_FILE, json.dumps(value).encode())
        settings, (problem,) = load_settings(data_dir)
        assert settings == Settings() and "settings must be a JSON object" in problem


def test_a_long_unknown_key_is_named_briefly(data_dir: Path):
    write(data_dir / SETTINGS_FILE, json.dumps({"k" * 50_000: 1}).encode())
    settings, (problem,) = load_settings(data_dir)
    assert settings == Settings() and "unknown setting 'kkk" in problem and len(problem) < 300


# channels.json --------------------------------------------------------------------------------


def _channels_well_typed(registry: ChannelRegistry) -> None:
    assert isinstance(registry.commune.name, str) and isinstance(registry.commune.hotline, str)
    for channel in registry.channels:
        for value in (channel.id, channel.label_vi, channel.label_en, channel.url, channel.kind):
            assert isinstance(value, str) and len(value) <= 300


@pytest.mark.parametrize("name", HOSTILE_JSON)
def test_hostile_channels_give_the_last_good_ones_or_the_defaults(data_dir: Path, name: str):
    data, line = HOSTILE_JSON[name]
    path = data_dir / CHANNELS_FILE
    write(path, data)
    registry, (problem,) = load_channels(data_dir)
    _channels_well_typed(registry)
    assert problem.startswith(f"{path}:{line}:" if line else f"{path}:")
    assert problem.endswith("; using the defaults")
    write(path, json.dumps({"commune": {"name": "Xã Đông Anh"}}).encode())
    good, problems = load_channels(data_dir)
    assert problems == [] and good.commune.name == "Xã Đông Anh"
    write(path, data)
    registry, (problem,) = load_channels(data_dir)
    assert registry == good and problem.endswith("; using the last good ones")


@pytest.mark.parametrize("place", PLACES)
def test_channels_where_no_file_can_be_read(tmp_path: Path, data_dir: Path, place: str):
    data_dir.mkdir(parents=True)
    _hostile_places(tmp_path)[place](data_dir / CHANNELS_FILE)
    registry, (problem,) = load_channels(data_dir)
    _channels_well_typed(registry)
    assert problem.startswith(f"{data_dir / CHANNELS_FILE}: ")


def _channel_paths() -> list[list[str]]:
    """Every key of a full channels.json: commune fields, a bundled channel, a new one."""
    paths = [["commune"], ["commune", "name"], ["commune", "hotline"], ["channels"]]
    for channel in ("commune-zalo", "commune-radio"):
        paths.append(["channels", channel])
        paths += [["channels", channel, key] for key in ("label_vi", "label_en", "url", "kind")]
        paths.append(["channels", channel, "icon"])
    return paths


def _full_channels() -> dict[str, Any]:
    return {
        "commune": {"name": "Xã Đông Anh", "hotline": "0243 883 1234"},
        "channels": {
            "commune-zalo": {"url": "https://zalo.me/1234567890"},
            "commune-radio": {
                "label_vi": "Đài xã",
                "label_en": "Commune radio",
                "url": "https://a.vn/r",
                "kind": "commune",
                "icon": "radio",
            },
        },
    }


@pytest.mark.parametrize("key", [".".join(path) for path in _channel_paths()])
def test_wrong_types_at_every_channels_key(data_dir: Path, key: str):
    path = key.split(".")
    for value in WRONG_VALUES:
        data = _full_channels()
        inner = data
        for part in path[:-1]:
            inner = inner[part]
        if value in ("", {}):
            continue  # no icon, no commune, no address yet, no change: all allowed
        inner[path[-1]] = value
        write(data_dir / CHANNELS_FILE, json.dumps(data).encode())
        registry, problems = load_channels(data_dir)
        _channels_well_typed(registry)
        assert problems, (key, value)
        assert all(len(problem) < 400 for problem in problems), (key, value)


def test_save_channels_keeps_a_good_copy_that_hostile_files_fall_back_to(data_dir: Path):
    registry, _ = load_channels(data_dir)
    save_channels(data_dir, registry)
    write(data_dir / CHANNELS_FILE, HOSTILE_JSON["deep object"][0])
    again, (problem,) = load_channels(data_dir)
    assert again == registry and "nested more than" in problem


# lesson packs (YAML) --------------------------------------------------------------------------

HOSTILE_YAML: dict[str, tuple[bytes, int]] = {
    "deep flow list": (b"id: x\nsteps: " + _deep(DEEP).encode(), 2),
    "deep flow just past the limit": (b"id: x\n\nsteps: " + _deep(33).encode(), 3),
    "deep block lists": (
        b"id: x\nsteps:\n" + b"".join(b"  " * i + b"-\n" for i in range(1, 900)),
        34,
    ),
    "deep block mappings": (b"".join(b"  " * i + b"a:\n" for i in range(900)), 33),
    "deep flow mappings": (b"id: x\nsteps: " + _deep(5000, "{a: ", "}").encode(), 2),
    "huge integer": (b"id: x\nversion: " + b"9" * 5000 + b"\n", 2),
    "huge hex integer": (b"id: x\n\nversion: 0x" + b"f" * 5000 + b"\n", 3),
    "sexagesimal integer": (b"id: x\nversion: " + b"1:" * 2000 + b"1\n", 2),
    "infinity": (b"id: x\nversion: .inf\n", 2),
    "NaN": (b"id: x\nversion: .nan\n", 2),
    "empty": (b"", 1),
    "binary": (bytes(range(256)) * 40, 2),
    "NUL byte": (b"id: x\ntitle: a\0b\n", 2),
    "UTF-16": ("id: x\n".encode("utf-16"), 1),
    "huge file": (b"id: x\n" + b"#" * 2_000_000, 0),
    "a list, not a mapping": (b"- a\n- b\n", 1),
    "alias bomb": (b'a: &a ["x","x"]\nb: &b [*a,*a]\nc: [*b,*b]\n', 2),
    "python tag": (b"id: !!python/object/apply:os.system [echo hi]\n", 1),
}


@pytest.mark.parametrize("file", ["pack.yaml", "lesson.yaml"])
@pytest.mark.parametrize("name", HOSTILE_YAML)
def test_hostile_pack_files_are_named_and_the_rest_loads(packs: Path, file: str, name: str):
    data, line = HOSTILE_YAML[name]
    good = PackBuilder(packs / "vi-good", pack_id="vi-good")
    good.lesson("01-install")
    bad = PackBuilder(packs / "vi-bad", pack_id="vi-bad")
    bad.lesson("01-other", lesson_id="other")
    bad.lesson("02-hostile", lesson_id="hostile")
    target = bad.folder / ("pack.yaml" if file == "pack.yaml" else "02-hostile/lesson.yaml")
    target.write_bytes(data)
    library = load_library(packs)
    ids = {lesson.id for lesson in library.lessons}
    assert "install" in ids and "hostile" not in ids
    assert ("other" in ids) == (file == "lesson.yaml")
    named = [problem for problem in library.problems if problem.path == target]
    assert named and named[0].line == line, [str(problem) for problem in library.problems]


@pytest.mark.parametrize("place", PLACES)
def test_lesson_files_where_no_file_can_be_read(tmp_path: Path, pack: PackBuilder, place: str):
    pack.lesson("01-install")
    pack.lesson("02-other", lesson_id="other")
    target = pack.folder / "02-other" / "lesson.yaml"
    target.unlink()
    _hostile_places(tmp_path)[place](target)
    library = load_library(pack.folder)
    if place != "an unreadable file":  # no lesson.yaml file: not a lesson folder, skipped
        assert [lesson.id for lesson in library.lessons] == ["install"]
        return
    assert [lesson.id for lesson in library.lessons] == ["install"]
    assert [problem.path for problem in library.problems] == [target]


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _leaves(value, (*path, index))


def _replaced(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copy = json.loads(json.dumps(data))
    inner = copy
    for part in path[:-1]:
        inner = inner[part]
    inner[path[-1]] = value
    return copy


YAML_WRONG = [None, True, 10**29, 1.5, "text", ["a"], {"a": 1}, json.loads(_deep(8))]


def test_wrong_types_at_every_key_of_a_lesson(pack: PackBuilder):
    pack.lesson("01-install")
    path = pack.folder / "01-install" / "lesson.yaml"
    original = yaml.safe_load(lesson_text())
    tried = 0
    for leaf in _leaves(original):
        if not leaf:
            continue
        before = _replaced(original, (), original)
        inner = before
        for part in leaf:
            inner = inner[part]
        for value in YAML_WRONG:
            if guarded.kind_name(value) == guarded.kind_name(inner) or leaf[-1] == "narration":
                continue  # the same kind may well be right; narration may be left out
            if leaf[-1] == "practice" and value is None:
                continue
            if isinstance(inner, int | float) and isinstance(value, int | float):
                continue  # a whole number is a number
            path.write_text(yaml.safe_dump(_replaced(original, leaf, value), allow_unicode=True))
            library = load_library(pack.folder)
            assert library.lessons == (), (leaf, value)
            assert library.problems and library.problems[0].path == path, (leaf, value)
            tried += 1
    assert tried > 100


def test_wrong_types_at_every_key_of_a_pack(pack: PackBuilder):
    pack.lesson("01-install")
    original = yaml.safe_load(PACK.format(pack_id="vi-basic", language="vi"))
    original["pronunciations"] = {"VNeID": "vê en e ai đi"}
    for leaf in _leaves(original):
        if not leaf:
            continue
        inner = original
        for part in leaf:
            inner = inner[part]
        for value in YAML_WRONG:
            if guarded.kind_name(value) == guarded.kind_name(inner):
                continue
            pack.write("pack.yaml", yaml.safe_dump(_replaced(original, leaf, value)))
            library = load_library(pack.folder)
            assert library.lessons == () and library.packs == (), (leaf, value)
            assert library.problems[0].path == pack.folder / "pack.yaml", (leaf, value)


# pronunciations ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", HOSTILE_YAML)
def test_hostile_pronunciations_give_none_and_say_where(tmp_path: Path, name: str):
    data, line = HOSTILE_YAML[name]
    path = tmp_path / "vi.yaml"
    write(path, data)
    pairs, problems = read_pronunciations(path)
    assert problems and problems[0].startswith(str(path))
    if line and "bytes; the limit is" not in problems[0]:
        assert problems[0].startswith(f"{path}:{line}:") or pairs, problems
    assert all(isinstance(w, str) and isinstance(s, str) for w, s in pairs)


def test_bad_pronunciation_entries_are_left_out(tmp_path: Path):
    path = tmp_path / "vi.yaml"
    path.write_text(
        "UBND: ủy ban nhân dân\nQR: [1]\nAI: 5\nyes: có\nX: \nHĐND: hội đồng nhân dân\n",
        encoding="utf-8",
    )
    pairs, problems = read_pronunciations(path)
    assert pairs == (("UBND", "ủy ban nhân dân"), ("yes", "có"), ("HĐND", "hội đồng nhân dân"))
    assert len(problems) == 3 and all("left out" in problem for problem in problems)


def test_the_built_in_pronunciations_read_cleanly():
    from kiosk.paths import resources_dir

    for language in ("vi", "en"):
        pairs, problems = read_pronunciations(
            resources_dir() / "pronunciations" / f"{language}.yaml"
        )
        assert problems == [] and len(pairs) > 10


# the lesson index -----------------------------------------------------------------------------


@pytest.fixture
def indexed(pack: PackBuilder, data_dir: Path) -> tuple[Path, str, str]:
    """A pack, its index written by a first start: (pack folder, head line, body)."""
    pack.lesson("01-install")
    load_indexed_library(pack.folder, data_dir)
    head, _, body = (data_dir / INDEX_FILE).read_text(encoding="utf-8").partition("\n")
    assert head == fingerprint(pack.folder)
    return pack.folder, head, body


def test_wrong_types_at_every_key_of_the_index(indexed: tuple[Path, str, str], tmp_path: Path):
    _, _, body = indexed
    original = json.loads(body)
    tried = 0
    for leaf in _leaves(original):
        inner = original
        for part in leaf:
            inner = inner[part]
        for value in [True, "text", [1], {"a": 1}, 10**29]:
            if guarded.kind_name(value) == guarded.kind_name(inner):
                continue
            if isinstance(value, int) and isinstance(inner, float) and not isinstance(value, bool):
                continue  # a whole number is a number
            if inner is None and value == "text":
                continue  # a recorded voice
            text = json.dumps(_replaced(original, leaf, value))
            with pytest.raises(BadFile):
                library_from_json(text, tmp_path / INDEX_FILE)
            tried += 1
    assert tried > 100


@pytest.mark.parametrize("name", HOSTILE_JSON)
def test_a_hostile_index_means_a_full_check(
    indexed: tuple[Path, str, str], data_dir: Path, name: str, caplog: pytest.LogCaptureFixture
):
    folder, head, _ = indexed
    expected = load_library(folder, extract_dir=data_dir / "packs")
    write(data_dir / INDEX_FILE, head.encode() + b"\n" + HOSTILE_JSON[name][0])
    with caplog.at_level(logging.WARNING):
        library = load_indexed_library(folder, data_dir)
    assert library == expected
    assert str(data_dir / INDEX_FILE) in caplog.text or name in ("huge file",)


@pytest.mark.parametrize("place", PLACES)
def test_an_index_that_cannot_be_read(
    tmp_path: Path, indexed: tuple[Path, str, str], data_dir: Path, place: str
):
    folder, _, _ = indexed
    (data_dir / INDEX_FILE).unlink()
    _hostile_places(tmp_path)[place](data_dir / INDEX_FILE)
    assert [lesson.id for lesson in load_indexed_library(folder, data_dir).lessons] == ["install"]


# kiosk-id -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*HOSTILE_JSON, "not a UUID", "two UUIDs"])
def test_a_hostile_kiosk_id_is_set_aside_and_a_new_one_made(
    data_dir: Path, name: str, caplog: pytest.LogCaptureFixture
):
    data = {
        "not a UUID": b"kiosk-1\n",
        "two UUIDs": f"{uuid.uuid4()}\n{uuid.uuid4()}\n".encode(),
    }.get(name) or HOSTILE_JSON[name][0]
    write(data_dir / KIOSK_ID_FILE, data)
    with caplog.at_level(logging.WARNING):
        made = kiosk_id(data_dir)
    assert str(uuid.UUID(made)) == made and kiosk_id(data_dir) == made
    assert str(data_dir / KIOSK_ID_FILE) in caplog.text
    assert (data_dir / "kiosk-id.damaged").read_bytes() == data  # nothing is lost


@pytest.mark.parametrize("place", PLACES)
def test_a_kiosk_id_where_no_file_can_be_read(tmp_path: Path, data_dir: Path, place: str):
    data_dir.mkdir(parents=True)
    _hostile_places(tmp_path)[place](data_dir / KIOSK_ID_FILE)
    made = kiosk_id(data_dir)
    assert str(uuid.UUID(made)) == made


def test_a_kiosk_id_survives_a_bom_and_spaces(data_dir: Path):
    kept = str(uuid.uuid4())
    write(data_dir / KIOSK_ID_FILE, b"\xef\xbb\xbf " + kept.encode() + b"\r\n")
    assert kiosk_id(data_dir) == kept


# the check commands and the records commands ----------------------------------------------


@pytest.mark.parametrize("name", ["deep list", "huge integer", "NaN", "binary"])
def test_kiosk_settings_check_names_the_file_and_line(
    data_dir: Path, name: str, capsys: pytest.CaptureFixture[str]
):
    assert main(["settings", "check", "--data-dir", str(data_dir)]) == 0
    data, line = HOSTILE_JSON[name]
    write(data_dir / SETTINGS_FILE, data)
    write(data_dir / KIOSK_ID_FILE, b"\0\0\0")
    capsys.readouterr()
    assert main(["settings", "check", "--data-dir", str(data_dir)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{data_dir / SETTINGS_FILE}:{line}: ")
    assert out[1].startswith(f"{data_dir / KIOSK_ID_FILE}:1: the file holds a NUL byte")


def test_kiosk_settings_check_names_wrong_values(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
):
    write(data_dir / SETTINGS_FILE, json.dumps({"speed": ["slow"], "volume": 10**20}).encode())
    assert main(["settings", "check", "--data-dir", str(data_dir)]) == 1
    out = capsys.readouterr().out
    assert "speed must be one of" in out and "volume must be a whole number from 0 to 100" in out


@pytest.mark.parametrize("name", ["deep object", "huge integer", "binary"])
def test_kiosk_channels_check_names_the_file(
    data_dir: Path, name: str, capsys: pytest.CaptureFixture[str]
):
    data, line = HOSTILE_JSON[name]
    write(data_dir / CHANNELS_FILE, data)
    assert main(["channels", "check", "--data-dir", str(data_dir)]) == 1
    assert capsys.readouterr().out.startswith(f"{data_dir / CHANNELS_FILE}:{line}: ")


def test_kiosk_lessons_check_names_a_hostile_pack(packs: Path, capsys: pytest.CaptureFixture[str]):
    good = PackBuilder(packs / "vi-good", pack_id="vi-good")
    good.lesson("01-install")
    good.write("02-deep/lesson.yaml", b"id: deep\n\nsteps: " + _deep(DEEP).encode())
    assert main(["lessons", "check", str(packs)]) == 1
    assert f"{good.folder / '02-deep/lesson.yaml'}:3: nested more than 32 levels deep" in (
        capsys.readouterr().out
    )


REPORT = ["report", "--from", "2025-01-01", "--to", "2025-01-31", "--format", "json"]


@pytest.mark.parametrize("command", [["records", "people"], REPORT])
@pytest.mark.parametrize("name", ["deep list", "huge integer", "NaN"])
def test_records_commands_run_with_a_hostile_settings_file(
    tmp_path: Path,
    data_dir: Path,
    command: list[str],
    name: str,
    capsys: pytest.CaptureFixture[str],
):
    if command == REPORT:
        command = [*command, "--out", str(tmp_path / "report.json")]
    write(data_dir / SETTINGS_FILE, HOSTILE_JSON[name][0])
    write(data_dir / CHANNELS_FILE, HOSTILE_JSON[name][0])
    write(data_dir / KIOSK_ID_FILE, HOSTILE_JSON[name][0])
    try:
        code = main([*command, "--data-dir", str(data_dir)])
    except SystemExit as exit_:  # argparse: an option this command does not have
        pytest.fail(f"{command}: {exit_}")
    assert code in (0, 1), capsys.readouterr()
